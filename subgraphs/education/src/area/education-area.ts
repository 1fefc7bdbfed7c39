import { discloseCount, discloseRate } from '@joined-up/statistics';
import type { AgencyAreaFigures } from '@joined-up/service';
import { EducationAreaFigures } from './education-area-figures.type.js';
import { educationAreaCounts, type EducationAreaCounts } from './education-area-figures.loader.js';
import type { EducationTables } from '../tables.js';

/** `Area.education(from, to)`: education figures for an area, under disclosure control. */
export const educationArea: AgencyAreaFigures<EducationTables, EducationAreaCounts, EducationAreaFigures> = {
  type: EducationAreaFigures,
  description:
    "Education figures for the area, from the education agency's own records; null (with an error) only if the education service cannot answer.",
  counts: educationAreaCounts,
  disclose(counts) {
    return {
      pupils: discloseCount(counts.pupils),
      persistentAbsence: discloseRate(counts.persistentlyAbsent, counts.pupils),
      absenceRate: discloseRate(counts.absentSessions, counts.possibleSessions),
      suspensions: discloseCount(counts.suspensions),
      permanentExclusions: discloseCount(counts.permanentExclusions),
      freeSchoolMeals: discloseRate(counts.freeSchoolMeals, counts.pupils),
      ehcPlans: discloseCount(counts.ehcPlans),
    };
  },
};
