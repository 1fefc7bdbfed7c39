import type { Generated } from 'kysely';
import type { IdempotencyTables } from '@joined-up/service';

/** The person index's tables, as Kysely sees them. */
export interface PersonIndexTables extends IdempotencyTables {
  people: { person_id: string; created_at: Generated<Date>; birth_month: string | null; local_authority_code: string | null };
  person_records: { agency_id: string; record_id: string; person_id: string; linked_at: Date };
  /** Written by @joined-up/linkage; the index reads the coarse attributes it keeps. */
  linkage_encodings: {
    agency_id: string;
    record_id: string;
    birth_month: string | null;
    local_authority_code: string | null;
  };
  linkage_reviews: {
    agency_a: string;
    record_a: string;
    agency_b: string;
    record_b: string;
    decision: string;
    reason: string;
    officer_id: string;
    decided_at: Date;
  };
  linkage_pairs: {
    run_id: number;
    agency_a: string;
    record_a: string;
    agency_b: string;
    record_b: string;
    match_weight: number;
    match_probability: number;
    outcome: string;
    identity_level: number | null;
  };
  linkage_runs: { run_id: number; started_at: Date; finished_at: Date; records: number; pairs_scored: number; pairs_linked: number; review_band: number };
}
