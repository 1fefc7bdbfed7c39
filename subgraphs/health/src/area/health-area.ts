import { discloseCount } from '@joined-up/statistics';
import type { AgencyAreaFigures } from '@joined-up/service';
import type { HealthTables } from '../tables.js';
import { HealthAreaFigures } from './health-area-figures.type.js';
import { healthAreaCounts, type HealthAreaCounts } from './health-area-figures.loader.js';

/** `Area.health(from, to)`: health figures for an area, under disclosure control. */
export const healthArea: AgencyAreaFigures<HealthTables, HealthAreaCounts, HealthAreaFigures> = {
  type: HealthAreaFigures,
  description: "Health figures for the area, from the health agency's own records; null (with an error) only if the health service cannot answer.",
  counts: healthAreaCounts,
  disclose(counts) {
    return {
      aeAttendances: discloseCount(counts.aeAttendances),
      selfHarmAttendances: discloseCount(counts.selfHarmAttendances),
      emergencyAdmissions: discloseCount(counts.emergencyAdmissions),
      selfHarmAdmissions: discloseCount(counts.selfHarmAdmissions),
      camhsReferrals: discloseCount(counts.camhsReferrals),
      registeredPatients: discloseCount(counts.registeredPatients),
    };
  },
};
