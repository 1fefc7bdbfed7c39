import { Field, ID, InputType, Int } from 'type-graphql';
import { ConsultationKind } from './consultation.type.js';

/** The most participants one session registers. */
export const MAX_PARTICIPANTS = 200;

@InputType({ description: 'An option of a shopping basket.' })
export class BasketOptionInput {
  @Field(() => String, { description: 'Name, unique within the consultation.' })
  name!: string;

  @Field(() => String, { description: 'What the money would buy, as participants will read it.' })
  description!: string;

  @Field(() => Int, { description: 'Its full cost, in the budget unit (positive).' })
  cost!: number;
}

@InputType({ description: 'A new consultation.' })
export class ConsultationInput {
  @Field(() => ConsultationKind, { description: 'Shopping basket or community mapping.' })
  kind!: ConsultationKind;

  @Field(() => String, { description: 'Short title.' })
  title!: string;

  @Field(() => String, { description: 'The question put to the community.' })
  question!: string;

  @Field(() => ID, { description: 'GSS code of the area consulted.' })
  areaCode!: string;

  @Field(() => [ID], { defaultValue: [], description: 'The shared outcomes it informs.' })
  outcomeIds!: string[];

  @Field(() => Int, { nullable: true, description: 'Shopping basket only: the budget each participant allocates (positive).' })
  budget?: number;

  @Field(() => String, { nullable: true, description: 'Shopping basket only: the unit of the budget and costs, e.g. "£ thousand".' })
  budgetUnit?: string;

  @Field(() => [BasketOptionInput], { defaultValue: [], description: 'Shopping basket only: at least two options, in the order they are presented.' })
  options!: BasketOptionInput[];
}

@InputType({ description: 'A session of a consultation and its pseudonymous participants.' })
export class ConsultationSessionInput {
  @Field(() => String, { description: 'Title, e.g. "Workshop 1: older people".' })
  title!: string;

  @Field(() => String, { description: 'When it was held, ISO 8601 with a time zone; not in the future.' })
  heldAt!: string;

  @Field(() => [String], {
    defaultValue: [],
    description: `Participants' pseudonyms (e.g. W1-P07): letters, digits, spaces, dots, dashes, at most 40 characters, at most ${MAX_PARTICIPANTS}. Never names.`,
  })
  participantPseudonyms!: string[];
}
