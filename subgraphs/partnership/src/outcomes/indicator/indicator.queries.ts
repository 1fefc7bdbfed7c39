import { Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { MEASURES } from '@joined-up/indicators';
import type { PartnershipContext } from '../../context.js';
import { Agency } from '../../directory/agency/agency.type.js';
import { agencyById } from '../../directory/agency/agency.loaders.js';
import { Outcome } from '../outcome/outcome.type.js';
import { loadOutcome } from '../outcome/outcome.loaders.js';
import { Indicator } from './indicator.type.js';
import { Measure } from './measure.type.js';

@Resolver(() => Indicator)
export class IndicatorQueries {
  @Query(() => [Measure], { description: 'What each agency can measure for a shared outcome: the catalogue indicators choose from.' })
  measures(): Measure[] {
    return MEASURES.map((measure) => Object.assign(new Measure(), measure));
  }

  @FieldResolver(() => Agency, { description: 'The agency that owns the data and computes the values.' })
  async agency(@Root() indicator: Indicator, @Ctx() context: PartnershipContext): Promise<Agency> {
    return Agency.fromRecord((await context.loaders.load(agencyById, indicator.agencyId))!);
  }

  @FieldResolver(() => Outcome, { description: 'The outcome the indicator measures.' })
  outcome(@Root() indicator: Indicator, @Ctx() context: PartnershipContext): Promise<Outcome> {
    return loadOutcome(context, indicator.outcomeId);
  }
}
