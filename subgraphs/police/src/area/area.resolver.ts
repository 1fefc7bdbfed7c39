import { Arg, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { discloseCount, knownArea, reportingPeriod } from '@joined-up/statistics';
import type { PoliceContext } from '../context.js';
import { HOME_OFFICE_CATEGORIES } from '../offence/offence-category.js';
import { Area } from './area.type.js';
import { OffenceCategoryCount, PoliceAreaFigures } from './police-area-figures.type.js';
import { policeAreaCounts } from './police-area-figures.loader.js';

@Resolver(() => Area)
export class AreaResolver {
  @FieldResolver(() => PoliceAreaFigures, {
    nullable: true,
    description: "Crime and youth justice figures for the area, from the police records; null (with an error) only if the police service cannot answer.",
  })
  async police(
    @Root() area: Area,
    @Ctx() context: PoliceContext,
    @Arg('from', () => String, { nullable: true, description: 'First month, YYYY-MM; default twelve months before `to`.' }) from?: string,
    @Arg('to', () => String, { nullable: true, description: 'Last month, YYYY-MM; default the last complete month.' }) to?: string,
  ): Promise<PoliceAreaFigures> {
    knownArea(area.code);
    const period = reportingPeriod(from, to);
    const counts = await context.loaders.load(policeAreaCounts, { areaCode: area.code, period });
    return Object.assign(new PoliceAreaFigures(), {
      period: { from: period.from, to: period.to },
      recordedOffences: discloseCount(counts.recordedOffences),
      offencesByCategory: HOME_OFFICE_CATEGORIES.map((category) =>
        Object.assign(new OffenceCategoryCount(), { category, count: discloseCount(counts.offencesByCategory[category] ?? 0) }),
      ),
      youthSuspects: discloseCount(counts.youthSuspects),
      firstTimeEntrants: discloseCount(counts.firstTimeEntrants),
      chargedOrSummonsed: discloseCount(counts.chargedOrSummonsed),
    });
  }
}
