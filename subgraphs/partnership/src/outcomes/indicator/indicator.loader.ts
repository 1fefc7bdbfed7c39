import { defineLoader, manyByKey, oneByKey } from '@joined-up/federation';
import type { PartnershipContext } from '../../context.js';
import type { IndicatorRecord } from './indicator.types.js';

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
