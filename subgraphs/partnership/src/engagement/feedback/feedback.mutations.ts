import { Arg, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import { idempotent, idempotencyKeyArg } from '@joined-up/service';
import { sql } from 'kysely';
import { badUserInput, conflict, notFound } from '@joined-up/federation';
import type { PartnershipContext } from '../../context.js';
import { authorise, requireRoleFor } from '../../authorisation/authority.js';
import { InputProblems } from '../../validation/input-problems.js';
import { newReference } from '../../reference/new-reference.js';
import { outcomeOfSubject } from './feedback-subject.js';
import { FeedbackInput } from './feedback.inputs.js';
import { loadFeedback } from './feedback.loaders.js';
import { Feedback } from './feedback.type.js';

@Resolver()
export class FeedbackMutations {
  @Mutation(() => Feedback, {
    description:
      'Send feedback to an agency, the centre or a community group about something of a shared outcome (it must exist), or record a community group\'s feedback on its behalf. Open to officers who work on delivery (partnership-admin, lead, analyst or caseworker).',
  })
  async sendFeedback(
    @Arg('input', () => FeedbackInput, { description: 'The feedback.' }) input: FeedbackInput,
    @Arg('idempotencyKey', () => String, idempotencyKeyArg) idempotencyKey: string,
    @Ctx() context: PartnershipContext,
  ): Promise<Feedback> {
    requireRoleFor(context, 'sendFeedback');
    const problems = new InputProblems().idempotencyKey(idempotencyKey);
    const message = problems.text('input.message', input.message, 4000)!;
    const toGroup = problems.optionalText('input.to.communityGroup', input.to.communityGroup, 120);
    const toAgency = input.to.agencyId ?? null;
    const toGroupGiven = !!input.to.communityGroup?.trim();
    problems.check(toGroupGiven !== (toAgency !== null), 'input.to', 'Give exactly one of `input.to.agencyId` and `input.to.communityGroup`.');
    const fromGroup = problems.optionalText('input.fromCommunityGroup', input.fromCommunityGroup, 120);
    problems.check(fromGroup === null || fromGroup !== toGroup, 'input.to', 'A community group does not send feedback to itself.');
    problems.throwIfAny();
    const request = { key: idempotencyKey, operation: 'sendFeedback', input, officerId: context.identity.officerId };
    const { feedbackId } = await idempotent(context, request, async (trx) => {
      const officer = await authorise(trx, context, 'sendFeedback');
      if (toAgency !== null) {
        const agency = await trx.selectFrom('agencies').select('agency_id').where('agency_id', '=', toAgency).executeTakeFirst();
        if (!agency) throw notFound(`No agency has id "${toAgency}". Ask \`agencies(includeCentre: true)\` for the list.`, { argument: 'input.to.agencyId' });
      }
      const fromAgency = fromGroup === null ? officer.agency_id : null;
      if (fromAgency !== null && fromAgency === toAgency) throw badUserInput('Feedback goes to another agency, the centre or a community group, not your own agency.', { argument: 'input.to' });
      const outcomeId = await outcomeOfSubject(trx, input.subjectKind, input.subjectId);
      const id = newReference('FB');
      await trx
        .insertInto('feedback')
        .values({
          feedback_id: id,
          from_agency_id: fromAgency,
          from_group: fromGroup,
          to_agency_id: toAgency,
          to_group: toGroup,
          subject_kind: input.subjectKind,
          subject_id: input.subjectId,
          outcome_id: outcomeId,
          message,
          sent_by: officer.officer_id,
        })
        .execute();
      return { feedbackId: id };
    });
    return loadFeedback(context, feedbackId);
  }

  @Mutation(() => Feedback, {
    description:
      "Answer feedback, once. Open to officers of the recipient agency (the centre's officers for the centre, and to record a community group's answer), and to the accountable lead of the outcome concerned.",
  })
  async answerFeedback(
    @Arg('feedbackId', () => ID, { description: 'The feedback.' }) feedbackId: string,
    @Arg('response', () => String, { description: 'The answer.' }) response: string,
    @Arg('idempotencyKey', () => String, idempotencyKeyArg) idempotencyKey: string,
    @Ctx() context: PartnershipContext,
  ): Promise<Feedback> {
    requireRoleFor(context, 'answerFeedback');
    const problems = new InputProblems().idempotencyKey(idempotencyKey);
    const answer = problems.text('response', response, 4000)!;
    problems.throwIfAny();
    const request = { key: idempotencyKey, operation: 'answerFeedback', input: { feedbackId, answer }, officerId: context.identity.officerId };
    await idempotent(context, request, async (trx) => {
      const feedback = await trx.selectFrom('feedback').selectAll().where('feedback_id', '=', feedbackId).forUpdate().executeTakeFirst();
      if (!feedback) throw notFound(`No feedback has id "${feedbackId}".`, { argument: 'feedbackId' });
      const officer = await authorise(trx, context, 'answerFeedback', feedbackId);
      if (feedback.responded_at !== null) {
        throw conflict(`Feedback ${feedbackId} was already answered on ${new Date(feedback.responded_at).toISOString()}; send new feedback to continue the conversation.`);
      }
      await trx
        .updateTable('feedback')
        .set({ response: answer, responded_by: officer.officer_id, responded_at: sql<Date>`greatest(now(), sent_at)` })
        .where('feedback_id', '=', feedbackId)
        .execute();
      return { feedbackId };
    });
    return loadFeedback(context, feedbackId);
  }
}
