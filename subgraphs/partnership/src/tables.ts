import type { Selectable } from 'kysely';

/** The partnership's tables, as Kysely sees them. */
export interface PartnershipTables {
  agencies: { agency_id: string; name: string; kind: string; description: string };
  officers: { officer_id: string; agency_id: string; name: string; job_title: string; email: string; roles: string[] };
  people: { person_id: string; created_at: Date };
  linkage_tokens: {
    agency_id: string;
    record_id: string;
    exact_key: string;
    birth_month: string | null;
    local_authority_code: string | null;
    received_at: Date;
  };
  person_records: { agency_id: string; record_id: string; person_id: string; linked_at: Date };
  sharing_agreements: {
    agreement_id: string;
    title: string;
    legal_basis: string;
    purposes: string[];
    categories: string[];
    valid_from: string;
    valid_to: string;
  };
  sharing_agreement_parties: { agreement_id: string; agency_id: string; approved_by: string | null; approved_on: string | null };
}

export type AgencyRecord = Selectable<PartnershipTables['agencies']>;
export type OfficerRecord = Selectable<PartnershipTables['officers']>;
