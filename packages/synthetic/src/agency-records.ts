/**
 * What each agency's own systems hold, row by row: the contract between the
 * synthetic population and each agency's seed. Column names match the agency
 * tables. Dates are ISO `YYYY-MM-DD`, timestamps ISO 8601 in UTC, months the
 * first day of the month (`YYYY-MM-01`).
 *
 * No row carries the true person id: which records denote the same person is
 * only in `Population.truth()`, for tests and evaluation.
 */

import { AGENCY_IDS as DECLARED_AGENCY_IDS, type AgencyId as DeclaredAgencyId } from '@joined-up/agencies';

export type Sex = 'F' | 'M';

/** How an agency recorded a person: its own spelling, date of birth and address. */
export interface PersonDetails {
  given_name: string;
  family_name: string;
  /** Null where the agency never recorded it (voluntary bodies often do not). */
  date_of_birth: string | null;
  sex: Sex | null;
  /** Null where unknown; otherwise a UK postcode as the agency typed it. */
  postcode: string | null;
  address_line: string | null;
  /** LSOA of the recorded address (null when the postcode is unknown). */
  lsoa_code: string | null;
  /** Local authority of the recorded address. */
  local_authority_code: string | null;
}

// ---------------------------------------------------------------- health
export interface PatientRow extends PersonDetails {
  /** Ten digits with a valid modulus 11 check digit. */
  nhs_number: string;
  gp_practice_code: string;
  registered_on: string;
  /** National data opt-out: no use for planning or research. */
  national_opt_out: boolean;
}
export interface AeAttendanceRow {
  attendance_id: string;
  nhs_number: string;
  arrived_at: string;
  /** 'injury' | 'self-harm' | 'assault' | 'mental health' | 'respiratory' | 'abdominal pain' | 'other' */
  chief_complaint: string;
  /** 'discharged' | 'admitted' | 'referred to CAMHS' | 'left before being seen' */
  disposal: string;
  lsoa_code: string | null;
  local_authority_code: string | null;
}
export interface AdmissionRow {
  admission_id: string;
  nhs_number: string;
  admitted_on: string;
  discharged_on: string | null;
  /** 'emergency' | 'elective' */
  method: string;
  /** ICD-10 code, e.g. 'X78' (intentional self-harm by sharp object), 'J45' (asthma). */
  primary_diagnosis: string;
  /** Intentional self-harm (ICD-10 X60–X84). */
  self_harm: boolean;
  lsoa_code: string | null;
  local_authority_code: string | null;
}
export interface CamhsReferralRow {
  referral_id: string;
  nhs_number: string;
  referred_on: string;
  /** 'GP' | 'school' | 'police' | 'A&E' | 'social care' | 'self' */
  source: string;
  /** 'waiting' | 'accepted' | 'not accepted' | 'closed' */
  status: string;
  first_seen_on: string | null;
}
export interface HealthRecords {
  patients: PatientRow[];
  aeAttendances: AeAttendanceRow[];
  admissions: AdmissionRow[];
  camhsReferrals: CamhsReferralRow[];
}

// ---------------------------------------------------------------- police
export interface NominalRow extends PersonDetails {
  /** Force reference, e.g. 'MP-0012345'. */
  nominal_id: string;
}
export interface OffenceRow {
  /** Crime reference, e.g. 'CR-2024-0012345'. */
  offence_id: string;
  committed_on: string;
  /** Home Office category: 'violence against the person' | 'robbery' | 'theft' | 'burglary' | 'criminal damage and arson' | 'drug offences' | 'possession of weapons' | 'public order offences' | 'sexual offences' | 'vehicle offences' */
  category: string;
  /** 'charged or summonsed' | 'youth caution' | 'community resolution' | 'no further action' | 'under investigation' | 'no suspect identified' */
  outcome: string;
  lsoa_code: string;
  local_authority_code: string;
}
export interface OffenceInvolvementRow {
  offence_id: string;
  nominal_id: string;
  /** 'suspect' | 'victim' | 'witness' */
  role: string;
}
export interface YouthJusticeRow {
  intervention_id: string;
  nominal_id: string;
  /** 'triage' | 'youth caution' | 'youth conditional caution' | 'referral order' | 'youth rehabilitation order' | 'custody' */
  kind: string;
  started_on: string;
  ended_on: string | null;
  /** First time the young person entered the youth justice system. */
  first_time_entrant: boolean;
}
export interface PoliceRecords {
  nominals: NominalRow[];
  offences: OffenceRow[];
  involvements: OffenceInvolvementRow[];
  youthJustice: YouthJusticeRow[];
}

