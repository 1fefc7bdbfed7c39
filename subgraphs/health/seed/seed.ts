import type { Kysely } from 'kysely';
import { insertRows } from '@joined-up/db';
import type { Population } from '@joined-up/synthetic';
import type { HealthTables } from '../src/tables.js';

/** Loads the health agency's view of the synthetic population, all or nothing. */
export async function seedHealth(db: Kysely<HealthTables>, population: Population): Promise<void> {
  const records = population.records('health');
  await db.transaction().execute(async (trx) => {
    await insertRows(trx, 'patients', records.patients);
    await insertRows(trx, 'ae_attendances', records.aeAttendances);
    await insertRows(trx, 'admissions', records.admissions);
    await insertRows(trx, 'camhs_referrals', records.camhsReferrals);
  });
}
