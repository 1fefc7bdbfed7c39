import { sql } from 'kysely';
import { periodsTable, type MeasureImplementation, type MeasureRow } from '@joined-up/indicators';
import { areaCodesTable, inArea } from '@joined-up/statistics';
import type { PoliceTables } from '../tables.js';

/** Offences in the area with at least one suspect aged 10 to 17 on the offence date. */
const youthOffences: MeasureImplementation<PoliceTables> = async (db, query) => {
  const { rows } = await sql<MeasureRow>`
    select area.code, periods.period, null::int as denominator,
      (select count(*) from offences o
        where ${inArea('o')}
          and o.committed_on >= periods.period_start and o.committed_on < periods.period_end
          and exists (
            select 1 from offence_involvements i join nominals n using (nominal_id)
            where i.offence_id = o.offence_id and i.role = 'suspect'
              and n.date_of_birth <= o.committed_on - interval '10 years'
              and n.date_of_birth > o.committed_on - interval '18 years')) as count
    from ${areaCodesTable(query.areaCodes)} cross join ${periodsTable(query)}
  `.execute(db);
  return rows;
};

/** Young people living in the area entering the youth justice system for the first time. */
const firstTimeEntrants: MeasureImplementation<PoliceTables> = async (db, query) => {
  const { rows } = await sql<MeasureRow>`
    select area.code, periods.period, null::int as denominator,
      (select count(distinct y.nominal_id) from youth_justice_interventions y join nominals n using (nominal_id)
        where y.first_time_entrant
          and ${inArea('n')}
          and y.started_on >= periods.period_start and y.started_on < periods.period_end) as count
    from ${areaCodesTable(query.areaCodes)} cross join ${periodsTable(query)}
  `.execute(db);
  return rows;
};

/** The police's implementation of its measures in the catalogue. */
export const policeMeasures: Record<string, MeasureImplementation<PoliceTables>> = {
  'youth-offences': youthOffences,
  'first-time-entrants': firstTimeEntrants,
};
