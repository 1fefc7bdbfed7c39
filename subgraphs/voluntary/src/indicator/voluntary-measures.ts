import { sql } from 'kysely';
import { inPeriods, measureSeries, periodStartOf, type MeasureImplementation } from '@joined-up/indicators';
import { inArea } from '@joined-up/statistics';
import type { VoluntaryTables } from '../tables.js';

/** Young people aged 10 to 17 living in the area who attended a youth club, mentoring or sport session. */
const youthParticipation: MeasureImplementation<VoluntaryTables> = (db, query) =>
  measureSeries(db, query, {
    count: sql`
      select area.code, ${periodStartOf('pt.month', query)} as period_start, count(distinct c.client_id) as n
      from area join clients c on ${inArea('c', query.areaCodes)}
        join participation pt on pt.client_id = c.client_id
        join services s on s.service_id = pt.service_id
      where s.category in ('youth club', 'mentoring', 'sport')
        and pt.sessions_attended > 0
        and ${inPeriods('pt.month', query)}
        and c.date_of_birth <= pt.month - interval '10 years'
        and c.date_of_birth > pt.month - interval '18 years'
      group by area.code, period_start`,
  });

/** The voluntary sector's implementation of its measures in the catalogue. */
export const voluntaryMeasures: Record<string, MeasureImplementation<VoluntaryTables>> = {
  'youth-participation': youthParticipation,
};
