import { Field, ID, ObjectType } from 'type-graphql';
import { IdentifyingField } from '@joined-up/access';
import type { OrderRequirementRecord, SupervisionOrderRecord } from '../tables.js';
import { OrderRequirement } from './order-requirement.type.js';

@ObjectType({ description: 'A community order, suspended sentence order or licence the probation service supervises, with its requirements.' })
export class SupervisionOrder {
  @Field(() => ID, { description: "The order's reference, e.g. SO-2025-0000123." })
  id!: string;

  @IdentifyingField('probation.orders', () => ID, { description: 'The case (CRN) the order is recorded against.' })
  crn!: string;

  @Field(() => String, { description: 'community order, suspended sentence order or licence.' })
  kind!: string;

  @Field(() => String, { description: 'Home Office category of the offence sentenced.' })
  offenceCategory!: string;

  @Field(() => String, { description: 'Date of sentence, YYYY-MM-DD.' })
  sentencedOn!: string;

  @Field(() => String, { description: 'Date supervision started (for a licence, the date of release), YYYY-MM-DD.' })
  startedOn!: string;

  @Field(() => String, { description: 'Date the order is due to end, YYYY-MM-DD.' })
  endsOn!: string;

  @Field(() => String, { nullable: true, description: 'Date it ended, YYYY-MM-DD; null while it runs.' })
  endedOn!: string | null;

  @Field(() => String, { nullable: true, description: 'How it ended: completed, breached or revoked; null while it runs.' })
  outcome!: string | null;

  @Field(() => [OrderRequirement], { description: 'What the order requires, or the licence conditions.' })
  requirements!: OrderRequirement[];

  static fromRecord(record: SupervisionOrderRecord & { requirements: OrderRequirementRecord[] }): SupervisionOrder {
    return Object.assign(new SupervisionOrder(), {
      id: record.order_id,
      crn: record.crn,
      kind: record.kind,
      offenceCategory: record.offence_category,
      sentencedOn: record.sentenced_on,
      startedOn: record.started_on,
      endsOn: record.ends_on,
      endedOn: record.ended_on,
      outcome: record.outcome,
      requirements: record.requirements.map(OrderRequirement.fromRecord),
    });
  }

  /** Sort order: most recently sentenced first, then by reference. */
  static latestFirst(a: SupervisionOrder, b: SupervisionOrder): number {
    return b.sentencedOn.localeCompare(a.sentencedOn) || b.id.localeCompare(a.id);
  }
}
