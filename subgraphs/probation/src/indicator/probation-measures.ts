import { sql } from 'kysely';
import { periodsTable, type MeasureImplementation, type MeasureRow } from '@joined-up/indicators';
import { areaCodesTable, inArea } from '@joined-up/statistics';
import type { ProbationTables } from '../tables.js';

/** People living in the area under an order or licence on the last day of each period. */
const peopleUnderSupervision: MeasureImplementation<ProbationTables> = async (db, query) => {
  const { rows } = await sql<MeasureRow>`
    select area.code, periods.period, null::int as denominator,
      (select count(distinct o.crn) from supervision_orders o join probation_cases c using (crn)
        where ${inArea('c', query.areaCodes)}
          and o.started_on < periods.period_end
          and (o.ended_on is null or o.ended_on >= periods.period_end - 1)) as count
    from ${areaCodesTable(query.areaCodes)} cross join ${periodsTable(query)}
  `.execute(db);
  return rows;
};

/** The probation service's implementation of its declared measures. */
export const probationMeasures: Record<string, MeasureImplementation<ProbationTables>> = {
  'people-under-supervision': peopleUnderSupervision,
};
