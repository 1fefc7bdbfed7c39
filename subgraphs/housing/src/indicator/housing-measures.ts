import { sql } from 'kysely';
import { keptCounts, measureSeries, type MeasureImplementation } from '@joined-up/indicators';
import { inArea } from '@joined-up/statistics';
import type { HousingTables } from '../tables.js';

/**
 * Homelessness applications made in the area by households with a member
 * aged 16 to 24 on the day, counted as applications and household members
 * are recorded (`youth_homelessness_by_place`, migration 0004).
 */
const youthHomelessness: MeasureImplementation<HousingTables> = (db, query) =>
  measureSeries(db, query, { count: keptCounts('youth_homelessness_by_place', query) });

/**
 * Households of the area in temporary accommodation on the last day of the
 * period: each placement joins the periods whose last day it covers.
 */
const temporaryAccommodation: MeasureImplementation<HousingTables> = (db, query) =>
  measureSeries(db, query, {
    count: sql`
      select area.code, periods.period_start, count(distinct t.household_id) as n
      from area join households h on ${inArea('h', query.areaCodes)}
        join temporary_accommodation t on t.household_id = h.household_id
        join periods on t.started_on < periods.period_end and (t.ended_on is null or t.ended_on >= periods.period_end - 1)
      group by area.code, periods.period_start`,
  });

/** The housing agency's implementation of its measures in the catalogue. */
export const housingMeasures: Record<string, MeasureImplementation<HousingTables>> = {
  'youth-homelessness': youthHomelessness,
  'temporary-accommodation': temporaryAccommodation,
};
