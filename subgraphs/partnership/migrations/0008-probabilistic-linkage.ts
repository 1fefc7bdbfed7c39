import { sql, type Kysely } from 'kysely';
import { createLinkageTables } from '@joined-up/linkage';

/**
 * Probabilistic linkage replaces exact matching: the agencies now send Bloom
 * filter encodings and keyed blocking keys (kept in the linkage tables), and
 * each person carries the month of birth and local authority most of their
 * records agree on, for age- and area-banded cohorts.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('linkage_tokens').execute();
  await createLinkageTables(db);
  await db.schema
    .alterTable('people')
    .addColumn('birth_month', 'text')
    .addColumn('local_authority_code', 'text')
    .execute();
  await sql`create index people_cohort on people (local_authority_code, birth_month)`.execute(db);
}
