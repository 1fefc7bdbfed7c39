import type { Kysely } from 'kysely';
import { insertRows } from '@joined-up/db';
import type { Population } from '@joined-up/synthetic';
import type { PoliceTables } from '../src/tables.js';

/** Loads the police view of the synthetic population, all or nothing; nominals first, as the rest refer to them. */
export async function seedPolice(db: Kysely<PoliceTables>, population: Population): Promise<void> {
  const records = population.records('police');
  await db.transaction().execute(async (trx) => {
    await insertRows(trx, 'nominals', records.nominals);
    await insertRows(trx, 'offences', records.offences);
    await insertRows(trx, 'offence_involvements', records.involvements);
    await insertRows(trx, 'youth_justice_interventions', records.youthJustice);
  });
}
