import type { Kysely } from 'kysely';
import { insertRows } from '@joined-up/db';
import type { Population } from '@joined-up/synthetic';
import type { ProbationTables } from '../src/tables.js';
import { probationRecords } from './probation-records.js';

/** Loads the probation service's view of the synthetic population, all or nothing; cases first, as orders refer to them. */
export async function seedProbation(db: Kysely<ProbationTables>, population: Population): Promise<void> {
  const records = probationRecords(population);
  await db.transaction().execute(async (trx) => {
    await insertRows(trx, 'probation_cases', records.cases);
    await insertRows(trx, 'supervision_orders', records.orders);
    await insertRows(trx, 'order_requirements', records.requirements);
  });
}
