import { Field, Int, ObjectType } from 'type-graphql';
import type { OrderRequirementRecord } from '../tables.js';

@ObjectType({ description: 'A requirement of a supervision order or a condition of a licence.' })
export class OrderRequirement {
  @Field(() => String, {
    description: 'What is required: unpaid work, rehabilitation activity, curfew, drug rehabilitation, alcohol treatment, mental health treatment or accredited programme.',
  })
  kind!: string;

  @Field(() => Int, { nullable: true, description: 'How much, in `unit` (hours of unpaid work, days of activity or curfew); null when the requirement has no amount.' })
  amount!: number | null;

  @Field(() => String, { nullable: true, description: 'The unit of `amount`: hours or days.' })
  unit!: string | null;

  @Field(() => Boolean, { description: 'True once the requirement has been completed.' })
  completed!: boolean;

  static fromRecord(record: OrderRequirementRecord): OrderRequirement {
    return Object.assign(new OrderRequirement(), { kind: record.kind, amount: record.amount, unit: record.unit, completed: record.completed });
  }
}
