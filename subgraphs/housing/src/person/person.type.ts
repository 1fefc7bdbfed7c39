import { Directive, Field, ID, ObjectType } from 'type-graphql';

@ObjectType({ description: 'A person known to the partnership, by pseudonymous partnership id.' })
@Directive('@key(fields: "id")')
export class Person {
  @Field(() => ID, { description: 'Pseudonymous partnership id from the person index.' })
  id!: string;

  @Field(() => [String], { description: "Housing member references (HM-…) of this person's household member records, from the person index." })
  @Directive('@external')
  housingRecordIds!: string[];
}
