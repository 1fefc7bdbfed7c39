import { defineLoader, manyByKey, notFound, oneByKey } from '@joined-up/federation';
import { sql, type Selectable } from 'kysely';
import type { PartnershipContext } from '../../context.js';
import type { PartnershipTables } from '../../tables.js';
import { OperatingAgreement, type AgreementRow } from './operating-agreement.type.js';

function selectAgreements(context: PartnershipContext) {
  return context.db
    .selectFrom('operating_agreements as agreement')
    .selectAll('agreement')
    .select([
      sql<string[]>`coalesce((select array_agg(party.agency_id order by party.agency_id) from operating_agreement_parties party where party.agreement_id = agreement.agreement_id), '{}')`.as(
        'parties',
      ),
      sql<string[]>`coalesce((select array_agg(condition.indicator_id order by condition.indicator_id) from operating_agreement_conditions condition where condition.agreement_id = agreement.agreement_id), '{}')`.as(
        'condition_ids',
      ),
    ]);
}

export const agreementById = defineLoader<PartnershipContext, string, AgreementRow | null>('operatingAgreementById', async (ids, context) => {
  const rows = await selectAgreements(context).where('agreement.agreement_id', 'in', ids).execute();
  return oneByKey(ids, rows, (row) => row.agreement_id);
});

export const agreementsByOutcome = defineLoader<PartnershipContext, string, AgreementRow[]>('operatingAgreementsByOutcome', async (ids, context) => {
  const rows = await selectAgreements(context).where('agreement.outcome_id', 'in', ids).orderBy('agreement.agreement_id').execute();
  return manyByKey(ids, rows, (row) => row.outcome_id);
});

export const reviewsByAgreement = defineLoader<PartnershipContext, string, Selectable<PartnershipTables['operating_agreement_reviews']>[]>(
  'reviewsByAgreement',
  async (ids, { db }) => {
    const rows = await db
      .selectFrom('operating_agreement_reviews')
      .selectAll()
      .where('agreement_id', 'in', ids)
      .orderBy('reviewed_at', 'desc')
      .orderBy('review_id', 'desc')
      .execute();
    return manyByKey(ids, rows, (row) => row.agreement_id);
  },
);

/** An agreement by id, or NOT_FOUND. */
export async function loadOperatingAgreement(context: PartnershipContext, id: string): Promise<OperatingAgreement> {
  const row = await context.loaders.load(agreementById, id);
  if (!row) throw notFound(`No operating agreement has id "${id}".`, { argument: 'id' });
  return OperatingAgreement.fromRecord(row);
}
