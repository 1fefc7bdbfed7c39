import { discloseCount } from '@joined-up/statistics';
import type { AgencyAreaFigures } from '@joined-up/service';
import type { ProbationTables } from '../tables.js';
import { ProbationAreaFigures } from './probation-area-figures.type.js';
import { probationAreaCounts, type ProbationAreaCounts } from './probation-area-figures.loader.js';

/** `Area.probation(from, to)`: probation figures for an area, under disclosure control. */
export const probationArea: AgencyAreaFigures<ProbationTables, ProbationAreaCounts, ProbationAreaFigures> = {
  type: ProbationAreaFigures,
  description: "Probation figures for the area, from the probation service's own records; null (with an error) only if the probation service cannot answer.",
  counts: probationAreaCounts,
  disclose: (counts) => ({
    ordersStarted: discloseCount(counts.ordersStarted),
    peopleUnderSupervision: discloseCount(counts.peopleUnderSupervision),
    ordersBreached: discloseCount(counts.ordersBreached),
  }),
};
