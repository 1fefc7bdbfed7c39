import { sql, type Transaction } from 'kysely';
import { idempotent, idempotencyKeyArg } from '@joined-up/service';
import { Arg, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import { conflict, notFound } from '@joined-up/federation';
import type { PartnershipContext } from '../../context.js';
import type { PartnershipTables } from '../../tables.js';
import { authorise, requireRoleFor } from '../../authorisation/authority.js';
import { checkIdempotencyKey } from '../../idempotency/idempotency-key.js';
import { accountabilitiesByOutcome, loadOutcome } from '../outcome/outcome.loaders.js';
import { Outcome } from '../outcome/outcome.type.js';
import { conflictOnDuplicate } from '../../validation/conflict-on-duplicate.js';
import { InputProblems } from '../../validation/input-problems.js';

async function officerExists(context: PartnershipContext, officerId: string): Promise<void> {
  const officer = await context.db.selectFrom('officers').select('officer_id').where('officer_id', '=', officerId).executeTakeFirst();
  if (!officer) throw notFound(`No officer has id "${officerId}".`, { argument: 'officerId' });
}

@Resolver(() => Outcome)
export class AccountabilityMutations {
  @Mutation(() => Outcome, {
    description: 'Names the one officer accountable for an outcome that has none. An outcome already led is refused with CONFLICT: use reassignLead.',
  })
  async assignLead(
    @Arg('outcomeId', () => ID) outcomeId: string,
    @Arg('officerId', () => ID) officerId: string,
    @Arg('idempotencyKey', () => String, idempotencyKeyArg) idempotencyKey: string,
    @Ctx() context: PartnershipContext,
  ): Promise<Outcome> {
    requireRoleFor(context, 'assignLead');
    checkIdempotencyKey(idempotencyKey);
    await loadOutcome(context, outcomeId);
    await officerExists(context, officerId);
    // Two requests racing past the check meet the database's one-current-lead index instead.
    await conflictOnDuplicate(alreadyLed(outcomeId), () =>
      idempotent(context, { key: idempotencyKey, operation: 'assignLead', input: { outcomeId, officerId }, officerId: context.identity.officerId }, async (trx) => {
        await authorise(trx, context, 'assignLead', outcomeId);
        const current = await trx.selectFrom('accountabilities').select('officer_id').where('outcome_id', '=', outcomeId).where('held_until', 'is', null).executeTakeFirst();
        if (current) throw alreadyLed(outcomeId, current.officer_id);
        await trx.insertInto('accountabilities').values({ outcome_id: outcomeId, officer_id: officerId, assigned_by: context.identity.officerId }).execute();
        return { outcomeId };
      }),
    );
    context.loaders.get(accountabilitiesByOutcome).clear(outcomeId);
    return loadOutcome(context, outcomeId);
  }

  @Mutation(() => Outcome, {
    description: "Hands an outcome to a new accountable lead in one step: the current lead's accountability ends and the new one's begins at the same moment; the history keeps both.",
  })
  async reassignLead(
    @Arg('outcomeId', () => ID) outcomeId: string,
    @Arg('officerId', () => ID) officerId: string,
    @Arg('reason', () => String, { description: 'Why the lead changes (required, at most 2,000 characters); kept in the history.' }) reason: string,
    @Arg('idempotencyKey', () => String, idempotencyKeyArg) idempotencyKey: string,
    @Ctx() context: PartnershipContext,
  ): Promise<Outcome> {
    requireRoleFor(context, 'reassignLead');
    const problems = new InputProblems().idempotencyKey(idempotencyKey);
    const why = problems.text('reason', reason, 2000)!;
    problems.throwIfAny();
    await loadOutcome(context, outcomeId);
    await officerExists(context, officerId);
    const handover = async (trx: Transaction<PartnershipTables>) => {
      await authorise(trx, context, 'reassignLead', outcomeId);
      // The database's clock when the row is ended, not this process's when it
      // began: a handover that waited for a concurrent one ends the lead that
      // one started after its own clock was read, and must not end it before it began.
      const ended = await trx
        .updateTable('accountabilities')
        // Whole milliseconds, so the next lead can start at exactly the same instant as a JavaScript Date.
        .set({ held_until: sql<Date>`date_trunc('milliseconds', clock_timestamp())` })
        .where('outcome_id', '=', outcomeId)
        .where('held_until', 'is', null)
        .returning(['officer_id', 'held_until'])
        .executeTakeFirst();
      if (ended?.officer_id === officerId) throw conflict(`${officerId} already leads outcome ${outcomeId}.`);
      await trx
        .insertInto('accountabilities')
        .values({ outcome_id: outcomeId, officer_id: officerId, held_from: ended?.held_until ?? sql<Date>`clock_timestamp()`, assigned_by: context.identity.officerId, reason: why })
        .execute();
      return { outcomeId };
    };
    // A concurrent handover of the same outcome commits first; this one then meets the one-current-lead index.
    await conflictOnDuplicate(`Outcome ${outcomeId} was handed to another lead at the same moment; read it again and retry if still needed.`, () =>
      idempotent(context, { key: idempotencyKey, operation: 'reassignLead', input: { outcomeId, officerId, reason }, officerId: context.identity.officerId }, handover),
    );
    context.loaders.get(accountabilitiesByOutcome).clear(outcomeId);
    return loadOutcome(context, outcomeId);
  }
}

function alreadyLed(outcomeId: string, officerId?: string) {
  return conflict(`Outcome ${outcomeId} already has an accountable lead${officerId ? ` (${officerId})` : ''}: one-point responsibility allows one. Use reassignLead to hand it over.`, {
    argument: 'officerId',
  });
}
