import { defineLoader, manyByKey } from '@joined-up/federation';
import type { PartnershipContext } from '../../context.js';
import { Feedback, type FeedbackRecord } from './feedback.type.js';

/** Feedback about each outcome (any subject of it), newest first. */
export const feedbackByOutcome = defineLoader<PartnershipContext, string, FeedbackRecord[]>('feedbackByOutcome', async (ids, { db }) => {
  const rows = await db.selectFrom('feedback').selectAll().where('outcome_id', 'in', ids).orderBy('sent_at', 'desc').orderBy('feedback_id').execute();
  return manyByKey(ids, rows, (row) => row.outcome_id);
});

/** Feedback by id, read afresh (it is what a mutation has just written). */
export async function loadFeedback(context: PartnershipContext, feedbackId: string): Promise<Feedback> {
  return Feedback.fromRecord(await context.db.selectFrom('feedback').selectAll().where('feedback_id', '=', feedbackId).executeTakeFirstOrThrow());
}
