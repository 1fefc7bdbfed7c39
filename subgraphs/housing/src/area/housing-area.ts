import { discloseCount } from '@joined-up/statistics';
import type { AgencyAreaFigures } from '@joined-up/service';
import { DutyCount, HOMELESSNESS_DUTIES, HousingAreaFigures, type HomelessnessDuty } from './housing-area-figures.type.js';
import { housingAreaCounts, type HousingAreaCounts } from './housing-area-figures.loader.js';
import type { HousingTables } from '../tables.js';

/** `Area.housing(from, to)`: housing figures for an area, under disclosure control. */
export const housingArea: AgencyAreaFigures<HousingTables, HousingAreaCounts, HousingAreaFigures> = {
  type: HousingAreaFigures,
  description:
    "Housing figures for the area, from the housing agency's own records; null (with an error) only if the housing service cannot answer.",
  counts: housingAreaCounts,
  disclose(counts) {
    const byDuty: Record<HomelessnessDuty, number> = { prevention: counts.preventionDuty, relief: counts.reliefDuty, 'main duty': counts.mainDuty };
    return {
      homelessnessApplications: discloseCount(counts.homelessnessApplications),
      applicationsByDuty: HOMELESSNESS_DUTIES.map((duty) => DutyCount.of(duty, discloseCount(byDuty[duty]))),
      householdsInTemporaryAccommodation: discloseCount(counts.householdsInTemporaryAccommodation),
      tenanciesInArrears: discloseCount(counts.tenanciesInArrears),
      households: discloseCount(counts.households),
    };
  },
};