// ------------------------------------------------------------- education
export interface SchoolRow {
  /** Unique reference number, six digits. */
  urn: string;
  name: string;
  /** 'primary' | 'secondary' | 'special' | 'alternative provision' */
  phase: string;
  lsoa_code: string;
  local_authority_code: string;
}
export interface PupilRow extends PersonDetails {
  /** Unique pupil number: a check letter then 12 digits, valid per the DfE algorithm. */
  upn: string;
  school_urn: string;
  free_school_meals: boolean;
  /** 'none' | 'SEN support' | 'EHC plan' */
  sen_status: string;
}
export interface AttendanceRow {
  upn: string;
  school_urn: string;
  /** First day of a school month (September to July). */
  month: string;
  possible_sessions: number;
  authorised_absences: number;
  unauthorised_absences: number;
}
export interface ExclusionRow {
  exclusion_id: string;
  upn: string;
  school_urn: string;
  start_date: string;
  /** 'suspension' | 'permanent exclusion' */
  kind: string;
  /** Length in school days (suspensions); null for permanent exclusions. */
  days: number | null;
  /** 'persistent disruptive behaviour' | 'physical assault against a pupil' | 'physical assault against an adult' | 'verbal abuse' | 'drug and alcohol related' | 'other' */
  reason: string;
}
export interface EducationRecords {
  schools: SchoolRow[];
  pupils: PupilRow[];
  attendance: AttendanceRow[];
  exclusions: ExclusionRow[];
}

// --------------------------------------------------------------- housing
export interface HouseholdRow {
  household_id: string;
  address_line: string;
  postcode: string;
  lsoa_code: string;
  local_authority_code: string;
}
export interface HouseholdMemberRow extends PersonDetails {
  /** Housing's person reference, e.g. 'HM-000123'. */
  member_id: string;
  household_id: string;
  /** 'lead tenant' | 'joint tenant' | 'partner' | 'child' | 'other adult' */
  relationship: string;
}
export interface TenancyRow {
  tenancy_id: string;
  household_id: string;
  /** 'council' | 'housing association' | 'private rented' */
  tenure: string;
  started_on: string;
  ended_on: string | null;
  weekly_rent: number;
}
export interface HomelessnessApplicationRow {
  application_id: string;
  household_id: string;
  applied_on: string;
  /** 'prevention' | 'relief' | 'main duty' */
  duty: string;
  /** 'family or friends no longer willing to accommodate' | 'end of private tenancy' | 'domestic abuse' | 'rent arrears' | 'other' */
  reason: string;
  /** 'accommodation secured' | 'ongoing' | 'no longer eligible' | 'contact lost' | 'intentionally homeless' */
  outcome: string;
  decided_on: string | null;
  lsoa_code: string;
  local_authority_code: string;
}
export interface TemporaryAccommodationRow {
  placement_id: string;
  household_id: string;
  /** 'bed and breakfast' | 'hostel' | 'nightly paid' | 'private sector leased' */
  kind: string;
  started_on: string;
  ended_on: string | null;
}
export interface RentArrearsRow {
  tenancy_id: string;
  month: string;
  /** Pounds owed at the end of the month (positive). */
  balance: number;
}
export interface HousingRecords {
  households: HouseholdRow[];
  members: HouseholdMemberRow[];
  tenancies: TenancyRow[];
  applications: HomelessnessApplicationRow[];
  temporaryAccommodation: TemporaryAccommodationRow[];
  arrears: RentArrearsRow[];
}

// ------------------------------------------------------------- voluntary
export interface OrganisationRow {
  organisation_id: string;
  name: string;
  charity_number: string | null;
  description: string;
}
export interface ServiceRow {
  service_id: string;
  organisation_id: string;
  name: string;
  description: string;
  /** Taxonomy term: 'youth club' | 'mentoring' | 'sport' | 'food bank' | 'debt advice' | 'mental health support' | 'family support' | 'housing advice' */
  category: string;
  /** Local authority served. */
  local_authority_code: string;
  minimum_age: number | null;
  maximum_age: number | null;
}
export interface ClientRow extends PersonDetails {
  /** The organisation's client reference, e.g. 'VC-000123'. */
  client_id: string;
}
export interface ServiceReferralRow {
  referral_id: string;
  client_id: string;
  service_id: string;
  referred_on: string;
  /** 'police' | 'school' | 'health' | 'housing' | 'self' */
  referred_by: string;
  /** 'waiting' | 'accepted' | 'declined' | 'completed' */
  status: string;
}
export interface ParticipationRow {
  client_id: string;
  service_id: string;
  month: string;
  sessions_attended: number;
}
export interface VoluntaryRecords {
  organisations: OrganisationRow[];
  services: ServiceRow[];
  clients: ClientRow[];
  referrals: ServiceReferralRow[];
  participation: ParticipationRow[];
}

/**
 * The declared agencies (`@joined-up/agencies`) the synthetic population
 * writes records for: those whose records `AgencyRecords` models. An agency
 * may be declared without being modelled here; its seed then derives its
 * records from the ground truth and the others' records itself.
 */
export type AgencyId = keyof AgencyRecords;

const MODELLED: { readonly [A in AgencyId]: A extends DeclaredAgencyId ? true : never } = { health: true, police: true, education: true, housing: true, voluntary: true };

export const AGENCY_IDS: readonly AgencyId[] = DECLARED_AGENCY_IDS.filter((agency): agency is AgencyId => Object.hasOwn(MODELLED, agency));

export interface AgencyRecords {
  health: HealthRecords;
  police: PoliceRecords;
  education: EducationRecords;
  housing: HousingRecords;
  voluntary: VoluntaryRecords;
}
