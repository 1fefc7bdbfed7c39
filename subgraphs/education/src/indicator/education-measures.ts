import { sql } from 'kysely';
import { periodsTable, type MeasureImplementation, type MeasureRow } from '@joined-up/indicators';
import { areaCodesTable, inArea } from '@joined-up/statistics';
import type { EducationTables } from '../tables.js';

/**
 * Pupils living in the area who missed 10% or more of their possible sessions
 * in the period, over pupils with possible sessions (the DfE definition).
 */
const persistentAbsence: MeasureImplementation<EducationTables> = async (db, query) => {
  const { rows } = await sql<MeasureRow>`
    select area.code, periods.period,
      count(*) filter (where totals.absent * 10 >= totals.possible) as count,
      count(totals.upn) as denominator
    from ${areaCodesTable(query.areaCodes)} cross join ${periodsTable(query)}
    left join lateral (
      select a.upn, sum(a.possible_sessions) as possible, sum(a.authorised_absences + a.unauthorised_absences) as absent
      from attendance a join pupils p using (upn)
      where ${inArea('p')}
        and a.month >= periods.period_start and a.month < periods.period_end
      group by a.upn
      having sum(a.possible_sessions) > 0
    ) totals on true
    group by area.code, periods.period
  `.execute(db);
  return rows;
};

/** Suspensions of pupils living in the area, per 100 pupils with possible sessions in the period. */
const suspensions: MeasureImplementation<EducationTables> = async (db, query) => {
  const { rows } = await sql<MeasureRow>`
    select area.code, periods.period,
      (select count(*) from exclusions e join pupils p using (upn)
        where e.kind = 'suspension'
          and ${inArea('p')}
          and e.start_date >= periods.period_start and e.start_date < periods.period_end) as count,
      (select count(distinct a.upn) from attendance a join pupils p using (upn)
        where ${inArea('p')}
          and a.month >= periods.period_start and a.month < periods.period_end and a.possible_sessions > 0) as denominator
    from ${areaCodesTable(query.areaCodes)} cross join ${periodsTable(query)}
  `.execute(db);
  return rows;
};

/** The education agency's implementation of its measures in the catalogue. */
export const educationMeasures: Record<string, MeasureImplementation<EducationTables>> = {
  'persistent-absence': persistentAbsence,
  suspensions,
};
