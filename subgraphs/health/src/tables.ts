import type { Selectable } from 'kysely';
import type { IdentifyingColumns } from '@joined-up/db';
import type { SubgraphContext } from '@joined-up/service';

/** The health agency's tables, as Kysely sees them. */
export interface HealthTables {
  patients: IdentifyingColumns & {
    nhs_number: string;
    gp_practice_code: string;
    registered_on: string;
    national_opt_out: boolean;
  };
  ae_attendances: {
    attendance_id: string;
    nhs_number: string;
    arrived_at: Date | string;
    chief_complaint: string;
    disposal: string;
    lsoa_code: string | null;
    local_authority_code: string | null;
  };
  admissions: {
    admission_id: string;
    nhs_number: string;
    admitted_on: string;
    discharged_on: string | null;
    method: string;
    primary_diagnosis: string;
    self_harm: boolean;
    lsoa_code: string | null;
    local_authority_code: string | null;
  };
  camhs_referrals: {
    referral_id: string;
    nhs_number: string;
    referred_on: string;
    source: string;
    status: string;
    first_seen_on: string | null;
  };
  /** Patients by place and the month of the day before birth, kept by triggers on patients (migration 0004). */
  patient_birth_months: {
    local_authority_code: string;
    lsoa_code: string | null;
    birth_month: string;
    patients: string;
  };
}

export type PatientRecord = Selectable<HealthTables['patients']>;
export type AeAttendanceRecord = Selectable<HealthTables['ae_attendances']>;
export type AdmissionRecord = Selectable<HealthTables['admissions']>;
export type CamhsReferralRecord = Selectable<HealthTables['camhs_referrals']>;

/** What the health agency's resolvers and loaders receive. */
export type HealthContext = SubgraphContext<HealthTables>;
