/** The ground truth behind the agencies' records: kept for tests and linkage evaluation, never shown to an agency. */
import type { AgencyId, Sex } from './agency-records.js';

export interface AddressPeriod {
  address_line: string;
  postcode: string;
  lsoa_code: string;
  local_authority_code: string;
  from: string;
  /** Null for the current address. */
  to: string | null;
}

export interface TruePerson {
  /** 'P0000001' style; exists only in the ground truth. */
  person_id: string;
  given_name: string;
  family_name: string;
  date_of_birth: string;
  sex: Sex;
  /** The true household ('H0000001' style): people sharing a front door. */
  household_id: string;
  /** Oldest first; the last one is current. */
  addresses: AddressPeriod[];
  /** Agencies holding at least one record of this person. */
  known_to: AgencyId[];
  /** Member of the planted Lambeth cohort. */
  planted: boolean;
}

/** Which agency person record denotes which true person. */
export interface TruthLink {
  agency: AgencyId;
  /** nhs_number, nominal_id, upn, member_id or client_id. */
  record_id: string;
  person_id: string;
}
