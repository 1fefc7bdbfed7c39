import { sql } from 'kysely';
import { inPeriods, keptCounts, measureSeries, periodStartOf, type MeasureImplementation, type MeasureQuery } from '@joined-up/indicators';
import { inArea } from '@joined-up/statistics';
import type { EducationTables } from '../tables.js';

/**
 * Counts per area and period from `attendance_by_place`, which the education
 * schema keeps by month and by quarter as attendance is recorded: `column` is
 * `pupils` (pupils with possible sessions in the period) or
 * `persistently_absent` (those of them who missed 10% or more).
 */
const attendanceCounts = (query: MeasureQuery, column: 'pupils' | 'persistently_absent') => keptCounts('attendance_by_place', query, column);

/**
 * Pupils living in the area who missed 10% or more of their possible sessions
 * in the period, over pupils with possible sessions (the DfE definition).
 */
const persistentAbsence: MeasureImplementation<EducationTables> = (db, query) =>
  measureSeries(db, query, {
    count: attendanceCounts(query, 'persistently_absent'),
    denominator: attendanceCounts(query, 'pupils'),
  });

/** Suspensions of pupils living in the area, per 100 pupils with possible sessions in the period. */
const suspensions: MeasureImplementation<EducationTables> = (db, query) =>
  measureSeries(db, query, {
    count: sql`
      select area.code, ${periodStartOf('e.start_date', query)} as period_start, count(*) as n
      from area join pupils p on ${inArea('p', query.areaCodes)} join exclusions e on e.upn = p.upn
      where e.kind = 'suspension' and ${inPeriods('e.start_date', query)}
      group by area.code, period_start`,
    denominator: attendanceCounts(query, 'pupils'),
  });

/** The education agency's implementation of its measures in the catalogue. */
export const educationMeasures: Record<string, MeasureImplementation<EducationTables>> = {
  'persistent-absence': persistentAbsence,
  suspensions,
};
