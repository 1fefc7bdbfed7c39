import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import type { Selectable } from 'kysely';
import type { PartnershipTables } from '../../tables.js';

export type ProposalRecord = Selectable<PartnershipTables['proposals']> & { current_version: number };
export type ResponseRecord = Selectable<PartnershipTables['proposal_responses']>;
export type CommentRecord = Selectable<PartnershipTables['proposal_comments']>;

export enum ProposalState {
  CONSULTING = 'CONSULTING',
  ADOPTED = 'ADOPTED',
}

registerEnumType(ProposalState, {
  name: 'ProposalState',
  description: 'Where a policy proposal stands.',
  valuesConfig: {
    CONSULTING: { description: 'Open: the delivering agencies are answering, and it may still be revised.' },
    ADOPTED: { description: 'Adopted, after every delivering agency signed off its final version. No longer revised.' },
  },
});

export enum ResponseStance {
  SIGN_OFF = 'SIGN_OFF',
  OBJECTION = 'OBJECTION',
}

registerEnumType(ResponseStance, {
  name: 'ResponseStance',
  description:
    "A delivering agency's answer to one version of a proposal. Those who will implement a policy help design it (the report's first principle), so both answers count: adoption waits for every delivering agency to answer the current version, and an objection stands in the way of adoption until the proposal is revised to meet it (every agency then answers the new version) or the objecting agency signs off.",
  valuesConfig: {
    SIGN_OFF: { description: 'The agency agrees to deliver this version as written.' },
    OBJECTION: {
      description:
        'The agency cannot deliver this version as written, and says why (reasons are required). An objection blocks adoption: the partnership revises the proposal, or the agency withdraws its objection by signing off.',
    },
  },
});

@ObjectType({
  description:
    "A policy proposal on a shared outcome, written with the agencies that will have to deliver it: each edit is a new version, every delivering agency signs off or objects, and it is adopted only when all of them have signed off the current version.",
})
export class Proposal {
  @Field(() => ID, { description: 'Proposal reference, e.g. PROP-LAMBETH-YOUTH-TRIAGE.' })
  id!: string;

  @Field(() => String, { description: 'Short title.' })
  title!: string;

  @Field(() => ProposalState, { description: 'Consulting or adopted.' })
  state!: ProposalState;

  @Field(() => Int, { description: 'Number of the current version (the latest edit); answers are given to a version.' })
  currentVersionNumber!: number;

  @Field(() => String, { description: 'When it was first proposed, ISO 8601.' })
  proposedAt!: string;

  @Field(() => String, { nullable: true, description: 'When it was adopted, ISO 8601; null while consulting.' })
  adoptedAt!: string | null;

  outcomeId!: string;
  proposedById!: string;
  adoptedById!: string | null;

  static fromRecord(record: ProposalRecord): Proposal {
    return Object.assign(new Proposal(), {
      id: record.proposal_id,
      title: record.title,
      state: record.state as ProposalState,
      currentVersionNumber: record.current_version,
      proposedAt: new Date(record.proposed_at).toISOString(),
      adoptedAt: record.adopted_at ? new Date(record.adopted_at).toISOString() : null,
      outcomeId: record.outcome_id,
      proposedById: record.proposed_by,
      adoptedById: record.adopted_by,
    });
  }
}

@ObjectType({ description: 'One version of a proposal, as it was answered. Versions are never changed: an edit makes a new one.' })
export class ProposalVersion {
  @Field(() => Int, { description: 'Version number, from 1.' })
  number!: number;

  @Field(() => String, { description: 'The text of the proposal at this version.' })
  body!: string;

  @Field(() => String, { nullable: true, description: 'What changed from the previous version and why; null for version 1.' })
  changeNote!: string | null;

  @Field(() => String, { description: 'When this version was written, ISO 8601.' })
  createdAt!: string;

  editedById!: string;
}

@ObjectType({ description: "A delivering agency's answer to one version of a proposal, given by the agency's lead." })
export class ProposalResponse {
  @Field(() => ID, { description: 'Response reference.' })
  id!: string;

  @Field(() => Int, { description: 'The version answered.' })
  version!: number;

  @Field(() => ResponseStance, { description: 'Sign-off or objection (see ResponseStance for what an objection means).' })
  stance!: ResponseStance;

  @Field(() => String, { nullable: true, description: 'Why: required for an objection, optional conditions or remarks for a sign-off.' })
  reasons!: string | null;

  @Field(() => String, { description: 'When it was given, ISO 8601.' })
  respondedAt!: string;

  @Field(() => Boolean, { description: "True when this is the agency's standing answer: its latest answer, to the current version." })
  standing!: boolean;

  proposalId!: string;
  agencyId!: string;
  respondedById!: string;
}

@ObjectType({ description: 'Where one delivering agency stands on the current version of a proposal.' })
export class ProposalStanding {
  @Field(() => Boolean, { description: 'True when the agency has answered the current version.' })
  answered!: boolean;

  @Field(() => ResponseStance, { nullable: true, description: 'Its answer to the current version; null until it answers.' })
  stance!: ResponseStance | null;

  @Field(() => ProposalResponse, { nullable: true, description: 'The answer itself, with reasons; null until it answers.' })
  response!: ProposalResponse | null;

  agencyId!: string;
}

@ObjectType({ description: 'A comment in the discussion of a proposal or of one agency\'s answer, with its replies.' })
export class ProposalComment {
  @Field(() => ID, { description: 'Comment reference; reply to it with `inReplyTo`.' })
  id!: string;

  @Field(() => String, { description: 'What was said.' })
  body!: string;

  @Field(() => String, { description: 'When it was posted, ISO 8601.' })
  postedAt!: string;

  @Field(() => ID, { nullable: true, description: 'The comment this one replies to; null at the head of a thread.' })
  inReplyTo!: string | null;

  @Field(() => ID, { nullable: true, description: 'The answer this thread discusses; null for discussion of the proposal as a whole.' })
  responseId!: string | null;

  proposalId!: string;
  authorId!: string;
  agencyId!: string;

  static fromRecord(record: CommentRecord): ProposalComment {
    return Object.assign(new ProposalComment(), {
      id: String(record.comment_id),
      body: record.body,
      postedAt: new Date(record.posted_at).toISOString(),
      inReplyTo: record.in_reply_to === null ? null : String(record.in_reply_to),
      responseId: record.response_id === null ? null : String(record.response_id),
      proposalId: record.proposal_id,
      authorId: record.author,
      agencyId: record.agency_id,
    });
  }
}
