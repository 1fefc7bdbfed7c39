import { Arg, Ctx, FieldResolver, ID, Resolver, Root } from 'type-graphql';
import type { PartnershipContext } from '../../context.js';
import { basketShift, roundResults } from './basket-results.js';
import { BasketRoundResults, BasketShift, OptionShift } from './basket-results.type.js';
import { basketLinesByConsultation, loadSessionOf, optionsByConsultation } from './consultation.loaders.js';
import { BasketOption, BasketRound, Consultation, ConsultationKind } from './consultation.type.js';

async function basketInputs(consultation: Consultation, sessionId: string | undefined, context: PartnershipContext) {
  if (consultation.kind !== ConsultationKind.SHOPPING_BASKET) return null;
  if (sessionId) await loadSessionOf(context, consultation, sessionId);
  const [options, lines] = await Promise.all([
    context.loaders.load(optionsByConsultation, consultation.id),
    context.loaders.load(basketLinesByConsultation, consultation.id),
  ]);
  return { options: options.map(BasketOption.fromRecord), lines: sessionId ? lines.filter((line) => line.sessionId === sessionId) : lines };
}

@Resolver(() => Consultation)
export class ShoppingBasketQueries {
  @FieldResolver(() => [BasketRoundResults], {
    description: 'Shopping basket: support for each option in the FIRST and the FINAL round, over every session; empty for community mapping. Under disclosure control.',
  })
  async rounds(@Root() consultation: Consultation, @Ctx() context: PartnershipContext): Promise<BasketRoundResults[]> {
    const inputs = await basketInputs(consultation, undefined, context);
    return inputs ? [BasketRound.FIRST, BasketRound.FINAL].map((round) => roundResults(inputs.options, inputs.lines, round)) : [];
  }

  @FieldResolver(() => [OptionShift], {
    description:
      'Shopping basket: how opinion moved between the first ("knee-jerk") and the final round, option by option, over every session (see OptionShift and BasketShift for the exact definition); empty for community mapping.',
  })
  async shift(@Root() consultation: Consultation, @Ctx() context: PartnershipContext): Promise<OptionShift[]> {
    const inputs = await basketInputs(consultation, undefined, context);
    return inputs ? basketShift(inputs.options, inputs.lines).options : [];
  }

  @FieldResolver(() => BasketRoundResults, {
    nullable: true,
    description: 'Shopping basket: support for each option in one round, over every session or one; null for community mapping. Under disclosure control.',
  })
  async basketResults(
    @Root() consultation: Consultation,
    @Ctx() context: PartnershipContext,
    @Arg('round', () => BasketRound, { description: 'The round.' }) round: BasketRound,
    @Arg('sessionId', () => ID, { nullable: true, description: 'Only this session.' }) sessionId?: string,
  ): Promise<BasketRoundResults | null> {
    const inputs = await basketInputs(consultation, sessionId, context);
    return inputs && roundResults(inputs.options, inputs.lines, round);
  }

  @FieldResolver(() => BasketShift, {
    nullable: true,
    description:
      'Shopping basket: how discussion moved the same participants between the FIRST and FINAL rounds, option by option (see BasketShift for the exact definition); null for community mapping.',
  })
  async basketShift(
    @Root() consultation: Consultation,
    @Ctx() context: PartnershipContext,
    @Arg('sessionId', () => ID, { nullable: true, description: 'Only this session.' }) sessionId?: string,
  ): Promise<BasketShift | null> {
    const inputs = await basketInputs(consultation, sessionId, context);
    return inputs && basketShift(inputs.options, inputs.lines);
  }
}

