import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { PartnershipContext } from '../../context.js';
import { Agency } from '../../directory/agency/agency.type.js';
import { agencyById } from '../../directory/agency/agency.loader.js';
import { Outcome } from '../outcome/outcome.type.js';
import { loadOutcome } from '../outcome/outcome.resolver.js';
import { Indicator } from './indicator.types.js';

@Resolver(() => Indicator)
export class IndicatorResolver {
  @FieldResolver(() => Agency, { description: 'The agency that owns the data and computes the values.' })
  async agency(@Root() indicator: Indicator, @Ctx() context: PartnershipContext): Promise<Agency> {
    return Agency.fromRecord((await context.loaders.load(agencyById, indicator.agencyId))!);
  }

  @FieldResolver(() => Outcome, { description: 'The outcome the indicator measures.' })
  outcome(@Root() indicator: Indicator, @Ctx() context: PartnershipContext): Promise<Outcome> {
    return loadOutcome(indicator.outcomeId, context);
  }
}
