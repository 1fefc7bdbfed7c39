import { discloseCount } from '@joined-up/statistics';
import type { AgencyAreaFigures } from '@joined-up/service';
import { REFERRAL_SOURCES } from '../service-referral/service-referral.type.js';
import { ReferralSourceCount, VoluntaryAreaFigures } from './voluntary-area-figures.type.js';
import { voluntaryAreaCounts, type VoluntaryAreaCounts } from './voluntary-area-figures.loader.js';
import type { VoluntaryTables } from '../tables.js';

/** `Area.voluntary(from, to)`: voluntary figures for an area, under disclosure control. */
export const voluntaryArea: AgencyAreaFigures<VoluntaryTables, VoluntaryAreaCounts, VoluntaryAreaFigures> = {
  type: VoluntaryAreaFigures,
  description:
    "Voluntary sector figures for the area (participation, referrals, active services), from the voluntary sector's own records.",
  counts: voluntaryAreaCounts,
  disclose(counts) {
    return {
      participants: discloseCount(counts.participants),
      sessionsAttended: discloseCount(counts.sessionsAttended),
      referrals: discloseCount(counts.referrals),
      referralsBySource: REFERRAL_SOURCES.map((referredBy) =>
        Object.assign(new ReferralSourceCount(), { referredBy, count: discloseCount(counts.referralsBySource[referredBy]) }),
      ),
      services: discloseCount(counts.services),
    };
  },
};
