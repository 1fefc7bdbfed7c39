import type { Selectable } from 'kysely';

/** The education agency's tables, as Kysely sees them. */
export interface EducationTables {
  schools: {
    urn: string;
    name: string;
    phase: string;
    lsoa_code: string;
    local_authority_code: string;
  };
  pupils: {
    upn: string;
    given_name: string;
    family_name: string;
    date_of_birth: string | null;
    sex: string | null;
    postcode: string | null;
    address_line: string | null;
    lsoa_code: string | null;
    local_authority_code: string | null;
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
