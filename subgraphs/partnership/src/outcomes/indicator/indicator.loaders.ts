import { defineLoader, manyByKey, notFound, oneByKey } from '@joined-up/federation';
import type { PartnershipContext } from '../../context.js';
import { Indicator, type IndicatorRecord } from './indicator.type.js';

function selectIndicators(context: PartnershipContext) {
  return context.db
    .selectFrom('indicators')
    .innerJoin('outcomes', 'outcomes.outcome_id', 'indicators.outcome_id')
    .selectAll('indicators')
    .select('outcomes.area_code');
}

export const indicatorById = defineLoader<PartnershipContext, string, IndicatorRecord | null>('indicatorById', async (ids, context) => {
  const rows = await selectIndicators(context).where('indicators.indicator_id', 'in', ids).execute();
  return oneByKey(ids, rows, (row) => row.indicator_id);
});

export const indicatorsByOutcome = defineLoader<PartnershipContext, string, IndicatorRecord[]>('indicatorsByOutcome', async (ids, context) => {
  const rows = await selectIndicators(context).where('indicators.outcome_id', 'in', ids).orderBy('indicators.indicator_id').execute();
  return manyByKey(ids, rows, (row) => row.outcome_id);
});

/** An indicator by id, or NOT_FOUND. */
export async function loadIndicator(context: PartnershipContext, id: string): Promise<Indicator> {
  const record = await context.loaders.load(indicatorById, id);
  if (!record) throw notFound(`No indicator has id "${id}".`, { argument: 'indicatorId' });
  return Indicator.fromRecord(record);
}
