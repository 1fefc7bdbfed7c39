import { sql } from 'kysely';
import { periodsTable, type MeasureImplementation, type MeasureRow } from '@joined-up/indicators';
import { areaCodesTable, inArea } from '@joined-up/statistics';
import type { HousingTables } from '../tables.js';

/** Homelessness applications made in the area by households with a member aged 16 to 24 on the day. */
const youthHomelessness: MeasureImplementation<HousingTables> = async (db, query) => {
  const { rows } = await sql<MeasureRow>`
    select area.code, periods.period, null::int as denominator,
      (select count(*) from homelessness_applications h
        where ${inArea('h')}
          and h.applied_on >= periods.period_start and h.applied_on < periods.period_end
          and exists (
            select 1 from household_members m
            where m.household_id = h.household_id
              and m.date_of_birth <= h.applied_on - interval '16 years'
              and m.date_of_birth > h.applied_on - interval '25 years')) as count
    from ${areaCodesTable(query.areaCodes)} cross join ${periodsTable(query)}
  `.execute(db);
  return rows;
};

/** Households of the area in temporary accommodation on the last day of the period. */
const temporaryAccommodation: MeasureImplementation<HousingTables> = async (db, query) => {
  const { rows } = await sql<MeasureRow>`
    select area.code, periods.period, null::int as denominator,
      (select count(distinct t.household_id) from temporary_accommodation t join households h using (household_id)
        where ${inArea('h')}
          and t.started_on < periods.period_end
          and (t.ended_on is null or t.ended_on >= periods.period_end - 1)) as count
    from ${areaCodesTable(query.areaCodes)} cross join ${periodsTable(query)}
  `.execute(db);
  return rows;
};

/** The housing agency's implementation of its measures in the catalogue. */
export const housingMeasures: Record<string, MeasureImplementation<HousingTables>> = {
  'youth-homelessness': youthHomelessness,
  'temporary-accommodation': temporaryAccommodation,
};
