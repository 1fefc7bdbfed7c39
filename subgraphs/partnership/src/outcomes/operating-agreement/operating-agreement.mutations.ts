import { Arg, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import type { PartnershipContext } from '../../context.js';
import { authorise, requireRoleFor } from '../../authorisation/authority.js';
import { checkIdempotencyKey, idempotencyKeyArg } from '../../idempotency/idempotency-key.js';
import { idempotent } from '../../idempotency/idempotent-mutation.js';
import { OpenOperatingAgreementInput } from '../outcome/outcome.inputs.js';
import { loadOutcome } from '../outcome/outcome.resolver.js';
import { newReference } from '../../reference/new-reference.js';
import { InputProblems } from '../../validation/input-problems.js';
import { loadOperatingAgreement } from './operating-agreement.resolver.js';
import { OperatingAgreement } from './operating-agreement.type.js';

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
    checkIdempotencyKey(idempotencyKey);
    await loadOutcome(outcomeId, context);
    const [agencies, indicators] = await Promise.all([
      context.db.selectFrom('agencies').select('agency_id').where('kind', '<>', 'centre').execute(),
      context.db.selectFrom('indicators').select('indicator_id').where('outcome_id', '=', outcomeId).execute(),
    ]);
    const knownAgencies = new Set(agencies.map((row) => row.agency_id));
    const outcomeIndicators = new Set(indicators.map((row) => row.indicator_id));
    const problems = new InputProblems();
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
    return loadOperatingAgreement(agreementId, context);
  }
}
