import { Arg, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import { idempotent, idempotencyKeyArg } from '@joined-up/service';
import { conflict, isCalendarDate, notFound } from '@joined-up/federation';
import type { PartnershipContext } from '../../context.js';
import { authorise, requireRoleFor } from '../../authorisation/authority.js';
import { loadOutcome } from '../outcome/outcome.loaders.js';
import { newReference } from '../../reference/new-reference.js';
import { InputProblems } from '../../validation/input-problems.js';
import { loadOperatingAgreement } from './operating-agreement.loaders.js';
import { AgreementReviewInput, OpenOperatingAgreementInput } from './operating-agreement.inputs.js';
import { OperatingAgreement, ReviewDecision } from './operating-agreement.type.js';

const today = () => new Date().toISOString().slice(0, 10);

@Resolver(() => OperatingAgreement)
export class OperatingAgreementMutations {
  @Mutation(() => OperatingAgreement, {
    description: "Opens an operating agreement: freedoms granted to agencies on an outcome, on condition that named indicators of that outcome stay on track.",
  })
  async openOperatingAgreement(
    @Arg('outcomeId', () => ID) outcomeId: string,
    @Arg('input', () => OpenOperatingAgreementInput) input: OpenOperatingAgreementInput,
    @Arg('idempotencyKey', () => String, idempotencyKeyArg) idempotencyKey: string,
    @Ctx() context: PartnershipContext,
  ): Promise<OperatingAgreement> {
    requireRoleFor(context, 'openOperatingAgreement');
    const problems = new InputProblems().idempotencyKey(idempotencyKey);
    await loadOutcome(context, outcomeId);
    const [agencies, indicators] = await Promise.all([
      context.db.selectFrom('agencies').select('agency_id').where('kind', '<>', 'centre').execute(),
      context.db.selectFrom('indicators').select('indicator_id').where('outcome_id', '=', outcomeId).execute(),
    ]);
    const knownAgencies = new Set(agencies.map((row) => row.agency_id));
    const outcomeIndicators = new Set(indicators.map((row) => row.indicator_id));
    problems.text('title', input.title, 200);
    problems.texts('freedoms', input.freedoms);
    if (problems.check(input.parties.length > 0, 'parties', '`parties` needs at least one agency.')) {
      const unknown = input.parties.filter((party) => !knownAgencies.has(party));
      problems.check(unknown.length === 0, 'parties', `Unknown agencies in \`parties\`: ${unknown.join(', ')}.`);
    }
    if (problems.check(input.conditionIndicatorIds.length > 0, 'conditionIndicatorIds', 'An agreement needs at least one condition.')) {
      const foreign = input.conditionIndicatorIds.filter((id) => !outcomeIndicators.has(id));
      problems.check(foreign.length === 0, 'conditionIndicatorIds', `These are not indicators of outcome ${outcomeId}: ${foreign.join(', ')}.`);
    }
    if (problems.date('reviewDate', input.reviewDate)) problems.check(input.reviewDate > today(), 'reviewDate', '`reviewDate` must be in the future.');
    problems.throwIfAny();

    const { agreementId } = await idempotent(context, { key: idempotencyKey, operation: 'openOperatingAgreement', input: { outcomeId, ...input }, officerId: context.identity.officerId }, async (trx) => {
      await authorise(trx, context, 'openOperatingAgreement', outcomeId);
      const agreementId = newReference('OA');
      await trx
        .insertInto('operating_agreements')
        .values({ agreement_id: agreementId, outcome_id: outcomeId, title: input.title.trim(), freedoms: input.freedoms.map((text) => text.trim()), review_date: input.reviewDate, opened_by: context.identity.officerId })
        .execute();
      await trx.insertInto('operating_agreement_parties').values([...new Set(input.parties)].map((agency_id) => ({ agreement_id: agreementId, agency_id }))).execute();
      await trx
        .insertInto('operating_agreement_conditions')
        .values([...new Set(input.conditionIndicatorIds)].map((indicator_id) => ({ agreement_id: agreementId, indicator_id })))
        .execute();
      return { agreementId };
    });
    return loadOperatingAgreement(context, agreementId);
  }

  @Mutation(() => OperatingAgreement, {
    description:
      'Record a review of an operating agreement: the decision, what was changed in response, and the next review date (the agreement ends on END). A review closes any open early warning. Open to a partnership administrator or a lead officer of one of its parties.',
  })
  async reviewOperatingAgreement(
    @Arg('agreementId', () => ID, { description: 'The agreement.' }) agreementId: string,
    @Arg('input', () => AgreementReviewInput, { description: 'The review.' }) input: AgreementReviewInput,
    @Arg('idempotencyKey', () => String, {
      description: 'A key you choose for this request (a UUID is ideal). Resending the same request with the same key records the review once.',
    })
    idempotencyKey: string,
    @Ctx() context: PartnershipContext,
  ): Promise<OperatingAgreement> {
    requireRoleFor(context, 'reviewOperatingAgreement');
    const problems = new InputProblems().idempotencyKey(idempotencyKey);
    const whatChanged = problems.text('input.whatChanged', input.whatChanged, 4000)!;
    const ending = input.decision === ReviewDecision.END;
    const next = input.nextReviewDate ?? null;
    if (ending) problems.check(!next, 'input.nextReviewDate', 'An agreement that ends has no next review: omit `input.nextReviewDate`.');
    else {
      const after = !!next && isCalendarDate(next) && next > today();
      problems.check(after, 'input.nextReviewDate', `To ${input.decision.toLowerCase()} an agreement, give \`input.nextReviewDate\` as a date after today (YYYY-MM-DD).`);
    }
    problems.throwIfAny();
    const request = { key: idempotencyKey, operation: 'reviewOperatingAgreement', input: { agreementId, input }, officerId: context.identity.officerId };
    await idempotent(context, request, async (trx) => {
      const officer = await authorise(trx, context, 'reviewOperatingAgreement', agreementId);
      const agreement = await trx.selectFrom('operating_agreements').selectAll().where('agreement_id', '=', agreementId).forUpdate().executeTakeFirst();
      if (!agreement) throw notFound(`No operating agreement has id "${agreementId}". Ask \`operatingAgreements\` for the list.`, { argument: 'agreementId' });
      if (agreement.state !== 'open') throw conflict(`Operating agreement ${agreementId} has ended; it is no longer reviewed.`);
      await trx
        .insertInto('operating_agreement_reviews')
        .values({ agreement_id: agreementId, reviewed_by: officer.officer_id, decision: input.decision, what_changed: whatChanged, next_review_date: next })
        .execute();
      await trx
        .updateTable('operating_agreements')
        .set(ending ? { state: 'ended' } : { review_date: next! })
        .where('agreement_id', '=', agreementId)
        .execute();
      return { agreementId };
    });
    return loadOperatingAgreement(context, agreementId);
  }
}
