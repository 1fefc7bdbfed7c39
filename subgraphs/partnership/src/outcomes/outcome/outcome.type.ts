import { Directive, Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import type { Selectable } from 'kysely';
import type { PartnershipTables } from '../../tables.js';

export type OutcomeRecord = Selectable<PartnershipTables['outcomes']>;

export enum OutcomeStage {
  PROPOSED = 'proposed',
  AGREED = 'agreed',
  CLOSED = 'closed',
}

registerEnumType(OutcomeStage, {
  name: 'OutcomeStage',
  description: 'Where an outcome stands in its life.',
  valuesConfig: {
    PROPOSED: { description: 'Proposed; the agencies have not yet agreed it.' },
    AGREED: { description: 'Agreed by the partnership; being delivered.' },
    CLOSED: { description: 'No longer pursued.' },
  },
});

@ObjectType({
  description:
    'A shared outcome: the mischief several agencies agree to tackle together, how it is measured, who does what, and the one named officer who answers for it.',
})
@Directive('@key(fields: "id")')
export class Outcome {
  @Field(() => ID, { description: 'Outcome reference, e.g. OUT-LAMBETH-YOUTH-CRIME.' })
  id!: string;

  @Field(() => String, { description: 'What the agencies want to achieve.' })
  title!: string;

  @Field(() => String, { description: '"The mischief": the problem the outcome addresses, in plain words.' })
  mischief!: string;

  @Field(() => String, { description: 'More about the outcome and how the agencies will work on it.' })
  description!: string;

  @Field(() => ID, { description: 'GSS code of the area the outcome covers.' })
  areaCode!: string;

  @Field(() => String, { description: 'First day of delivery, YYYY-MM-DD.' })
  startDate!: string;

  @Field(() => String, { description: 'Date the outcome should be achieved by, YYYY-MM-DD.' })
  targetDate!: string;

  @Field(() => OutcomeStage, { description: 'Proposed, agreed or closed.' })
  stage!: OutcomeStage;

  @Field(() => String, { nullable: true, description: 'Date the partnership agreed it, YYYY-MM-DD.' })
  agreedOn!: string | null;

  /** Indicator statuses handed over by the gateway when `status` is asked for. */
  requiredIndicators?: { status?: string }[];

  static fromRecord(record: OutcomeRecord): Outcome {
    return Object.assign(new Outcome(), {
      id: record.outcome_id,
      title: record.title,
      mischief: record.mischief,
      description: record.description,
      areaCode: record.area_code,
      startDate: record.start_date,
      targetDate: record.target_date,
      stage: record.stage as OutcomeStage,
      agreedOn: record.agreed_on,
    });
  }
}
