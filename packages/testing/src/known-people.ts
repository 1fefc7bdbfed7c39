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
