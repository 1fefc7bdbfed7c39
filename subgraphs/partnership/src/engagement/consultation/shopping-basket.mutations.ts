import { Arg, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import { idempotent } from '@joined-up/service';
import { badUserInput, conflict, notFound } from '@joined-up/federation';
import type { PartnershipContext } from '../../context.js';
import { authorise, requireRoleFor } from '../../authorisation/authority.js';
import { conflictOnDuplicate } from '../../validation/conflict-on-duplicate.js';
import { InputProblems } from '../../validation/input-problems.js';
import { BasketItem, BasketOption, BasketRound, BasketSubmission, ConsultationKind } from './consultation.type.js';
import { BasketItemInput } from './shopping-basket.inputs.js';

const MAX_ITEMS = 50;

@Resolver()
export class ShoppingBasketMutations {
  @Mutation(() => BasketSubmission, {
    description:
      "Record one participant's basket for one round, as the session's facilitator (partnership-admin or lead). Everything is checked before anything is written: the consultation is a shopping basket, the participant belongs to the session and the session to the consultation, every option is the consultation's and named once, every amount is positive and at most the option's cost, and the total is within the budget. A participant has one basket per round: a second is refused with CONFLICT and changes nothing.",
  })
  async submitBasket(
    @Arg('consultationId', () => ID, { description: 'The consultation.' }) consultationId: string,
    @Arg('sessionId', () => ID, { description: 'The session the participant attends.' }) sessionId: string,
    @Arg('participantId', () => ID, { description: 'The participant.' }) participantId: string,
    @Arg('round', () => BasketRound, { description: 'FIRST or FINAL.' }) round: BasketRound,
    @Arg('items', () => [BasketItemInput], { description: 'What the participant put on which option (at least one).' }) items: BasketItemInput[],
    @Arg('idempotencyKey', () => String, {
      description: 'A key you choose for this basket (a UUID is ideal). Resending the same basket with the same key records it once and returns it.',
    })
    idempotencyKey: string,
    @Ctx() context: PartnershipContext,
  ): Promise<BasketSubmission> {
    requireRoleFor(context, 'submitBasket');
    const problems = new InputProblems().idempotencyKey(idempotencyKey);
    problems.check(items.length > 0, 'items', 'A basket needs at least one item.');
    problems.check(items.length <= MAX_ITEMS, 'items', `A basket has at most ${MAX_ITEMS} items.`);
    problems.distinct(
      'items.optionId',
      items.map((item) => item.optionId),
    );
    items.forEach((item, index) =>
      problems.check(Number.isInteger(item.amount) && item.amount > 0, `items[${index}].amount`, `Every amount must be a positive whole number; option ${item.optionId} has ${item.amount}.`),
    );
    problems.throwIfAny();
    const total = items.reduce((sum, item) => sum + item.amount, 0);
    const input = { consultationId, sessionId, participantId, round, items: items.map((item) => ({ optionId: item.optionId, amount: item.amount })) };
    const request = { key: idempotencyKey, operation: 'submitBasket', input, officerId: context.identity.officerId };
    const duplicate = `Participant ${participantId} already has a ${round} basket; each participant submits one basket per round.`;
    const { submissionId } = await conflictOnDuplicate(duplicate, () =>
      idempotent(context, request, async (trx) => {
        const officer = await authorise(trx, context, 'submitBasket', consultationId);
        const consultation = await trx.selectFrom('consultations').selectAll().where('consultation_id', '=', consultationId).executeTakeFirst();
        if (!consultation) throw notFound(`No consultation has id "${consultationId}". Ask \`consultations\` for the list.`, { argument: 'consultationId' });
        if (consultation.kind !== ConsultationKind.SHOPPING_BASKET) {
          throw badUserInput(`Consultation ${consultationId} is community mapping, not a shopping basket.`, { argument: 'consultationId' });
        }
        const session = await trx.selectFrom('consultation_sessions').selectAll().where('session_id', '=', sessionId).executeTakeFirst();
        if (!session || session.consultation_id !== consultationId) {
          throw notFound(`Consultation ${consultationId} has no session "${sessionId}". Ask its \`sessions\` for their ids.`, { argument: 'sessionId' });
        }
        // Locks the participant, so that two baskets for them are decided one after the other.
        const participant = await trx.selectFrom('consultation_participants').selectAll().where('participant_id', '=', participantId).forUpdate().executeTakeFirst();
        if (!participant) throw notFound(`No participant has id "${participantId}".`, { argument: 'participantId' });
        if (participant.session_id !== sessionId) {
          throw badUserInput(`Participant ${participantId} attends another session, not ${sessionId}.`, { argument: 'participantId' });
        }
        const options = await trx.selectFrom('basket_options').selectAll().where('consultation_id', '=', consultationId).execute();
        for (const item of items) {
          const option = options.find((row) => row.option_id === item.optionId);
          if (!option) {
            throw badUserInput(`"${item.optionId}" is not an option of consultation ${consultationId}. Ask its \`options\` for their ids.`, {
              argument: 'items.optionId',
              optionId: item.optionId,
            });
          }
          if (item.amount > option.cost) {
            throw badUserInput(`${item.amount} on "${option.name}" is more than it costs (${option.cost} ${consultation.budget_unit}).`, {
              argument: 'items.amount',
              optionId: item.optionId,
              cost: option.cost,
            });
          }
        }
        if (total > consultation.budget!) {
          throw badUserInput(`The basket spends ${total} ${consultation.budget_unit} but the budget is ${consultation.budget}; take ${total - consultation.budget!} off.`, {
            argument: 'items',
            budget: consultation.budget,
            total,
          });
        }
        const existing = await trx.selectFrom('basket_submissions').select('submission_id').where('participant_id', '=', participantId).where('round', '=', round).executeTakeFirst();
        if (existing) throw conflict(duplicate, { reason: 'ALREADY_SUBMITTED', submissionId: String(existing.submission_id) });
        const submission = await trx
          .insertInto('basket_submissions')
          .values({ consultation_id: consultationId, session_id: sessionId, participant_id: participantId, round, total, submitted_by: officer.officer_id })
          .returning('submission_id')
          .executeTakeFirstOrThrow();
        const id = Number(submission.submission_id);
        await trx
          .insertInto('basket_items')
          .values(items.map((item) => ({ submission_id: id, consultation_id: consultationId, option_id: item.optionId, amount: item.amount })))
          .execute();
        return { submissionId: id };
      }),
    );
    return loadSubmission(context, submissionId);
  }
}

async function loadSubmission(context: PartnershipContext, submissionId: number): Promise<BasketSubmission> {
  const submission = await context.db.selectFrom('basket_submissions').selectAll().where('submission_id', '=', submissionId).executeTakeFirstOrThrow();
  const items = await context.db
    .selectFrom('basket_items as item')
    .innerJoin('basket_options as option', 'option.option_id', 'item.option_id')
    .selectAll('option')
    .select('item.amount')
    .where('item.submission_id', '=', submissionId)
    .orderBy('option.position')
    .execute();
  return Object.assign(new BasketSubmission(), {
    id: String(submission.submission_id),
    round: submission.round as BasketRound,
    participantId: submission.participant_id,
    sessionId: submission.session_id,
    total: submission.total,
    submittedAt: new Date(submission.submitted_at).toISOString(),
    items: items.map((row) => Object.assign(new BasketItem(), { option: BasketOption.fromRecord(row), amount: row.amount })),
  });
}
