import { Arg, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { discloseCount, knownArea, reportingPeriod } from '@joined-up/statistics';
import type { HealthContext } from '../context.js';
import { Area } from './area.type.js';
import { HealthAreaFigures } from './health-area-figures.type.js';
import { healthAreaCounts } from './health-area-figures.loader.js';

@Resolver(() => Area)
export class AreaResolver {
  @FieldResolver(() => HealthAreaFigures, {
    nullable: true,
    description: "Health figures for the area, from the health agency's own records; null (with an error) only if the health service cannot answer.",
  })
  async health(
    @Root() area: Area,
    @Ctx() context: HealthContext,
    @Arg('from', () => String, { nullable: true, description: 'First month, YYYY-MM; default twelve months before `to`.' }) from?: string,
    @Arg('to', () => String, { nullable: true, description: 'Last month, YYYY-MM; default the last complete month.' }) to?: string,
  ): Promise<HealthAreaFigures> {
    knownArea(area.code);
    const period = reportingPeriod(from, to);
    const counts = await context.loaders.load(healthAreaCounts, { areaCode: area.code, period });
    return Object.assign(new HealthAreaFigures(), {
      period: { from: period.from, to: period.to },
      aeAttendances: discloseCount(counts.aeAttendances),
      selfHarmAttendances: discloseCount(counts.selfHarmAttendances),
      emergencyAdmissions: discloseCount(counts.emergencyAdmissions),
      selfHarmAdmissions: discloseCount(counts.selfHarmAdmissions),
      camhsReferrals: discloseCount(counts.camhsReferrals),
      registeredPatients: discloseCount(counts.registeredPatients),
    });
  }
}
