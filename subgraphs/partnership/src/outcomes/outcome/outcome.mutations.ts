import type { Transaction } from 'kysely';
import { idempotent, idempotencyKeyArg } from '@joined-up/service';
import { Arg, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import { conflict, notFound } from '@joined-up/federation';
import type { PartnershipContext } from '../../context.js';
import type { PartnershipTables } from '../../tables.js';
import { authorise, requireRoleFor } from '../../authorisation/authority.js';
import { checkIdempotencyKey } from '../../idempotency/idempotency-key.js';
import { newReference } from '../../reference/new-reference.js';
import { conflictOnDuplicate } from '../../validation/conflict-on-duplicate.js';
import { InputProblems } from '../../validation/input-problems.js';
import { AssignRoleInput, ProposeOutcomeInput } from './outcome.inputs.js';
import { loadOutcome } from './outcome.loaders.js';
import { OutcomeRole, RoleKind } from './outcome-role.type.js';
import { Outcome } from './outcome.type.js';

@Resolver(() => Outcome)
export class OutcomeMutations {
  @Mutation(() => Outcome, { description: 'Proposes a shared outcome. It must then be given indicators, roles and a lead, and be agreed.' })
  async proposeOutcome(
    @Arg('input', () => ProposeOutcomeInput) input: ProposeOutcomeInput,
    @Arg('idempotencyKey', () => String, idempotencyKeyArg) idempotencyKey: string,
    @Ctx() context: PartnershipContext,
  ): Promise<Outcome> {
    requireRoleFor(context, 'proposeOutcome');
    const problems = new InputProblems().idempotencyKey(idempotencyKey);
    problems.text('title', input.title, 200);
    problems.text('mischief', input.mischief);
    problems.text('description', input.description, 5000);
    problems.area('areaCode', input.areaCode);
    // Both dates are checked, so two bad dates are both reported.
    const startValid = problems.date('startDate', input.startDate);
    const targetValid = problems.date('targetDate', input.targetDate);
    if (startValid && targetValid) problems.check(input.startDate < input.targetDate, 'targetDate', '`targetDate` must be after `startDate`.');
    problems.throwIfAny();

    const { outcomeId } = await idempotent(context, { key: idempotencyKey, operation: 'proposeOutcome', input, officerId: context.identity.officerId }, async (trx) => {
      await authorise(trx, context, 'proposeOutcome');
      const outcomeId = newReference('OUT');
      await trx
        .insertInto('outcomes')
        .values({
          outcome_id: outcomeId,
          title: input.title.trim(),
          mischief: input.mischief.trim(),
          description: input.description.trim(),
          area_code: input.areaCode,
          start_date: input.startDate,
          target_date: input.targetDate,
          proposed_by: context.identity.officerId,
        })
        .execute();
      return { outcomeId };
    });
    return loadOutcome(context, outcomeId);
  }

  @Mutation(() => Outcome, {
    description: 'Records that the partnership has agreed an outcome. It needs an accountable lead, a lead agency and at least one indicator first.',
  })
  async agreeOutcome(
    @Arg('outcomeId', () => ID) outcomeId: string,
    @Arg('idempotencyKey', () => String, idempotencyKeyArg) idempotencyKey: string,
    @Ctx() context: PartnershipContext,
  ): Promise<Outcome> {
    requireRoleFor(context, 'agreeOutcome');
    checkIdempotencyKey(idempotencyKey);
    await idempotent(context, { key: idempotencyKey, operation: 'agreeOutcome', input: { outcomeId }, officerId: context.identity.officerId }, async (trx) => {
      await authorise(trx, context, 'agreeOutcome', outcomeId);
      const outcome = await trx.selectFrom('outcomes').select(['stage']).where('outcome_id', '=', outcomeId).forUpdate().executeTakeFirst();
      if (!outcome) throw notFound(`No outcome has id "${outcomeId}".`, { argument: 'outcomeId' });
      if (outcome.stage !== 'proposed') throw conflict(`Outcome ${outcomeId} is already ${outcome.stage}.`);
      const [lead, leadAgency, indicator] = await Promise.all([
        trx.selectFrom('accountabilities').select('officer_id').where('outcome_id', '=', outcomeId).where('held_until', 'is', null).executeTakeFirst(),
        trx.selectFrom('outcome_roles').select('agency_id').where('outcome_id', '=', outcomeId).where('role', '=', 'LEAD').executeTakeFirst(),
        trx.selectFrom('indicators').select('indicator_id').where('outcome_id', '=', outcomeId).limit(1).executeTakeFirst(),
      ]);
      const problems = new InputProblems();
      problems.check(!!lead, 'outcomeId', 'The outcome has no accountable lead: assign one with assignLead.');
      problems.check(!!leadAgency, 'outcomeId', 'No agency leads the outcome: assign a LEAD role with assignRole.');
      problems.check(!!indicator, 'outcomeId', 'The outcome has no indicator: add one with addIndicator.');
      problems.throwIfAny();
      await trx.updateTable('outcomes').set({ stage: 'agreed', agreed_on: new Date().toISOString().slice(0, 10) }).where('outcome_id', '=', outcomeId).execute();
      return { outcomeId };
    });
    return loadOutcome(context, outcomeId);
  }

  @Mutation(() => OutcomeRole, {
    description: "Sets an agency's role and commitments on an outcome (replacing any it had). At most one agency leads: a second LEAD is refused with CONFLICT.",
  })
  async assignRole(
    @Arg('outcomeId', () => ID) outcomeId: string,
    @Arg('input', () => AssignRoleInput) input: AssignRoleInput,
    @Arg('idempotencyKey', () => String, idempotencyKeyArg) idempotencyKey: string,
    @Ctx() context: PartnershipContext,
  ): Promise<OutcomeRole> {
    requireRoleFor(context, 'assignRole');
    const problems = new InputProblems().idempotencyKey(idempotencyKey);
    problems.texts('commitments', input.commitments);
    problems.throwIfAny();
    await loadOutcome(context, outcomeId);
    const agency = await context.db.selectFrom('agencies').select('kind').where('agency_id', '=', input.agencyId).executeTakeFirst();
    if (!agency || agency.kind === 'centre') throw notFound(`No delivering agency has id "${input.agencyId}".`, { argument: 'agencyId' });

    const assign = async (trx: Transaction<PartnershipTables>) => {
      await authorise(trx, context, 'assignRole', outcomeId);
      if (input.role === RoleKind.LEAD) {
        const lead = await trx
          .selectFrom('outcome_roles')
          .select('agency_id')
          .where('outcome_id', '=', outcomeId)
          .where('role', '=', 'LEAD')
          .where('agency_id', '<>', input.agencyId)
          .executeTakeFirst();
        if (lead) throw conflict(`${lead.agency_id} already leads outcome ${outcomeId}; make it a contributor first.`, { leadAgency: lead.agency_id });
      }
      await trx
        .insertInto('outcome_roles')
        .values({ outcome_id: outcomeId, agency_id: input.agencyId, role: input.role, commitments: input.commitments.map((text) => text.trim()) })
        .onConflict((oc) => oc.columns(['outcome_id', 'agency_id']).doUpdateSet((eb) => ({ role: eb.ref('excluded.role'), commitments: eb.ref('excluded.commitments'), assigned_at: new Date() })))
        .execute();
      return { outcomeId };
    };
    // Two agencies made LEAD at the same moment both pass the check; the one-lead-agency index refuses the second.
    await conflictOnDuplicate(`Another agency was made lead of outcome ${outcomeId} at the same moment; read the roles again.`, () =>
      idempotent(context, { key: idempotencyKey, operation: 'assignRole', input: { outcomeId, ...input }, officerId: context.identity.officerId }, assign),
    );
    const row = await context.db.selectFrom('outcome_roles').selectAll().where('outcome_id', '=', outcomeId).where('agency_id', '=', input.agencyId).executeTakeFirstOrThrow();
    return Object.assign(new OutcomeRole(), {
      role: row.role as RoleKind,
      commitments: row.commitments,
      assignedAt: new Date(row.assigned_at).toISOString(),
      agencyId: row.agency_id,
      outcomeId: row.outcome_id,
    });
  }
}
