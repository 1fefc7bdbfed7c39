import type { Selectable } from 'kysely';

/** The voluntary sector's tables, as Kysely sees them. */
export interface VoluntaryTables {
  organisations: {
    organisation_id: string;
    name: string;
    charity_number: string | null;
    description: string;
  };
  services: {
    service_id: string;
    organisation_id: string;
    name: string;
    description: string;
    category: string;
    local_authority_code: string;
    minimum_age: number | null;
    maximum_age: number | null;
  };
  clients: {
    client_id: string;
    given_name: string;
    family_name: string;
    date_of_birth: string | null;
    sex: string | null;
    postcode: string | null;
    address_line: string | null;
    lsoa_code: string | null;
    local_authority_code: string | null;
  };
  service_referrals: {
    referral_id: string;
    client_id: string;
    service_id: string;
    referred_on: string;
    referred_by: string;
    status: string;
  };
  participation: {
    client_id: string;
    service_id: string;
    /** The first day of the month, YYYY-MM-01. */
    month: string;
    sessions_attended: number;
  };
}

export type OrganisationRecord = Selectable<VoluntaryTables['organisations']>;
export type ServiceRecord = Selectable<VoluntaryTables['services']>;
export type ClientRecord = Selectable<VoluntaryTables['clients']>;
export type ServiceReferralRecord = Selectable<VoluntaryTables['service_referrals']>;
export type ParticipationRecord = Selectable<VoluntaryTables['participation']>;
