import type { Kysely } from 'kysely';
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

/** The people known to the most agencies, most first (ties by id, so the choice is stable). */
export async function mostKnownPersonIds(partnership: Kysely<any>, limit: number): Promise<string[]> {
  const rows = await partnership
    .selectFrom('person_records')
    .select('person_id')
    .groupBy('person_id')
    .orderBy((eb) => eb.fn.count('agency_id').distinct(), 'desc')
    .orderBy('person_id')
    .limit(limit)
    .execute();
  return rows.map((row) => row.person_id as string);
}

/** The one person known to the most agencies: the README's caseworker query asks for one by `$id`. */
export async function mostKnownPersonId(partnership: Kysely<any>): Promise<string> {
  const [id] = await mostKnownPersonIds(partnership, 1);
  if (!id) throw new Error('The person index is empty: link the agencies first.');
  return id;
}

/** `mostKnownPersonIds` of a running test federation's partnership. */
export function peopleKnownMost(federation: TestFederation, limit: number): Promise<string[]> {
  return mostKnownPersonIds(federation.subgraphs.get('partnership')!.database.db, limit);
}
