import { sql } from 'kysely';
import { defineLoader, manyByKey } from '@joined-up/federation';
import type { PartnershipContext } from '../../context.js';
import type { WarningRecord } from './agreement-warning.type.js';

/** Every recorded warning of each agreement, newest first. */
export const warningsByAgreement = defineLoader<PartnershipContext, string, WarningRecord[]>('warningsByAgreement', async (ids, { db }) => {
  const rows = await db
    .selectFrom('operating_agreement_warnings')
    .selectAll()
    .where('agreement_id', 'in', ids)
    .orderBy('detected_at', 'desc')
    .orderBy('warning_id', 'desc')
    .execute();
  return manyByKey(ids, rows, (row) => row.agreement_id);
});

/**
 * Records the warnings seen in one request, one statement for all of them.
 * Each is stamped with its agreement's latest review; the unique index on
 * (agreement, latest review) makes a second sighting, in this request or a
 * concurrent one, a no-op, so a warning is recorded once per review period.
 */
export const recordWarning = defineLoader<PartnershipContext, { agreementId: string; detail: string }, true>(
  'recordAgreementWarning',
  async (warnings, { db }) => {
    const rows = sql.join(warnings.map((warning) => sql`(${warning.agreementId}, ${warning.detail})`));
    await sql`
      insert into operating_agreement_warnings (agreement_id, since_review_id, detail)
      select seen.agreement_id,
             (select max(review.review_id) from operating_agreement_reviews review where review.agreement_id = seen.agreement_id),
             seen.detail
      from (values ${rows}) as seen (agreement_id, detail)
      on conflict do nothing
    `.execute(db);
    return warnings.map(() => true as const);
  },
  { cacheKey: (warning) => warning.agreementId },
);
