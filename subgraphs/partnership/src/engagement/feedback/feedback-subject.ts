import { sql, type Kysely } from 'kysely';
import { notFound } from '@joined-up/federation';
import type { PartnershipTables } from '../../tables.js';
import { FeedbackSubjectKind } from './feedback.type.js';

/** Where each kind of subject lives, and how it names its outcome. */
const SUBJECTS = {
  [FeedbackSubjectKind.OUTCOME]: { table: 'outcomes', id: 'outcome_id', list: 'outcomes' },
  [FeedbackSubjectKind.INDICATOR]: { table: 'indicators', id: 'indicator_id', list: 'outcome { indicators }' },
  [FeedbackSubjectKind.OPERATING_AGREEMENT]: { table: 'operating_agreements', id: 'agreement_id', list: 'operatingAgreements' },
  [FeedbackSubjectKind.PROPOSAL]: { table: 'proposals', id: 'proposal_id', list: 'proposals' },
} as const;

/** The outcome a subject belongs to, or NOT_FOUND when the subject does not exist. */
export async function outcomeOfSubject(db: Kysely<PartnershipTables>, kind: FeedbackSubjectKind, id: string): Promise<string> {
  const subject = SUBJECTS[kind];
  // The table and column come from the constant above, never from the client.
  const row = await sql<{ outcome_id: string }>`select outcome_id from ${sql.table(subject.table)} where ${sql.ref(subject.id)} = ${id}`
    .execute(db)
    .then((result) => result.rows[0]);
  if (!row) {
    throw notFound(`No ${kind.toLowerCase().replace('_', ' ')} has id "${id}". Ask \`${subject.list}\` for the ids.`, { argument: 'input.subjectId' });
  }
  return row.outcome_id;
}
