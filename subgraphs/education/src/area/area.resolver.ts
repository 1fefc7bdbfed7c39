import { Arg, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { discloseCount, discloseRate, knownArea, reportingPeriod } from '@joined-up/statistics';
import type { EducationContext } from '../context.js';
import { Area } from './area.type.js';
import { EducationAreaFigures } from './education-area-figures.type.js';
import { educationAreaCounts } from './education-area-figures.loader.js';

@Resolver(() => Area)
export class AreaResolver {
  @FieldResolver(() => EducationAreaFigures, {
    nullable: true,
    description: "Education figures for the area, from the education agency's own records; null (with an error) only if the education service cannot answer.",
  })
  async education(
    @Root() area: Area,
    @Ctx() context: EducationContext,
    @Arg('from', () => String, { nullable: true, description: 'First month, YYYY-MM; default twelve months before `to`.' }) from?: string,
    @Arg('to', () => String, { nullable: true, description: 'Last month, YYYY-MM; default the last complete month.' }) to?: string,
  ): Promise<EducationAreaFigures> {
    knownArea(area.code);
    const period = reportingPeriod(from, to);
    const counts = await context.loaders.load(educationAreaCounts, { areaCode: area.code, period });
    return Object.assign(new EducationAreaFigures(), {
      period: { from: period.from, to: period.to },
      pupils: discloseCount(counts.pupils),
      persistentAbsence: discloseRate(counts.persistentlyAbsent, counts.pupils),
      absenceRate: discloseRate(counts.absentSessions, counts.possibleSessions),
      suspensions: discloseCount(counts.suspensions),
      permanentExclusions: discloseCount(counts.permanentExclusions),
      freeSchoolMeals: discloseRate(counts.freeSchoolMeals, counts.pupils),
      ehcPlans: discloseCount(counts.ehcPlans),
    });
  }
}
