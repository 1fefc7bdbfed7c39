import type { Generated, Selectable } from 'kysely';

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
  outcomes: {
    outcome_id: string;
    title: string;
    mischief: string;
    description: string;
    area_code: string;
    start_date: string;
    target_date: string;
    stage: Generated<string>;
    proposed_by: string;
    agreed_on: string | null;
    created_at: Generated<Date>;
  };
  indicators: {
    indicator_id: string;
    outcome_id: string;
    agency_id: string;
    measure: string;
    name: string;
    unit: string;
    polarity: string;
    granularity: Generated<string>;
    baseline: number;
    baseline_period: string;
    target: number;
    target_date: string;
    created_at: Generated<Date>;
  };
  outcome_roles: { outcome_id: string; agency_id: string; role: string; commitments: string[]; assigned_at: Generated<Date> };
  accountabilities: {
    accountability_id: Generated<number>;
    outcome_id: string;
    officer_id: string;
    held_from: Generated<Date>;
    held_until: Date | null;
    assigned_by: string;
    reason: string | null;
  };
  operating_agreements: {
    agreement_id: string;
    outcome_id: string;
    title: string;
    freedoms: string[];
    review_date: string;
    state: Generated<string>;
    opened_by: string;
    opened_at: Generated<Date>;
  };
  operating_agreement_parties: { agreement_id: string; agency_id: string };
  operating_agreement_conditions: { agreement_id: string; indicator_id: string };
  operating_agreement_reviews: {
    review_id: Generated<number>;
    agreement_id: string;
    reviewed_at: Generated<Date>;
    reviewed_by: string;
    decision: string;
    what_changed: string;
    next_review_date: string | null;
  };
  idempotency_keys: {
    idempotency_key: string;
    operation: string;
    request_hash: string;
    officer_id: string;
    result: unknown;
    created_at: Generated<Date>;
  };
}

export type AgencyRecord = Selectable<PartnershipTables['agencies']>;
export type OfficerRecord = Selectable<PartnershipTables['officers']>;
