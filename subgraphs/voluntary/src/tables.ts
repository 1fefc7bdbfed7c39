import type { Selectable } from 'kysely';
import type { IdentifyingColumns } from '@joined-up/db';
import type { SubgraphContext } from '@joined-up/service';

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
  clients: IdentifyingColumns & {
    client_id: string;
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

/** What the voluntary agency's resolvers and loaders receive. */
export type VoluntaryContext = SubgraphContext<VoluntaryTables>;
