import { Field, ID, ObjectType } from 'type-graphql';

@ObjectType({ description: 'A recorded offence: what kind, when, where, and how the police dealt with it.' })
export class Offence {
  @Field(() => ID, { description: 'Crime reference, e.g. CR-2024-0012345.' })
  id!: string;

  @Field(() => String, { description: 'Date committed, YYYY-MM-DD.' })
  committedOn!: string;

  @Field(() => String, {
    description:
      'Home Office category: violence against the person, robbery, theft, burglary, criminal damage and arson, drug offences, possession of weapons, public order offences, sexual offences or vehicle offences.',
  })
  category!: string;

  @Field(() => String, {
    description:
      'Outcome so far: charged or summonsed, youth caution, community resolution, no further action, under investigation, or no suspect identified.',
  })
  outcome!: string;

  @Field(() => String, { description: 'GSS code of the LSOA where the offence was committed.' })
  lsoaCode!: string;
}
