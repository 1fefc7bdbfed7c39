import { keptCounts, measureSeries, type MeasureImplementation } from '@joined-up/indicators';
import type { VoluntaryTables } from '../tables.js';

/**
 * Young people aged 10 to 17 living in the area who attended a youth club,
 * mentoring or sport session, each counted once a period as participation is
 * recorded (`youth_participation_by_place`, migration 0005).
 */
const youthParticipation: MeasureImplementation<VoluntaryTables> = (db, query) =>
  measureSeries(db, query, { count: keptCounts('youth_participation_by_place', query) });

/** The voluntary sector's implementation of its measures in the catalogue. */
export const voluntaryMeasures: Record<string, MeasureImplementation<VoluntaryTables>> = {
  'youth-participation': youthParticipation,
};
