import type { Kysely } from 'kysely';
import { dropLinkageTables } from '@joined-up/linkage';

/**
 * The person index moved to its own subgraph and database
 * (`subgraphs/person-index`). Its two migrations keep their names here, doing
 * nothing, because a database that ran them must still find them in the
 * history; a new database never creates the index's tables in this schema.
 */
export async function up(): Promise<void> {}

/**
 * Drops what a database migrated before the move still holds of the index:
 * who is known to which agency no longer lives beside the outcomes. The
 * person index links the agencies' records again on its first start.
 */
export async function dropLeftovers(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('person_records').ifExists().execute();
  await db.schema.dropTable('people').ifExists().execute();
  await dropLinkageTables(db);
}
