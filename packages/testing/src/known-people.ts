import type { Kysely } from 'kysely';
import { PERSON_INDEX } from '@joined-up/agencies';
import type { TestFederation } from './test-federation.js';

/** The person index's own database in a running test federation: who is known to which agency. */
export function personIndexDb(federation: Pick<TestFederation, 'subgraphs'>): Kysely<any> {
  return federation.subgraphs.get(PERSON_INDEX.id)!.database.db;
}

/** The first person (by partnership id) whom all five delivering agencies know. */
export async function personKnownEverywhere(federation: TestFederation): Promise<string> {
  const { person_id } = await personIndexDb(federation)
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
export async function mostKnownPersonIds(personIndex: Kysely<any>, limit: number): Promise<string[]> {
  const rows = await personIndex
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
export async function mostKnownPersonId(personIndex: Kysely<any>): Promise<string> {
  const [id] = await mostKnownPersonIds(personIndex, 1);
  if (!id) throw new Error('The person index is empty: link the agencies first.');
  return id;
}

/** `mostKnownPersonIds` of a running test federation's person index. */
export function peopleKnownMost(federation: TestFederation, limit: number): Promise<string[]> {
  return mostKnownPersonIds(personIndexDb(federation), limit);
}
