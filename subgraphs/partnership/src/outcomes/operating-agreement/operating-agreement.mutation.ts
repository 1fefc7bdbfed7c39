import { Arg, Ctx, Field, ID, InputType, Mutation, Resolver } from 'type-graphql';
import { conflict, isCalendarDate, notFound } from '@joined-up/federation';
import type { PartnershipContext } from '../../context.js';
import { authorise, requireRoleFor } from '../../authorisation/authority.js';
import { checkIdempotencyKey } from '../../idempotency/idempotency-key.js';
import { idempotent } from '../../idempotency/idempotent-mutation.js';
import { InputProblems } from '../../validation/input-problems.js';
import { loadOperatingAgreement } from './operating-agreement.resolver.js';
import { OperatingAgreement, ReviewDecision } from './operating-agreement.type.js';

@InputType({ description: 'A review of an operating agreement.' })
export class AgreementReviewInput {
  @Field(() => ReviewDecision, { description: 'Continue, amend or end.' })
  decision!: ReviewDecision;

  @Field(() => String, { description: 'What was changed in response (for CONTINUE, why nothing needed to change).' })
  whatChanged!: string;

  @Field(() => String, { nullable: true, description: 'Next review date, YYYY-MM-DD, after today: required to continue or amend, omitted to end.' })
  nextReviewDate?: string;
}

@Resolver()
export class OperatingAgreementMutationResolver {
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
    checkIdempotencyKey(idempotencyKey);
    const problems = new InputProblems();
    const whatChanged = problems.text('input.whatChanged', input.whatChanged, 4000)!;
    const ending = input.decision === ReviewDecision.END;
    const next = input.nextReviewDate ?? null;
    const today = new Date().toISOString().slice(0, 10);
    if (ending) problems.check(!next, 'input.nextReviewDate', 'An agreement that ends has no next review: omit `input.nextReviewDate`.');
    else {
      const after = !!next && isCalendarDate(next) && next > today;
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
    return loadOperatingAgreement(agreementId, context);
  }
}
