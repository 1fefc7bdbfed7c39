import type { Generated, Selectable } from 'kysely';
import type { IdempotencyTables } from '@joined-up/service';

/** The partnership's tables, as Kysely sees them; `idempotency_keys` is the shared table of packages/service. */
export interface PartnershipTables extends IdempotencyTables {
  agencies: { agency_id: string; name: string; kind: string; description: string };
  officers: { officer_id: string; agency_id: string; name: string; job_title: string; email: string; roles: string[] };
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
  sharing_agreement_identifying_roles: { agreement_id: string; category: string; role: string };
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
  proposals: {
    proposal_id: string;
    outcome_id: string;
    title: string;
    state: Generated<string>;
    proposed_by: string;
    proposed_at: Generated<Date>;
    adopted_by: string | null;
    adopted_at: Date | null;
  };
  proposal_versions: { proposal_id: string; version: number; body: string; change_note: string | null; edited_by: string; created_at: Generated<Date> };
  proposal_agencies: { proposal_id: string; agency_id: string };
  proposal_responses: {
    response_id: Generated<number>;
    proposal_id: string;
    agency_id: string;
    version: number;
    stance: string;
    reasons: string | null;
    responded_by: string;
    responded_at: Generated<Date>;
  };
  proposal_comments: {
    comment_id: Generated<number>;
    proposal_id: string;
    response_id: number | null;
    in_reply_to: number | null;
    author: string;
    agency_id: string;
    body: string;
    posted_at: Generated<Date>;
  };
  feedback: {
    feedback_id: string;
    from_agency_id: string | null;
    from_group: string | null;
    to_agency_id: string | null;
    to_group: string | null;
    subject_kind: string;
    subject_id: string;
    outcome_id: string;
    message: string;
    sent_by: string;
    sent_at: Generated<Date>;
    response: string | null;
    responded_by: string | null;
    responded_at: Date | null;
  };
  consultations: {
    consultation_id: string;
    kind: string;
    title: string;
    question: string;
    area_code: string;
    budget: number | null;
    budget_unit: string | null;
    opened_by: string;
    opened_at: Generated<Date>;
  };
  consultation_outcomes: { consultation_id: string; outcome_id: string };
  consultation_sessions: { session_id: string; consultation_id: string; title: string; held_at: Date };
  consultation_participants: { participant_id: string; session_id: string; pseudonym: string };
  basket_options: { option_id: string; consultation_id: string; name: string; description: string; cost: number; position: number };
  basket_submissions: {
    submission_id: Generated<number>;
    consultation_id: string;
    session_id: string;
    participant_id: string;
    round: string;
    total: number;
    submitted_by: string;
    submitted_at: Generated<Date>;
  };
  basket_items: { submission_id: number; consultation_id: string; option_id: string; amount: number };
  mapping_themes: { theme_id: string; name: string; description: string };
  theme_outcomes: { theme_id: string; outcome_id: string };
  mapping_entries: {
    entry_id: Generated<number>;
    consultation_id: string;
    session_id: string | null;
    kind: string;
    area_code: string;
    theme_id: string;
    text: string;
    recorded_by: string;
    recorded_at: Generated<Date>;
  };
  lessons: {
    lesson_id: string;
    kind: string;
    title: string;
    tried: string;
    happened: string;
    tags: string[];
    outcome_id: string | null;
    agreement_id: string | null;
    area_code: string | null;
    recorded_by: string;
    recorded_at: Generated<Date>;
    /** Kept by the database (a generated column); never written. */
    search_document: Generated<string>;
  };
  lesson_evidence: { lesson_id: string; indicator_id: string; period: string; value: number; captured_at: Date };
  operating_agreement_warnings: {
    warning_id: Generated<number>;
    agreement_id: string;
    since_review_id: number | null;
    detected_at: Generated<Date>;
    detail: string;
  };
}

export type AgencyRecord = Selectable<PartnershipTables['agencies']>;
export type OfficerRecord = Selectable<PartnershipTables['officers']>;
