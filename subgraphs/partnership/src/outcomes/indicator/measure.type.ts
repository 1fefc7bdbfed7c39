import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: "A measure an agency computes from its own records, for indicators to use." })
export class Measure {
  @Field(() => String, { description: 'The agency that computes it.' })
  agency!: string;

  @Field(() => String, { description: 'Its code, e.g. youth-offences.' })
  code!: string;

  @Field(() => String, { description: 'Its name.' })
  name!: string;

  @Field(() => String, { description: 'The unit of its values.' })
  unit!: string;

  @Field(() => Int, { nullable: true, description: 'For a rate, the scale (100 for a percentage); null for a count.' })
  per!: number | null;

  @Field(() => String, { description: 'Exactly what is counted.' })
  description!: string;
}
