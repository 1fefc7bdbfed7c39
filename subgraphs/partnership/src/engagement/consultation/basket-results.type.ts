import { Field, Int, ObjectType } from 'type-graphql';
import { Count } from '@joined-up/statistics';
import { BasketOption, BasketRound } from './consultation.type.js';

@ObjectType({
  description:
    "An amount of money (or a change in one) published under disclosure control, in the consultation's unit. It is suppressed (value null) when 1 to 7 participants stand behind it, so that nobody's basket can be read off; otherwise it is rounded to the nearest 5. Zero participants give 0. A change may be negative.",
})
export class DisclosedAmount {
  @Field(() => Int, { nullable: true, description: 'The amount rounded to the nearest 5, or null when suppressed.' })
  value!: number | null;

  @Field(() => Boolean, { description: 'True when withheld.' })
  suppressed!: boolean;

  @Field(() => String, { nullable: true, description: 'Why it is withheld, in words.' })
  reason!: string | null;
}

@ObjectType({
  description:
    'How much support one option had in one round. Both figures are withheld (null, suppressed true) when 1 to 7 participants chose the option; otherwise rounded to the nearest 5.',
})
export class OptionSupport {
  @Field(() => BasketOption, { description: 'The option.' })
  option!: BasketOption;

  @Field(() => Int, { nullable: true, description: 'Participants who put any money on it; null when suppressed.' })
  participants!: number | null;

  @Field(() => Int, { nullable: true, description: "The total they put on it, in the consultation's unit; null when suppressed." })
  amount!: number | null;

  @Field(() => Boolean, { description: 'True when both figures are withheld to protect participants.' })
  suppressed!: boolean;

  @Field(() => String, { nullable: true, description: 'Why they are withheld, in words.' })
  reason!: string | null;
}

@ObjectType({ description: 'The baskets of one round, option by option, under disclosure control.' })
export class BasketRoundResults {
  @Field(() => BasketRound, { description: 'The round.' })
  round!: BasketRound;

  @Field(() => Count, { description: 'Baskets submitted in the round (one per participant).' })
  baskets!: Count;

  @Field(() => DisclosedAmount, { description: 'Everything allocated in the round, over all options.' })
  allocated!: DisclosedAmount;

  @Field(() => [OptionSupport], { description: 'Support for each option, in the order the options were presented.' })
  support!: OptionSupport[];
}

@ObjectType({ description: 'How the same participants changed their support for one option between the FIRST and the FINAL round.' })
export class OptionShift {
  @Field(() => BasketOption, { description: 'The option.' })
  option!: BasketOption;

  @Field(() => Int, {
    nullable: true,
    description:
      "Sum of the paired participants' FINAL amounts on the option minus the sum of their FIRST amounts, rounded to the nearest 5. Positive: discussion moved money towards it. Null when suppressed: 1 to 7 paired participants chose the option in either round.",
  })
  change!: number | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Paired participants choosing the option in FINAL minus those choosing it in FIRST; null when suppressed, on the same rule.',
  })
  participantsChange!: number | null;

  @Field(() => Boolean, { description: 'True when the change is withheld to protect participants.' })
  suppressed!: boolean;

  @Field(() => String, { nullable: true, description: 'Why it is withheld, in words.' })
  reason!: string | null;
}

@ObjectType({
  description:
    'The shift between rounds: how discussion moved people. Only paired participants count, those who submitted both a FIRST and a FINAL basket (in the session, when one is named), so that a change reflects people changing their minds, not people arriving or leaving. Figures are computed exactly, then published under disclosure control.',
})
export class BasketShift {
  @Field(() => Count, { description: 'Participants who submitted both rounds.' })
  pairedParticipants!: Count;

  @Field(() => [OptionShift], { description: 'The change for each option, in the order the options were presented.' })
  options!: OptionShift[];
}
