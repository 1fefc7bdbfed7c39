import { sql } from 'kysely';
import { periodsTable, type MeasureImplementation, type MeasureRow } from '@joined-up/indicators';
import { areaCodesTable, inArea } from '@joined-up/statistics';
import type { VoluntaryTables } from '../tables.js';

/** Young people aged 10 to 17 living in the area who attended a youth club, mentoring or sport session. */
const youthParticipation: MeasureImplementation<VoluntaryTables> = async (db, query) => {
  const { rows } = await sql<MeasureRow>`
    select area.code, periods.period, null::int as denominator,
      (select count(distinct c.client_id) from participation pt
         join clients c using (client_id)
         join services s using (service_id)
        where s.category in ('youth club', 'mentoring', 'sport')
          and pt.sessions_attended > 0
          and ${inArea('c')}
          and pt.month >= periods.period_start and pt.month < periods.period_end
          and c.date_of_birth <= pt.month - interval '10 years'
          and c.date_of_birth > pt.month - interval '18 years') as count
    from ${areaCodesTable(query.areaCodes)} cross join ${periodsTable(query)}
  `.execute(db);
  return rows;
};

/** The voluntary sector's implementation of its measures in the catalogue. */
export const voluntaryMeasures: Record<string, MeasureImplementation<VoluntaryTables>> = {
  'youth-participation': youthParticipation,
};
