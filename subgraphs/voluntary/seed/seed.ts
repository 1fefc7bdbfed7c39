import type { Kysely } from 'kysely';
import { insertRows } from '@joined-up/db';
import type { Population } from '@joined-up/synthetic';
import type { VoluntaryTables } from '../src/tables.js';

/** Loads the voluntary sector's view of the synthetic population, all or nothing. */
export async function seedVoluntary(db: Kysely<VoluntaryTables>, population: Population): Promise<void> {
  const records = population.records('voluntary');
  await db.transaction().execute(async (trx) => {
    await insertRows(trx, 'organisations', records.organisations);
    await insertRows(trx, 'services', records.services);
    await insertRows(trx, 'clients', records.clients);
    await insertRows(trx, 'service_referrals', records.referrals);
    await insertRows(trx, 'participation', records.participation);
  });
}
