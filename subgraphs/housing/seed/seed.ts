import type { Kysely } from 'kysely';
import { insertRows } from '@joined-up/db';
import type { Population } from '@joined-up/synthetic';
import type { HousingTables } from '../src/tables.js';

/** Loads the housing agency's view of the synthetic population, all or nothing, parents before children. */
export async function seedHousing(db: Kysely<HousingTables>, population: Population): Promise<void> {
  const records = population.records('housing');
  await db.transaction().execute(async (trx) => {
    await insertRows(trx, 'households', records.households);
    await insertRows(trx, 'household_members', records.members);
    await insertRows(trx, 'tenancies', records.tenancies);
    await insertRows(trx, 'rent_arrears', records.arrears);
    await insertRows(trx, 'homelessness_applications', records.applications);
    await insertRows(trx, 'temporary_accommodation', records.temporaryAccommodation);
  });
}
