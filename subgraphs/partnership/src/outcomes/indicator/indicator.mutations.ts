import { Arg, Ctx, Float, ID, Mutation, Resolver } from 'type-graphql';
import { idempotent, idempotencyKeyArg } from '@joined-up/service';
import { findMeasure, Polarity } from '@joined-up/indicators';
import type { PartnershipContext } from '../../context.js';
import { authorise, requireRoleFor } from '../../authorisation/authority.js';
import { AddIndicatorInput } from './indicator.inputs.js';
import { loadOutcome } from '../outcome/outcome.loaders.js';
import { newReference } from '../../reference/new-reference.js';
import { InputProblems } from '../../validation/input-problems.js';
import { indicatorById, loadIndicator } from './indicator.loaders.js';
import { Indicator } from './indicator.type.js';

/** A target must improve on the baseline in the indicator's own direction. */
function checkTarget(problems: InputProblems, polarity: Polarity, baseline: number, target: number): void {
  problems.check(Number.isFinite(baseline) && Number.isFinite(target), 'target', '`baseline` and `target` must be numbers.');
  if (polarity === Polarity.LOWER_IS_BETTER) problems.check(target < baseline, 'target', 'Lower is better, so `target` must be below `baseline`.');
  else problems.check(target > baseline, 'target', 'Higher is better, so `target` must be above `baseline`.');
}

@Resolver(() => Indicator)
export class IndicatorMutations {
  @Mutation(() => Indicator, { description: "Adds an indicator to an outcome, measured by the agency that owns the data, over the outcome's area." })
  async addIndicator(
    @Arg('outcomeId', () => ID) outcomeId: string,
    @Arg('input', () => AddIndicatorInput) input: AddIndicatorInput,
    @Arg('idempotencyKey', () => String, idempotencyKeyArg) idempotencyKey: string,
    @Ctx() context: PartnershipContext,
  ): Promise<Indicator> {
    requireRoleFor(context, 'addIndicator');
    const problems = new InputProblems().idempotencyKey(idempotencyKey);
    const outcome = await loadOutcome(context, outcomeId);
    const measure = findMeasure(input.agencyId, input.measure);
    problems.check(!!measure, 'measure', `The ${input.agencyId} agency has no measure "${input.measure}"; ask \`measures\` for the catalogue.`);
    if (input.name !== undefined && input.name !== null) problems.text('name', input.name, 200);
    const periodValid = problems.month('baselinePeriod', input.baselinePeriod);
    const dateValid = problems.date('targetDate', input.targetDate);
    if (periodValid && dateValid) problems.check(input.targetDate.slice(0, 7) > input.baselinePeriod, 'targetDate', '`targetDate` must be after `baselinePeriod`.');
    if (dateValid) problems.check(input.targetDate <= outcome.targetDate, 'targetDate', `\`targetDate\` must be on or before the outcome's own target date (${outcome.targetDate}).`);
    checkTarget(problems, input.polarity, input.baseline, input.target);
    problems.throwIfAny();

    const { indicatorId } = await idempotent(context, { key: idempotencyKey, operation: 'addIndicator', input: { outcomeId, ...input }, officerId: context.identity.officerId }, async (trx) => {
      await authorise(trx, context, 'addIndicator', outcomeId);
      const indicatorId = newReference('IND');
      await trx
        .insertInto('indicators')
        .values({
          indicator_id: indicatorId,
          outcome_id: outcomeId,
          agency_id: input.agencyId,
          measure: input.measure,
          name: input.name?.trim() || measure!.name,
          unit: measure!.unit,
          polarity: input.polarity,
          granularity: input.granularity,
          baseline: input.baseline,
          baseline_period: input.baselinePeriod,
          target: input.target,
          target_date: input.targetDate,
        })
        .execute();
      return { indicatorId };
    });
    return loadIndicator(context, indicatorId);
  }

  @Mutation(() => Indicator, { description: "Changes an indicator's target and target date; the target must still improve on the baseline." })
  async setIndicatorTarget(
    @Arg('indicatorId', () => ID) indicatorId: string,
    @Arg('target', () => Float) target: number,
    @Arg('targetDate', () => String, { description: 'YYYY-MM-DD' }) targetDate: string,
    @Arg('idempotencyKey', () => String, idempotencyKeyArg) idempotencyKey: string,
    @Ctx() context: PartnershipContext,
  ): Promise<Indicator> {
    requireRoleFor(context, 'setIndicatorTarget');
    const problems = new InputProblems().idempotencyKey(idempotencyKey);
    const indicator = await loadIndicator(context, indicatorId);
    const outcome = await loadOutcome(context, indicator.outcomeId);
    if (problems.date('targetDate', targetDate)) {
      problems.check(targetDate.slice(0, 7) > indicator.baselinePeriod, 'targetDate', '`targetDate` must be after the baseline period.');
      problems.check(targetDate <= outcome.targetDate, 'targetDate', `\`targetDate\` must be on or before the outcome's own target date (${outcome.targetDate}).`);
    }
    checkTarget(problems, indicator.polarity, indicator.baseline, target);
    problems.throwIfAny();
    await idempotent(context, { key: idempotencyKey, operation: 'setIndicatorTarget', input: { indicatorId, target, targetDate }, officerId: context.identity.officerId }, async (trx) => {
      await authorise(trx, context, 'setIndicatorTarget', indicatorId);
      await trx.updateTable('indicators').set({ target, target_date: targetDate }).where('indicator_id', '=', indicatorId).execute();
      return { indicatorId };
    });
    // The indicator was read above, before its target changed.
    context.loaders.get(indicatorById).clear(indicatorId);
    return loadIndicator(context, indicatorId);
  }
}
