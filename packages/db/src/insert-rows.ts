import type { Kysely } from 'kysely';

/** PostgreSQL accepts at most 65,535 bind parameters in one statement. */
const MAX_PARAMETERS = 60_000;

/**
 * Inserts many rows in as few statements as the protocol allows. Used by
 * seeds, which load tens of thousands of rows per table.
 */
export async function insertRows(db: Kysely<any>, table: string, rows: readonly object[]): Promise<void> {
  if (rows.length === 0) return;
  const columns = Object.keys(rows[0]).length;
  const batchSize = Math.max(1, Math.floor(MAX_PARAMETERS / Math.max(columns, 1)));
  for (let start = 0; start < rows.length; start += batchSize) {
    await db
      .insertInto(table)
      .values(rows.slice(start, start + batchSize) as never)
      .execute();
  }
}
