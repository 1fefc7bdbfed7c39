import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';

/**
 * The kinds of event, in the order that breaks ties between events at the
 * same instant: the order in which they happen in an outcome's life.
 */
export enum TimelineEventKind {
  OUTCOME_PROPOSED = 'OUTCOME_PROPOSED',
  OUTCOME_AGREED = 'OUTCOME_AGREED',
  LEAD_ASSIGNED = 'LEAD_ASSIGNED',
  LEAD_CHANGED = 'LEAD_CHANGED',
  AGREEMENT_OPENED = 'AGREEMENT_OPENED',
  PROPOSAL = 'PROPOSAL',
  PROPOSAL_RESPONSE = 'PROPOSAL_RESPONSE',
  PROPOSAL_ADOPTED = 'PROPOSAL_ADOPTED',
  CONSULTATION = 'CONSULTATION',
  FEEDBACK = 'FEEDBACK',
  FEEDBACK_ANSWERED = 'FEEDBACK_ANSWERED',
  WARNING = 'WARNING',
  AGREEMENT_REVIEWED = 'AGREEMENT_REVIEWED',
  LESSON = 'LESSON',
}

export const TIMELINE_KIND_ORDER: readonly TimelineEventKind[] = Object.values(TimelineEventKind);

registerEnumType(TimelineEventKind, {
  name: 'TimelineEventKind',
  description: "What happened on an outcome. Events at the same instant are ordered by kind, in the order listed here (an outcome's life), then by reference.",
  valuesConfig: {
    OUTCOME_PROPOSED: { description: 'The outcome was put to the partnership.' },
    OUTCOME_AGREED: { description: 'The partnership agreed it (at the start of the day it was agreed, UTC).' },
    LEAD_ASSIGNED: { description: 'Its first accountable lead was named.' },
    LEAD_CHANGED: { description: 'Accountability passed to another named officer.' },
    AGREEMENT_OPENED: { description: 'An operating agreement (consensus to operate) was opened on it.' },
    PROPOSAL: { description: 'A policy proposal on it was made (version 1) or revised (a later version).' },
    PROPOSAL_RESPONSE: { description: 'A delivering agency signed off or objected to a version of a proposal.' },
    PROPOSAL_ADOPTED: { description: 'A proposal was adopted.' },
    CONSULTATION: { description: 'A session of a consultation informing it was held.' },
    FEEDBACK: { description: 'Feedback about it, or about its indicators, agreements or proposals, was sent.' },
    FEEDBACK_ANSWERED: { description: 'Feedback about it was answered.' },
    WARNING: { description: 'An early warning was first seen on one of its operating agreements.' },
    AGREEMENT_REVIEWED: { description: 'One of its operating agreements was reviewed (closing any open warning).' },
    LESSON: { description: 'A lesson, success or failure, was recorded about it.' },
  },
});

@ObjectType({ description: 'One event in the life of a shared outcome.' })
export class TimelineEvent {
  @Field(() => String, { description: 'When it happened, ISO 8601 (UTC).' })
  at!: string;

  @Field(() => TimelineEventKind, { description: 'What kind of event.' })
  kind!: TimelineEventKind;

  @Field(() => String, { description: 'What happened, in one line.' })
  summary!: string;

  @Field(() => ID, {
    nullable: true,
    description: 'The id of the record it concerns: an outcome, officer, operating agreement, proposal, consultation, feedback or lesson id.',
  })
  referenceId!: string | null;
}
