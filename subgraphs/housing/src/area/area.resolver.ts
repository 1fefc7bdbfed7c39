import { Arg, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { discloseCount, knownArea, reportingPeriod } from '@joined-up/statistics';
import type { HousingContext } from '../context.js';
import { Area } from './area.type.js';
import { DutyCount, HOMELESSNESS_DUTIES, HousingAreaFigures, type HomelessnessDuty } from './housing-area-figures.type.js';
import { housingAreaCounts } from './housing-area-figures.loader.js';

@Resolver(() => Area)
export class AreaResolver {
  @FieldResolver(() => HousingAreaFigures, {
    nullable: true,
    description: "Housing figures for the area, from the housing agency's own records; null (with an error) only if the housing service cannot answer.",
  })
  async housing(
    @Root() area: Area,
    @Ctx() context: HousingContext,
    @Arg('from', () => String, { nullable: true, description: 'First month, YYYY-MM; default twelve months before `to`.' }) from?: string,
    @Arg('to', () => String, { nullable: true, description: 'Last month, YYYY-MM; default the last complete month.' }) to?: string,
  ): Promise<HousingAreaFigures> {
    knownArea(area.code);
    const period = reportingPeriod(from, to);
    const counts = await context.loaders.load(housingAreaCounts, { areaCode: area.code, period });
    const byDuty: Record<HomelessnessDuty, number> = { prevention: counts.preventionDuty, relief: counts.reliefDuty, 'main duty': counts.mainDuty };
    return Object.assign(new HousingAreaFigures(), {
      period: { from: period.from, to: period.to },
      homelessnessApplications: discloseCount(counts.homelessnessApplications),
      applicationsByDuty: HOMELESSNESS_DUTIES.map((duty) => DutyCount.of(duty, discloseCount(byDuty[duty]))),
      householdsInTemporaryAccommodation: discloseCount(counts.householdsInTemporaryAccommodation),
      tenanciesInArrears: discloseCount(counts.tenanciesInArrears),
      households: discloseCount(counts.households),
    });
  }
}
