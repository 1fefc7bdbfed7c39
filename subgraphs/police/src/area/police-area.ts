import { discloseCount } from '@joined-up/statistics';
import type { AgencyAreaFigures } from '@joined-up/service';
import { HOME_OFFICE_CATEGORIES } from '../offence/offence-category.js';
import { OffenceCategoryCount, PoliceAreaFigures } from './police-area-figures.type.js';
import { policeAreaCounts, type PoliceAreaCounts } from './police-area-figures.loader.js';
import type { PoliceTables } from '../tables.js';

/** `Area.police(from, to)`: police figures for an area, under disclosure control. */
export const policeArea: AgencyAreaFigures<PoliceTables, PoliceAreaCounts, PoliceAreaFigures> = {
  type: PoliceAreaFigures,
  description:
    "Crime and youth justice figures for the area, from the police records; null (with an error) only if the police service cannot answer.",
  counts: policeAreaCounts,
  disclose(counts) {
    return {
      recordedOffences: discloseCount(counts.recordedOffences),
      offencesByCategory: HOME_OFFICE_CATEGORIES.map((category) =>
        Object.assign(new OffenceCategoryCount(), { category, count: discloseCount(counts.offencesByCategory[category] ?? 0) }),
      ),
      youthSuspects: discloseCount(counts.youthSuspects),
      firstTimeEntrants: discloseCount(counts.firstTimeEntrants),
      chargedOrSummonsed: discloseCount(counts.chargedOrSummonsed),
    };
  },
};
