import { defineLoader, manyByKey, notFound, oneByKey } from '@joined-up/federation';
import type { Selectable } from 'kysely';
import type { PartnershipContext } from '../../context.js';
import type { PartnershipTables } from '../../tables.js';
import { Outcome, type OutcomeRecord } from './outcome.type.js';

export const outcomeById = defineLoader<PartnershipContext, string, OutcomeRecord | null>('outcomeById', async (ids, { db }) => {
  const rows = await db.selectFrom('outcomes').selectAll().where('outcome_id', 'in', ids).execute();
  return oneByKey(ids, rows, (row) => row.outcome_id);
});

export const rolesByOutcome = defineLoader<PartnershipContext, string, Selectable<PartnershipTables['outcome_roles']>[]>(
  'rolesByOutcome',
  async (ids, { db }) => {
    const rows = await db.selectFrom('outcome_roles').selectAll().where('outcome_id', 'in', ids).orderBy('role', 'desc').orderBy('agency_id').execute();
    return manyByKey(ids, rows, (row) => row.outcome_id);
  },
);

/** Every lead an outcome has had, newest first; the current one has no end. */
export const accountabilitiesByOutcome = defineLoader<PartnershipContext, string, Selectable<PartnershipTables['accountabilities']>[]>(
  'accountabilitiesByOutcome',
  async (ids, { db }) => {
    const rows = await db
      .selectFrom('accountabilities')
      .selectAll()
      .where('outcome_id', 'in', ids)
      .orderBy('held_from', 'desc')
      .orderBy('accountability_id', 'desc')
      .execute();
    return manyByKey(ids, rows, (row) => row.outcome_id);
  },
);

/** An outcome by id, or NOT_FOUND. */
export async function loadOutcome(context: PartnershipContext, id: string): Promise<Outcome> {
  const record = await context.loaders.load(outcomeById, id);
  if (!record) throw notFound(`No outcome has id "${id}". Ask \`outcomes\` for the list.`, { argument: 'id' });
  return Outcome.fromRecord(record);
}
