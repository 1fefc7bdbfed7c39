import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import type { Selectable } from 'kysely';
import type { PartnershipTables } from '../../tables.js';

export type FeedbackRecord = Selectable<PartnershipTables['feedback']>;

export enum FeedbackPartyKind {
  AGENCY = 'AGENCY',
  CENTRE = 'CENTRE',
  COMMUNITY_GROUP = 'COMMUNITY_GROUP',
}

registerEnumType(FeedbackPartyKind, {
  name: 'FeedbackPartyKind',
  description: 'Who is on either end of a piece of feedback.',
  valuesConfig: {
    AGENCY: { description: 'A delivering agency, e.g. police.' },
    CENTRE: { description: 'The partnership team at the centre (agency id `partnership`).' },
    COMMUNITY_GROUP: { description: 'A named community group, whose feedback an officer records on its behalf.' },
  },
});

export enum FeedbackSubjectKind {
  OUTCOME = 'OUTCOME',
  INDICATOR = 'INDICATOR',
  OPERATING_AGREEMENT = 'OPERATING_AGREEMENT',
  PROPOSAL = 'PROPOSAL',
}

registerEnumType(FeedbackSubjectKind, {
  name: 'FeedbackSubjectKind',
  description: 'What a piece of feedback is about. Every subject belongs to one shared outcome, whose accountable lead sees feedback left unanswered.',
  valuesConfig: {
    OUTCOME: { description: 'A shared outcome.' },
    INDICATOR: { description: "One of an outcome's indicators." },
    OPERATING_AGREEMENT: { description: 'An operating agreement (consensus to operate) on an outcome.' },
    PROPOSAL: { description: 'A policy proposal on an outcome.' },
  },
});

@ObjectType({ description: 'One end of a piece of feedback: an agency, the centre, or a community group.' })
export class FeedbackParty {
  @Field(() => FeedbackPartyKind, { description: 'Agency, centre or community group.' })
  kind!: FeedbackPartyKind;

  @Field(() => ID, { nullable: true, description: 'The agency id (`partnership` for the centre); null for a community group.' })
  agencyId!: string | null;

  /** The community group's name, for a group. */
  group!: string | null;
}

@ObjectType({
  description:
    "Feedback up, down and across (the report's third principle): from an agency, the centre or a community group to another of them, about an outcome, an indicator, an operating agreement or a proposal, with the answer and when it came. Feedback left unanswered is listed for the recipient and for the outcome's accountable lead (see `unansweredFeedback`).",
})
export class Feedback {
  @Field(() => ID, { description: 'Feedback reference, e.g. FB-LAMBETH-ABSENCE-DATA.' })
  id!: string;

  @Field(() => FeedbackSubjectKind, { description: 'What kind of thing it is about.' })
  subjectKind!: FeedbackSubjectKind;

  @Field(() => ID, { description: 'The id of what it is about (an outcome, indicator, agreement or proposal id).' })
  subjectId!: string;

  @Field(() => String, { description: 'What was said.' })
  message!: string;

  @Field(() => String, { description: 'When it was sent, ISO 8601.' })
  sentAt!: string;

  @Field(() => Boolean, { description: 'True once it has been answered.' })
  answered!: boolean;

  @Field(() => String, { nullable: true, description: 'The answer; null while unanswered.' })
  response!: string | null;

  @Field(() => String, { nullable: true, description: 'When it was answered, ISO 8601; null while unanswered.' })
  respondedAt!: string | null;

  @Field(() => Int, { description: 'Whole days it waited for an answer: until it was answered, or until now while unanswered.' })
  daysWaiting!: number;

  from!: FeedbackParty;
  to!: FeedbackParty;
  outcomeId!: string;
  sentById!: string;
  respondedById!: string | null;

  static fromRecord(record: FeedbackRecord, now = Date.now()): Feedback {
    const sent = new Date(record.sent_at).getTime();
    const until = record.responded_at ? new Date(record.responded_at).getTime() : now;
    return Object.assign(new Feedback(), {
      id: record.feedback_id,
      subjectKind: record.subject_kind as FeedbackSubjectKind,
      subjectId: record.subject_id,
      message: record.message,
      sentAt: new Date(record.sent_at).toISOString(),
      answered: record.responded_at !== null,
      response: record.response,
      respondedAt: record.responded_at ? new Date(record.responded_at).toISOString() : null,
      daysWaiting: Math.max(0, Math.floor((until - sent) / 86_400_000)),
      from: party(record.from_agency_id, record.from_group),
      to: party(record.to_agency_id, record.to_group),
      outcomeId: record.outcome_id,
      sentById: record.sent_by,
      respondedById: record.responded_by,
    });
  }
}

/** The centre is the agency `partnership`; its name comes from the directory like any agency's. */
function party(agencyId: string | null, group: string | null): FeedbackParty {
  return Object.assign(new FeedbackParty(), {
    kind: group !== null ? FeedbackPartyKind.COMMUNITY_GROUP : agencyId === 'partnership' ? FeedbackPartyKind.CENTRE : FeedbackPartyKind.AGENCY,
    agencyId,
    group,
  });
}

