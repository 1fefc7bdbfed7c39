import type { TestFederation } from './test-federation.js';

/** The first person (by partnership id) whom all five delivering agencies know. */
export async function personKnownEverywhere(federation: TestFederation): Promise<string> {
  const db = federation.subgraphs.get('partnership')!.database.db;
  const { person_id } = await db
    .selectFrom('person_records')
    .select('person_id')
    .groupBy('person_id')
    .having((eb) => eb.fn.count('agency_id').distinct(), '=', 5)
    .orderBy('person_id')
    .limit(1)
    .executeTakeFirstOrThrow();
  return person_id;
}

/** The `limit` people known to the most agencies, by partnership id (ties by id, so the choice is stable). */
export async function peopleKnownMost(federation: TestFederation, limit: number): Promise<string[]> {
  const rows = await federation.subgraphs
    .get('partnership')!
    .database.db.selectFrom('person_records')
    .select('person_id')
    .groupBy('person_id')
    .orderBy((eb) => eb.fn.count('agency_id').distinct(), 'desc')
    .orderBy('person_id')
    .limit(limit)
    .execute();
  return rows.map((row) => row.person_id);
}
