import type { Kysely } from 'kysely';
import { insertRows } from '@joined-up/db';
import type { Population } from '@joined-up/synthetic';
import type { EducationTables } from '../src/tables.js';

/** Loads the education agency's view of the synthetic population, all or nothing, parents before children. */
export async function seedEducation(db: Kysely<EducationTables>, population: Population): Promise<void> {
  const records = population.records('education');
  await db.transaction().execute(async (trx) => {
    await insertRows(trx, 'schools', records.schools);
    await insertRows(trx, 'pupils', records.pupils);
    await insertRows(trx, 'attendance', records.attendance);
    await insertRows(trx, 'exclusions', records.exclusions);
  });
}
