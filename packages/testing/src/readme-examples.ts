import { readFileSync } from 'node:fs';
import type { Kysely } from 'kysely';

/** Every ```graphql block of the README, so the documented queries stay true. */
export function readmeExamples(): string[] {
  const readme = readFileSync(new URL('../../../README.md', import.meta.url), 'utf8');
  return [...readme.matchAll(/```graphql\n([\s\S]*?)```/g)].map((match) => match[1]);
}

/** The people known to the most agencies, most first (ties by id): the README's caseworker query asks for one by `$id`. */
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

/** The one person known to the most agencies. */
export async function mostKnownPersonId(partnership: Kysely<any>): Promise<string> {
  const [id] = await mostKnownPersonIds(partnership, 1);
  if (!id) throw new Error('The person index is empty: link the agencies first.');
  return id;
}
