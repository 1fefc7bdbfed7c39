import { Field, ID, InputType } from 'type-graphql';
import { FeedbackSubjectKind } from './feedback.type.js';

@InputType({ description: 'Who feedback goes to: an agency id (`partnership` for the centre), or a named community group. Give exactly one.' })
export class FeedbackPartyInput {
  @Field(() => ID, { nullable: true, description: 'Agency id, e.g. police; `partnership` for the centre.' })
  agencyId?: string;

  @Field(() => String, { nullable: true, description: 'Name of a community group, e.g. "Brixton Young People\'s Forum".' })
  communityGroup?: string;
}

@InputType({ description: 'A new piece of feedback.' })
export class FeedbackInput {
  @Field(() => FeedbackPartyInput, { description: 'Who it is for.' })
  to!: FeedbackPartyInput;

  @Field(() => String, {
    nullable: true,
    description: "Record it on behalf of this community group; when omitted it comes from your own agency (the centre for the partnership team).",
  })
  fromCommunityGroup?: string;

  @Field(() => FeedbackSubjectKind, { description: 'What kind of thing it is about.' })
  subjectKind!: FeedbackSubjectKind;

  @Field(() => ID, { description: 'The id of what it is about; it must exist.' })
  subjectId!: string;

  @Field(() => String, { description: 'What you want to say.' })
  message!: string;
}
