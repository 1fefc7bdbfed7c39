import type { Selectable } from 'kysely';
import type { IdentifyingColumns } from '@joined-up/db';
import type { SubgraphContext } from '@joined-up/service';

/** The housing agency's tables, as Kysely sees them. */
export interface HousingTables {
  households: {
    household_id: string;
    address_line: string;
    postcode: string;
    lsoa_code: string;
    local_authority_code: string;
  };
  household_members: IdentifyingColumns & {
    member_id: string;
    household_id: string;
    relationship: string;
  };
  tenancies: {
    tenancy_id: string;
    household_id: string;
    tenure: string;
    started_on: string;
    ended_on: string | null;
    weekly_rent: number;
  };
  rent_arrears: {
    tenancy_id: string;
    /** First day of the month, YYYY-MM-01. */
    month: string;
    balance: number;
  };
  homelessness_applications: {
    application_id: string;
    household_id: string;
    applied_on: string;
    duty: string;
    reason: string;
    outcome: string;
    decided_on: string | null;
    lsoa_code: string;
    local_authority_code: string;
  };
  temporary_accommodation: {
    placement_id: string;
    household_id: string;
    kind: string;
    started_on: string;
    ended_on: string | null;
  };
}

export type HouseholdMemberRecord = Selectable<HousingTables['household_members']>;
export type TenancyRecord = Selectable<HousingTables['tenancies']>;
export type RentArrearsRecord = Selectable<HousingTables['rent_arrears']>;
export type HomelessnessApplicationRecord = Selectable<HousingTables['homelessness_applications']>;
export type TemporaryAccommodationRecord = Selectable<HousingTables['temporary_accommodation']>;

/** One month's arrears as a tenancy read carries them: `month` is YYYY-MM-01, `balance` in pounds. */
export interface ArrearsMonthRecord {
  month: string;
  balance: number;
}

/**
 * Rows read for a person: a member's household's records, tagged with the
 * member reference they were reached through.
 */
export type MemberRecord<Row> = Row & { member_id: string };

/** A tenancy of a member's household, with its arrears month by month, oldest first. */
export type TenancyOfMemberRecord = MemberRecord<TenancyRecord> & { arrears: ArrearsMonthRecord[] };
export type ApplicationOfMemberRecord = MemberRecord<HomelessnessApplicationRecord>;
export type PlacementOfMemberRecord = MemberRecord<TemporaryAccommodationRecord>;
/** The columns served as a household membership: the category covers membership and address, not names or date of birth. */
export type HouseholdMembershipRecord = Pick<
  HouseholdMemberRecord,
  'member_id' | 'household_id' | 'relationship' | 'date_of_birth' | 'address_line' | 'postcode' | 'lsoa_code' | 'local_authority_code'
>;

/** What the housing agency's resolvers and loaders receive. */
export type HousingContext = SubgraphContext<HousingTables>;
