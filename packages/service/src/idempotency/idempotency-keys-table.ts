import { sql, type Kysely } from 'kysely';

/**
 * Creates `idempotency_keys` (the `IdempotencyTables` row) in a subgraph's
 * migration: one definition for every subgraph with resendable mutations,
 * so `idempotent()` finds the same columns everywhere.
 */
export async function createIdempotencyKeysTable(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('idempotency_keys')
    .addColumn('idempotency_key', 'text', (column) => column.primaryKey())
    .addColumn('operation', 'text', (column) => column.notNull())
    .addColumn('request_hash', 'text', (column) => column.notNull())
    .addColumn('officer_id', 'text', (column) => column.notNull())
    .addColumn('result', 'jsonb', (column) => column.notNull())
    .addColumn('created_at', 'timestamptz', (column) => column.notNull().defaultTo(sql`now()`))
    .execute();
}
