import { Arg, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import { idempotent, idempotencyKeyArg } from '@joined-up/service';
import { notFound } from '@joined-up/federation';
import type { PartnershipContext } from '../../context.js';
import { authorise, requireRoleFor } from '../../authorisation/authority.js';
import { InputProblems } from '../../validation/input-problems.js';
import { newReference } from '../../reference/new-reference.js';
import { loadConsultation } from './consultation.loaders.js';
import { ConsultationInput, ConsultationSessionInput, MAX_PARTICIPANTS } from './consultation.inputs.js';
import { Consultation, ConsultationKind, ConsultationSession } from './consultation.type.js';

const PSEUDONYM = /^[A-Za-z0-9][A-Za-z0-9 ._-]{0,39}$/;

function checkBasketShape(problems: InputProblems, input: ConsultationInput): void {
  if (input.kind === ConsultationKind.SHOPPING_BASKET) {
    problems.check(!!input.budget && input.budget > 0, 'input.budget', 'A shopping basket needs a positive `input.budget`.');
    problems.text('input.budgetUnit', input.budgetUnit, 40);
    problems.check(input.options.length >= 2, 'input.options', 'A shopping basket needs at least two options to choose between.');
    const names = input.options.map((option, index) => problems.text(`input.options[${index}].name`, option.name, 120) ?? `#${index}`);
    problems.distinct('input.options.name', names);
    input.options.forEach((option, index) => {
      problems.text(`input.options[${index}].description`, option.description, 2000);
      problems.check(option.cost > 0, `input.options[${index}].cost`, `Option "${option.name}" needs a positive cost.`);
    });
  } else {
    const hasBudget = (input.budget !== undefined && input.budget !== null) || input.options.length > 0 || !!input.budgetUnit?.trim();
    problems.check(!hasBudget, 'input', 'Community mapping has no budget, budget unit or options.');
  }
}

@Resolver()
export class ConsultationMutations {
  @Mutation(() => Consultation, { description: 'Open a consultation (a shopping basket with its budget and options, or a community map). Needs a partnership-admin or lead role.' })
  async openConsultation(
    @Arg('input', () => ConsultationInput, { description: 'The consultation.' }) input: ConsultationInput,
    @Arg('idempotencyKey', () => String, idempotencyKeyArg) idempotencyKey: string,
    @Ctx() context: PartnershipContext,
  ): Promise<Consultation> {
    requireRoleFor(context, 'openConsultation');
    const problems = new InputProblems().idempotencyKey(idempotencyKey);
    const title = problems.text('input.title', input.title, 200)!;
    const question = problems.text('input.question', input.question, 2000)!;
    problems.area('input.areaCode', input.areaCode);
    checkBasketShape(problems, input);
    problems.distinct('input.outcomeIds', input.outcomeIds);
    problems.throwIfAny();
    const request = { key: idempotencyKey, operation: 'openConsultation', input, officerId: context.identity.officerId };
    const { consultationId } = await idempotent(context, request, async (trx) => {
      const officer = await authorise(trx, context, 'openConsultation');
      if (input.outcomeIds.length > 0) {
        const found = await trx.selectFrom('outcomes').select('outcome_id').where('outcome_id', 'in', input.outcomeIds).execute();
        const missing = input.outcomeIds.find((id) => !found.some((row) => row.outcome_id === id));
        if (missing) throw notFound(`No outcome has id "${missing}". Ask \`outcomes\` for the list.`, { argument: 'input.outcomeIds' });
      }
      const id = newReference('CON');
      const basket = input.kind === ConsultationKind.SHOPPING_BASKET;
      await trx
        .insertInto('consultations')
        .values({
          consultation_id: id,
          kind: input.kind,
          title,
          question,
          area_code: input.areaCode,
          budget: basket ? input.budget! : null,
          budget_unit: basket ? input.budgetUnit!.trim() : null,
          opened_by: officer.officer_id,
        })
        .execute();
      if (input.outcomeIds.length > 0) await trx.insertInto('consultation_outcomes').values(input.outcomeIds.map((outcome_id) => ({ consultation_id: id, outcome_id }))).execute();
      if (basket) {
        await trx
          .insertInto('basket_options')
          .values(
            input.options.map((option, position) => ({
              option_id: newReference('OPT'),
              consultation_id: id,
              name: option.name.trim(),
              description: option.description.trim(),
              cost: option.cost,
              position,
            })),
          )
          .execute();
      }
      return { consultationId: id };
    });
    return loadConsultation(context, consultationId);
  }

  @Mutation(() => ConsultationSession, { description: 'Record a session of a consultation and register its participants by pseudonym. Needs a partnership-admin or lead role.' })
  async addConsultationSession(
    @Arg('consultationId', () => ID, { description: 'The consultation.' }) consultationId: string,
    @Arg('input', () => ConsultationSessionInput, { description: 'The session.' }) input: ConsultationSessionInput,
    @Arg('idempotencyKey', () => String, idempotencyKeyArg) idempotencyKey: string,
    @Ctx() context: PartnershipContext,
  ): Promise<ConsultationSession> {
    requireRoleFor(context, 'addConsultationSession');
    const problems = new InputProblems().idempotencyKey(idempotencyKey);
    const title = problems.text('input.title', input.title, 200)!;
    const heldAt = problems.pastTimestamp('input.heldAt', input.heldAt)!;
    problems.check(input.participantPseudonyms.length <= MAX_PARTICIPANTS, 'input.participantPseudonyms', `A session registers at most ${MAX_PARTICIPANTS} participants; split it.`);
    const notPseudonyms = input.participantPseudonyms.filter((pseudonym) => !PSEUDONYM.test(pseudonym));
    problems.check(
      notPseudonyms.length === 0,
      'input.participantPseudonyms',
      `${notPseudonyms.map((pseudonym) => `"${pseudonym}"`).join(', ')} not pseudonyms: letters, digits, spaces, dots and dashes, at most 40 characters.`,
    );
    problems.distinct('input.participantPseudonyms', input.participantPseudonyms);
    problems.throwIfAny();
    const request = { key: idempotencyKey, operation: 'addConsultationSession', input: { consultationId, input }, officerId: context.identity.officerId };
    const { sessionId } = await idempotent(context, request, async (trx) => {
      await authorise(trx, context, 'addConsultationSession', consultationId);
      const consultation = await trx.selectFrom('consultations').select('consultation_id').where('consultation_id', '=', consultationId).executeTakeFirst();
      if (!consultation) throw notFound(`No consultation has id "${consultationId}". Ask \`consultations\` for the list.`, { argument: 'consultationId' });
      const id = newReference('SES');
      await trx.insertInto('consultation_sessions').values({ session_id: id, consultation_id: consultationId, title, held_at: heldAt }).execute();
      if (input.participantPseudonyms.length > 0) {
        await trx
          .insertInto('consultation_participants')
          .values(input.participantPseudonyms.map((pseudonym) => ({ participant_id: newReference('PAR'), session_id: id, pseudonym })))
          .execute();
      }
      return { sessionId: id };
    });
    return ConsultationSession.fromRecord(await context.db.selectFrom('consultation_sessions').selectAll().where('session_id', '=', sessionId).executeTakeFirstOrThrow());
  }
}
