import { Field, ObjectType } from 'type-graphql';

@ObjectType({ description: 'A period in which a named officer was accountable for an outcome.' })
export class Accountability {
  @Field(() => String, { description: 'When the officer became accountable, ISO 8601.' })
  heldFrom!: string;

  @Field(() => String, { nullable: true, description: 'When they stopped being accountable; null for the current lead.' })
  heldUntil!: string | null;

  @Field(() => String, { nullable: true, description: 'Why the lead changed, as recorded by whoever changed it.' })
  reason!: string | null;

  officerId!: string;
  assignedById!: string;
}
