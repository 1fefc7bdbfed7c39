import { sql } from 'kysely';
import { Granularity, inPeriods, measureSeries, periodStartOf, type MeasureImplementation, type MeasureQuery } from '@joined-up/indicators';
import { inArea } from '@joined-up/statistics';
import type { EducationTables } from '../tables.js';

/**
 * Each pupil's possible sessions and absences per area and period, for pupils
 * with any possible sessions. Attendance is kept one row per pupil and month
 * (its primary key), so a month's totals are the rows themselves and only
 * quarters need summing.
 */
const pupilTotals = (query: MeasureQuery) =>
  query.granularity === Granularity.MONTH
    ? sql`totals as (
  select area.code, a.month as period_start, a.upn,
    a.possible_sessions as possible, a.authorised_absences + a.unauthorised_absences as absent
  from area join pupils p on ${inArea('p', query.areaCodes)} join attendance a on a.upn = p.upn
  where ${inPeriods('a.month', query)} and a.possible_sessions > 0
)`
    : sql`totals as (
  select area.code, ${periodStartOf('a.month', query)} as period_start, a.upn,
    sum(a.possible_sessions) as possible, sum(a.authorised_absences + a.unauthorised_absences) as absent
  from area join pupils p on ${inArea('p', query.areaCodes)} join attendance a on a.upn = p.upn
  where ${inPeriods('a.month', query)}
  group by area.code, period_start, a.upn
  having sum(a.possible_sessions) > 0
)`;

/**
 * Pupils living in the area who missed 10% or more of their possible sessions
 * in the period, over pupils with possible sessions (the DfE definition).
 */
const persistentAbsence: MeasureImplementation<EducationTables> = (db, query) =>
  measureSeries(db, query, {
    with: [pupilTotals(query)],
    count: sql`select code, period_start, count(*) filter (where absent * 10 >= possible) as n from totals group by code, period_start`,
    denominator: sql`select code, period_start, count(*) as n from totals group by code, period_start`,
  });

/** Suspensions of pupils living in the area, per 100 pupils with possible sessions in the period. */
const suspensions: MeasureImplementation<EducationTables> = (db, query) =>
  measureSeries(db, query, {
    count: sql`
      select area.code, ${periodStartOf('e.start_date', query)} as period_start, count(*) as n
      from area join pupils p on ${inArea('p', query.areaCodes)} join exclusions e on e.upn = p.upn
      where e.kind = 'suspension' and ${inPeriods('e.start_date', query)}
      group by area.code, period_start`,
    denominator: sql`
      select area.code, ${periodStartOf('a.month', query)} as period_start, count(distinct a.upn) as n
      from area join pupils p on ${inArea('p', query.areaCodes)} join attendance a on a.upn = p.upn
      where a.possible_sessions > 0 and ${inPeriods('a.month', query)}
      group by area.code, period_start`,
  });

/** The education agency's implementation of its measures in the catalogue. */
export const educationMeasures: Record<string, MeasureImplementation<EducationTables>> = {
  'persistent-absence': persistentAbsence,
  suspensions,
};
