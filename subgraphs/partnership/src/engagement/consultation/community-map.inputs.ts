import { Field, ID, InputType } from 'type-graphql';
import { MappingEntryKind } from './community-map.type.js';

@InputType({ description: 'A need, asset or story to put on a community map.' })
export class MappingEntryInput {
  @Field(() => MappingEntryKind, { description: 'Need, asset or story.' })
  kind!: MappingEntryKind;

  @Field(() => ID, { description: "GSS code of the place: the consultation's area or one of its LSOAs." })
  areaCode!: string;

  @Field(() => ID, { description: 'Theme id, one of `mappingThemes`.' })
  themeId!: string;

  @Field(() => String, { description: 'What the resident said, without names.' })
  text!: string;

  @Field(() => ID, { nullable: true, description: 'The session it was recorded at, if any.' })
  sessionId?: string;
}
