import type { Kysely } from 'kysely';

/**
 * Gives each saved pair the level of who else holds its full name and date
 * of birth (`applyIdentityFrequency`: 0 only the pair's two records … 3 other
 * people too), null where no level applied. `explainPair` reads it back: the
 * level depends on the run's first-pass groups, which are not kept, and the
 * pair's other steps are recomputed from today's encodings, so the level
 * cannot be recovered from the saved weight once an agency has sent or
 * withdrawn tokens.
 */
export async function addIdentityLevelToLinkagePairs(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('linkage_pairs').addColumn('identity_level', 'smallint').execute();
}
