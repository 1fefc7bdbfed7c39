import type { Selectable } from 'kysely';
import type { IdentifyingColumns } from '@joined-up/db';
import type { SubgraphContext } from '@joined-up/service';

/** The education agency's tables, as Kysely sees them. */
export interface EducationTables {
  schools: {
    urn: string;
    name: string;
    phase: string;
    lsoa_code: string;
    local_authority_code: string;
  };
  pupils: IdentifyingColumns & {
    upn: string;
    school_urn: string;
    free_school_meals: boolean;
    sen_status: string;
  };
  attendance: {
    upn: string;
    school_urn: string;
    /** First day of the month, `YYYY-MM-01`. */
    month: string;
    possible_sessions: number;
    authorised_absences: number;
    unauthorised_absences: number;
  };
  exclusions: {
    exclusion_id: string;
    upn: string;
    school_urn: string;
    start_date: string;
    kind: string;
    days: number | null;
    reason: string;
  };
}

export type SchoolRecord = Selectable<EducationTables['schools']>;
export type PupilRecord = Selectable<EducationTables['pupils']>;
export type AttendanceRecord = Selectable<EducationTables['attendance']>;
export type ExclusionRecord = Selectable<EducationTables['exclusions']>;

/** What the education agency's resolvers and loaders receive. */
export type EducationContext = SubgraphContext<EducationTables>;
