import { sql, type Kysely } from 'kysely';
import type { RecordRef } from './link-records.js';

export interface ReviewDecision {
  a: RecordRef;
  b: RecordRef;
  decision: 'match' | 'non-match';
  /** Why, in the reviewer's words: kept for audit and for the next reviewer. */
  reason: string;
  /** The partnership officer who decided. */
  officerId: string;
  /** When the decision was made; defaults to now. */
  decidedAt?: Date;
}

/**
 * Records a reviewer's decision on a pair. A pair has one standing decision
 * whichever way round it is named; a newer decision replaces an older one,
 * and an older one arriving late (from a queue, say) is ignored. Decisions
 * outlive linkage runs: `linkRecords` always links a "match" and never lets
 * automatic links join the two sides of a "non-match".
 */
export async function recordReview(db: Kysely<any>, review: ReviewDecision): Promise<void> {
  if (review.a.agencyId === review.b.agencyId && review.a.recordId === review.b.recordId) {
    throw new Error('A review compares two different records; both sides name the same one.');
  }
  if (!review.reason.trim()) throw new Error('Give a reason for the decision: the next reviewer and the audit need it.');
  const [first, second] = ordered(review.a, review.b);
  await sql`
    insert into linkage_reviews (agency_a, record_a, agency_b, record_b, decision, reason, officer_id, decided_at)
    values (${first.agencyId}, ${first.recordId}, ${second.agencyId}, ${second.recordId}, ${review.decision}, ${review.reason},
            ${review.officerId}, ${review.decidedAt ?? new Date()})
    on conflict (agency_a, record_a, agency_b, record_b) do update
      set decision = excluded.decision, reason = excluded.reason, officer_id = excluded.officer_id, decided_at = excluded.decided_at
      where excluded.decided_at >= linkage_reviews.decided_at`.execute(db);
}

/** The pair in the order reviews and pairs are stored: (agency, record) ascending, as PostgreSQL compares text rows. */
export function ordered(a: RecordRef, b: RecordRef): [RecordRef, RecordRef] {
  const aFirst = a.agencyId < b.agencyId || (a.agencyId === b.agencyId && a.recordId < b.recordId);
  return aFirst ? [a, b] : [b, a];
}
