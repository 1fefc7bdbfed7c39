import { sql } from 'kysely';
import { inPeriods, keptCounts, measureSeries, periodStartOf, type MeasureImplementation } from '@joined-up/indicators';
import { inArea } from '@joined-up/statistics';
import type { PoliceTables } from '../tables.js';

/**
 * Offences in the area with at least one suspect aged 10 to 17 on the offence
 * date, counted as offences and suspects are recorded
 * (`youth_offences_by_place`, migration 0005).
 */
const youthOffences: MeasureImplementation<PoliceTables> = (db, query) =>
  measureSeries(db, query, { count: keptCounts('youth_offences_by_place', query) });

/** Young people living in the area entering the youth justice system for the first time. */
const firstTimeEntrants: MeasureImplementation<PoliceTables> = (db, query) =>
  measureSeries(db, query, {
    count: sql`
      select area.code, ${periodStartOf('y.started_on', query)} as period_start, count(distinct y.nominal_id) as n
      from area join nominals n on ${inArea('n', query.areaCodes)} join youth_justice_interventions y on y.nominal_id = n.nominal_id
      where y.first_time_entrant and ${inPeriods('y.started_on', query)}
      group by area.code, period_start`,
  });

/** The police's implementation of its measures in the catalogue. */
export const policeMeasures: Record<string, MeasureImplementation<PoliceTables>> = {
  'youth-offences': youthOffences,
  'first-time-entrants': firstTimeEntrants,
};
