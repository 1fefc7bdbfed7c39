import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import type { Selectable } from 'kysely';
import type { PartnershipTables } from '../../tables.js';

export type ConsultationRecord = Selectable<PartnershipTables['consultations']>;

export enum ConsultationKind {
  SHOPPING_BASKET = 'SHOPPING_BASKET',
  COMMUNITY_MAPPING = 'COMMUNITY_MAPPING',
}

registerEnumType(ConsultationKind, {
  name: 'ConsultationKind',
  description: 'How the community is consulted.',
  valuesConfig: {
    SHOPPING_BASKET: {
      description:
        'Coventry\'s "shopping basket": each participant allocates a fixed budget across costed options, once at the start (FIRST) and again after discussion (FINAL).',
    },
    COMMUNITY_MAPPING: {
      description: "Lewisham's community mapping: residents record needs, assets and stories on places and themes, building their own big picture.",
    },
  },
});

export enum BasketRound {
  FIRST = 'FIRST',
  FINAL = 'FINAL',
}

registerEnumType(BasketRound, {
  name: 'BasketRound',
  description: 'The two rounds of a shopping basket session; comparing them shows how discussion moved people (see `basketShift`).',
  valuesConfig: {
    FIRST: { description: 'The first basket, before discussion: the "knee-jerk" reaction.' },
    FINAL: { description: 'The final basket, after discussing the options and their costs.' },
  },
});

@ObjectType({
  description:
    "A community consultation (the report's eighth principle: engaging, educative, ongoing): a shopping basket exercise or a community map, held in sessions, informing the partnership's outcomes. Participants are pseudonymous; published figures are under disclosure control.",
})
export class Consultation {
  @Field(() => ID, { description: 'Consultation reference, e.g. CON-COVENTRY-HEALTH-PRIORITIES.' })
  id!: string;

  @Field(() => ConsultationKind, { description: 'Shopping basket or community mapping.' })
  kind!: ConsultationKind;

  @Field(() => String, { description: 'Short title.' })
  title!: string;

  @Field(() => String, { description: 'The question put to the community.' })
  question!: string;

  @Field(() => ID, { description: 'GSS code of the area consulted.' })
  areaCode!: string;

  @Field(() => Int, { nullable: true, description: 'Shopping basket: the budget each participant allocates, in `budgetUnit`; null for community mapping.' })
  budget!: number | null;

  @Field(() => String, { nullable: true, description: 'The unit of the budget, option costs and amounts, e.g. "£ thousand".' })
  budgetUnit!: string | null;

  @Field(() => String, { description: 'When it opened, ISO 8601.' })
  openedAt!: string;

  openedById!: string;

  static fromRecord(record: ConsultationRecord): Consultation {
    return Object.assign(new Consultation(), {
      id: record.consultation_id,
      kind: record.kind as ConsultationKind,
      title: record.title,
      question: record.question,
      areaCode: record.area_code,
      budget: record.budget,
      budgetUnit: record.budget_unit,
      openedAt: new Date(record.opened_at).toISOString(),
      openedById: record.opened_by,
    });
  }
}

@ObjectType({ description: 'One session (workshop) of a consultation.' })
export class ConsultationSession {
  @Field(() => ID, { description: 'Session reference.' })
  id!: string;

  @Field(() => String, { description: 'Title, e.g. "Workshop 2: carers and disabled people".' })
  title!: string;

  @Field(() => String, { description: 'When it was held, ISO 8601.' })
  heldAt!: string;

  consultationId!: string;

  static fromRecord(record: Selectable<PartnershipTables['consultation_sessions']>): ConsultationSession {
    return Object.assign(new ConsultationSession(), {
      id: record.session_id,
      title: record.title,
      heldAt: new Date(record.held_at).toISOString(),
      consultationId: record.consultation_id,
    });
  }
}

@ObjectType({ description: 'A participant of one session, known only by a pseudonym chosen at the session: nothing here identifies a person.' })
export class ConsultationParticipant {
  @Field(() => ID, { description: 'Participant reference, used to record their baskets.' })
  id!: string;

  @Field(() => String, { description: 'The pseudonym, e.g. "W1-P07".' })
  pseudonym!: string;
}

@ObjectType({ description: 'One option of a shopping basket, with what it would cost in full.' })
export class BasketOption {
  @Field(() => ID, { description: 'Option reference.' })
  id!: string;

  @Field(() => String, { description: 'Name, e.g. "Mental health services".' })
  name!: string;

  @Field(() => String, { description: 'What the money would buy, as told to participants on their fact sheet.' })
  description!: string;

  @Field(() => Int, { description: "The option's full cost, in the consultation's unit: the most a participant may allocate to it." })
  cost!: number;

  static fromRecord(record: Selectable<PartnershipTables['basket_options']>): BasketOption {
    return Object.assign(new BasketOption(), { id: record.option_id, name: record.name, description: record.description, cost: record.cost });
  }
}

@ObjectType({ description: 'An amount a participant put on one option.' })
export class BasketItem {
  @Field(() => BasketOption, { description: 'The option.' })
  option!: BasketOption;

  @Field(() => Int, { description: "The amount, in the consultation's unit." })
  amount!: number;
}

@ObjectType({ description: "One participant's basket in one round, as recorded by the session's facilitator." })
export class BasketSubmission {
  @Field(() => ID, { description: 'Submission reference.' })
  id!: string;

  @Field(() => BasketRound, { description: 'First or final round.' })
  round!: BasketRound;

  @Field(() => ID, { description: 'The participant.' })
  participantId!: string;

  @Field(() => ID, { description: 'The session.' })
  sessionId!: string;

  @Field(() => Int, { description: 'Total allocated; never more than the budget.' })
  total!: number;

  @Field(() => [BasketItem], { description: 'What was allocated to which option, in option order.' })
  items!: BasketItem[];

  @Field(() => String, { description: 'When it was recorded, ISO 8601.' })
  submittedAt!: string;
}
