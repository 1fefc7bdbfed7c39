import { Field, ID, InputType, Int } from 'type-graphql';
import { ResponseStance } from './proposal.type.js';

@InputType({ description: 'A new policy proposal on a shared outcome, and the agencies that would deliver it.' })
export class ProposalInput {
  @Field(() => ID, { description: 'The outcome it serves, e.g. OUT-LAMBETH-YOUTH-CRIME.' })
  outcomeId!: string;

  @Field(() => String, { description: 'Short title, at most 200 characters.' })
  title!: string;

  @Field(() => String, { description: 'The proposal itself (version 1).' })
  body!: string;

  @Field(() => [ID], { description: 'Agency ids of the agencies that would deliver it (at least one; not the partnership team).' })
  deliveringAgencyIds!: string[];
}

@InputType({ description: 'A new version of a proposal.' })
export class ProposalRevisionInput {
  @Field(() => Int, {
    description: 'The version you edited. If someone has revised the proposal since, the revision is refused with CONFLICT: read the new version first.',
  })
  fromVersion!: number;

  @Field(() => String, { description: 'The full text of the new version.' })
  body!: string;

  @Field(() => String, { description: 'What changed and why, e.g. which objection it meets.' })
  changeNote!: string;

  @Field(() => String, { nullable: true, description: 'A new title; the old one is kept when omitted.' })
  title?: string;
}

@InputType({ description: "An agency's answer to the current version of a proposal, given by the agency's lead." })
export class ProposalAnswerInput {
  @Field(() => Int, { description: 'The version answered: must be the current version, so that nobody signs off text they have not read.' })
  version!: number;

  @Field(() => ResponseStance, { description: 'Sign-off or objection.' })
  stance!: ResponseStance;

  @Field(() => String, { nullable: true, description: 'Why: required for an objection; conditions or remarks for a sign-off.' })
  reasons?: string;
}

@InputType({ description: 'A comment on a proposal, on one agency\'s answer, or a reply to another comment.' })
export class ProposalCommentInput {
  @Field(() => String, { description: 'What you want to say.' })
  body!: string;

  @Field(() => ID, { nullable: true, description: 'The comment you reply to; the reply joins its thread.' })
  inReplyTo?: string;

  @Field(() => ID, { nullable: true, description: 'The answer you start a thread about (omit when replying).' })
  responseId?: string;
}
