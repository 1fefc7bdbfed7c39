import { AsyncLocalStorage } from 'node:async_hooks';
import type { Kysely } from 'kysely';

/** Who is told about rows inserted in this async context (a seed's progress bar), if anyone. */
const rowsInserted = new AsyncLocalStorage<(count: number) => void>();

/**
 * Runs `work`, telling `onRows` how many rows each `insertRows` batch inside
 * it wrote. Seeds stay unaware of progress reporting: whoever runs them asks.
 */
export function countingInsertedRows<T>(onRows: (count: number) => void, work: () => Promise<T>): Promise<T> {
  return rowsInserted.run(onRows, work);
}

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
    const batch = rows.slice(start, start + batchSize);
    await db
      .insertInto(table)
      .values(batch as never)
      .execute();
    rowsInserted.getStore()?.(batch.length);
  }
}
