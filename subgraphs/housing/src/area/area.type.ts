import { Directive, Field, ID, ObjectType } from 'type-graphql';

@ObjectType({ description: 'An area by ONS GSS code: a local authority or an LSOA.' })
@Directive('@key(fields: "code")')
export class Area {
  @Field(() => ID, { description: 'ONS GSS code, e.g. E09000022 for Lambeth.' })
  code!: string;
}
