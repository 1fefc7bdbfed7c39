import { sql } from 'kysely';
import { defineLoader } from '@joined-up/federation';
import { areaCodesTable, areaPeriodKey, batchByPeriod, type AreaPeriod, inArea } from '@joined-up/statistics';
import type { ProbationContext } from '../tables.js';

/** Raw (undisclosed) probation counts for one area and period. */
export interface ProbationAreaCounts {
  ordersStarted: number;
  peopleUnderSupervision: number;
  ordersBreached: number;
}

const noCounts = (): ProbationAreaCounts => ({ ordersStarted: 0, peopleUnderSupervision: 0, ordersBreached: 0 });

/** Every probation figure for every requested area in one statement per period, by where the person lives. */
export const probationAreaCounts = defineLoader<ProbationContext, AreaPeriod, ProbationAreaCounts>(
  'probationAreaCounts',
  (keys, { db }) =>
    batchByPeriod(
      keys,
      async (period, codes) => {
        const { rows } = await sql<{ code: string } & ProbationAreaCounts>`
          select area.code,
            coalesce(orders.started, 0) as "ordersStarted",
            coalesce(orders.supervised, 0) as "peopleUnderSupervision",
            coalesce(orders.breached, 0) as "ordersBreached"
          from ${areaCodesTable(codes)}
          left join lateral (
            select
              count(*) filter (where o.started_on >= ${period.startDate}::date and o.started_on < ${period.endDate}::date) as started,
              count(distinct o.crn) filter (
                where o.started_on < ${period.endDate}::date and (o.ended_on is null or o.ended_on >= ${period.endDate}::date - 1)
              ) as supervised,
              count(*) filter (
                where o.outcome = 'breached' and o.ended_on >= ${period.startDate}::date and o.ended_on < ${period.endDate}::date
              ) as breached
            from supervision_orders o join probation_cases c using (crn)
            where ${inArea('c', codes)}
          ) orders on true
        `.execute(db);
        return new Map(rows.map(({ code, ...counts }) => [code, counts]));
      },
      noCounts,
    ),
  { cacheKey: areaPeriodKey },
);
