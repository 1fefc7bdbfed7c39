import { Arg, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import { sql } from 'kysely';
import type { PartnershipContext } from '../../context.js';
import { Agency } from '../../directory/agency/agency.type.js';
import { agencyById } from '../../directory/agency/agency.loaders.js';
import { Officer } from '../../directory/officer/officer.type.js';
import { officerById } from '../../directory/officer/officer.loaders.js';
import { Outcome } from '../../outcomes/outcome/outcome.type.js';
import { accountabilitiesByOutcome, loadOutcome } from '../../outcomes/outcome/outcome.loaders.js';
import { unansweredThresholdDays } from './feedback-threshold.js';
import { Feedback, FeedbackParty } from './feedback.type.js';

@Resolver(() => Feedback)
export class FeedbackQueries {
  @Query(() => [Feedback], { description: 'Feedback, newest first, optionally about one outcome, to or from one agency, answered or not. Open to any officer.' })
  async feedback(
    @Ctx() { db }: PartnershipContext,
    @Arg('outcomeId', () => ID, { nullable: true, description: 'Only feedback about this outcome or anything of it.' }) outcomeId?: string,
    @Arg('agencyId', () => ID, { nullable: true, description: 'Only feedback sent by or to this agency (`partnership` for the centre).' }) agencyId?: string,
    @Arg('answered', () => Boolean, { nullable: true, description: 'Only answered (true) or unanswered (false) feedback.' }) answered?: boolean,
  ): Promise<Feedback[]> {
    let query = db.selectFrom('feedback').selectAll().orderBy('sent_at', 'desc').orderBy('feedback_id');
    if (outcomeId) query = query.where('outcome_id', '=', outcomeId);
    if (agencyId) query = query.where((eb) => eb.or([eb('from_agency_id', '=', agencyId), eb('to_agency_id', '=', agencyId)]));
    if (answered !== undefined && answered !== null) query = query.where('responded_at', answered ? 'is not' : 'is', null);
    const now = Date.now();
    return (await query.execute()).map((row) => Feedback.fromRecord(row, now));
  }

  @Query(() => [Feedback], {
    description:
      "Feedback still unanswered after `olderThanDays` days (default: the JOINED_UP_FEEDBACK_DAYS setting, 14 unless configured), oldest first: the recipient should answer it and the outcome's accountable lead should see that it is. Filter by recipient agency, by accountable lead, or both.",
  })
  async unansweredFeedback(
    @Ctx() { db }: PartnershipContext,
    @Arg('olderThanDays', () => Int, { nullable: true, description: 'Listed once it has waited at least this many whole days.' }) olderThanDays?: number,
    @Arg('toAgency', () => ID, { nullable: true, description: 'Only feedback addressed to this agency (`partnership` for the centre).' }) toAgency?: string,
    @Arg('accountableLead', () => ID, {
      nullable: true,
      description: 'Only feedback about outcomes this officer is currently accountable for (their one-point responsibility).',
    })
    accountableLead?: string,
  ): Promise<Feedback[]> {
    const days = unansweredThresholdDays(olderThanDays);
    let query = db
      .selectFrom('feedback')
      .leftJoin('accountabilities as lead', (join) => join.onRef('lead.outcome_id', '=', 'feedback.outcome_id').on('lead.held_until', 'is', null))
      .selectAll('feedback')
      .where('feedback.responded_at', 'is', null)
      .where('feedback.sent_at', '<=', sql<Date>`now() - make_interval(days => ${days})`)
      .orderBy('feedback.sent_at')
      .orderBy('feedback.feedback_id');
    if (toAgency) query = query.where('feedback.to_agency_id', '=', toAgency);
    if (accountableLead) query = query.where('lead.officer_id', '=', accountableLead);
    const now = Date.now();
    return (await query.execute()).map((row) => Feedback.fromRecord(row, now));
  }

  @FieldResolver(() => FeedbackParty, { description: 'Who sent it.' })
  from(@Root() feedback: Feedback): FeedbackParty {
    return feedback.from;
  }

  @FieldResolver(() => FeedbackParty, { description: 'Who it is for: they answer it.' })
  to(@Root() feedback: Feedback): FeedbackParty {
    return feedback.to;
  }

  @FieldResolver(() => Outcome, { description: 'The shared outcome it concerns (the subject itself, or the outcome the subject belongs to).' })
  outcome(@Root() feedback: Feedback, @Ctx() context: PartnershipContext): Promise<Outcome> {
    return loadOutcome(context, feedback.outcomeId);
  }

  @FieldResolver(() => Officer, {
    nullable: true,
    description: "The outcome's accountable lead now, who sees the feedback if it is left unanswered; null when the outcome has no lead.",
  })
  async accountableLead(@Root() feedback: Feedback, @Ctx() context: PartnershipContext): Promise<Officer | null> {
    const current = (await context.loaders.load(accountabilitiesByOutcome, feedback.outcomeId)).find((row) => row.held_until === null);
    const officer = current ? await context.loaders.load(officerById, current.officer_id) : null;
    return officer ? Officer.fromRecord(officer) : null;
  }

  @FieldResolver(() => Officer, { description: 'The officer who sent or recorded it.' })
  async sentBy(@Root() feedback: Feedback, @Ctx() context: PartnershipContext): Promise<Officer> {
    return Officer.fromRecord((await context.loaders.load(officerById, feedback.sentById))!);
  }

  @FieldResolver(() => Officer, { nullable: true, description: 'The officer who answered or recorded the answer; null while unanswered.' })
  async respondedBy(@Root() feedback: Feedback, @Ctx() context: PartnershipContext): Promise<Officer | null> {
    return feedback.respondedById ? Officer.fromRecord((await context.loaders.load(officerById, feedback.respondedById))!) : null;
  }
}

@Resolver(() => FeedbackParty)
export class FeedbackPartyQueries {
  @FieldResolver(() => String, { description: "The agency's name, or the community group's." })
  async name(@Root() party: FeedbackParty, @Ctx() context: PartnershipContext): Promise<string> {
    if (party.group !== null) return party.group;
    return (await context.loaders.load(agencyById, party.agencyId!))?.name ?? party.agencyId!;
  }

  @FieldResolver(() => Agency, { nullable: true, description: 'The agency (or the centre); null for a community group.' })
  async agency(@Root() party: FeedbackParty, @Ctx() context: PartnershipContext): Promise<Agency | null> {
    const record = party.agencyId ? await context.loaders.load(agencyById, party.agencyId) : null;
    return record ? Agency.fromRecord(record) : null;
  }
}
