import { Arg, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { discloseCount, knownArea, reportingPeriod } from '@joined-up/statistics';
import type { VoluntaryContext } from '../context.js';
import { REFERRAL_SOURCES } from '../service-referral/service-referral.type.js';
import { Area } from './area.type.js';
import { ReferralSourceCount, VoluntaryAreaFigures } from './voluntary-area-figures.type.js';
import { voluntaryAreaCounts } from './voluntary-area-figures.loader.js';

@Resolver(() => Area)
export class AreaResolver {
  @FieldResolver(() => VoluntaryAreaFigures, {
    nullable: true,
    description: "Voluntary sector figures for the area (participation, referrals, active services), from the voluntary sector's own records.",
  })
  async voluntary(
    @Root() area: Area,
    @Ctx() context: VoluntaryContext,
    @Arg('from', () => String, { nullable: true, description: 'First month, YYYY-MM; default twelve months before `to`.' }) from?: string,
    @Arg('to', () => String, { nullable: true, description: 'Last month, YYYY-MM; default the last complete month.' }) to?: string,
  ): Promise<VoluntaryAreaFigures> {
    knownArea(area.code);
    const period = reportingPeriod(from, to);
    const counts = await context.loaders.load(voluntaryAreaCounts, { areaCode: area.code, period });
    return Object.assign(new VoluntaryAreaFigures(), {
      period: { from: period.from, to: period.to },
      participants: discloseCount(counts.participants),
      sessionsAttended: discloseCount(counts.sessionsAttended),
      referrals: discloseCount(counts.referrals),
      referralsBySource: REFERRAL_SOURCES.map((referredBy) =>
        Object.assign(new ReferralSourceCount(), { referredBy, count: discloseCount(counts.referralsBySource[referredBy]) }),
      ),
      services: discloseCount(counts.services),
    });
  }
}
