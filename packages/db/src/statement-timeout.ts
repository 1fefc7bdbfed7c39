import { sql, type Transaction } from 'kysely';

/**
 * Bounds every statement of a transaction to `milliseconds`, and only that
 * transaction (`set_config(…, true)` is `SET LOCAL`, which takes no bind
 * parameter): a request that has spent its time budget cannot keep a
 * connection busy for the requests queued behind it. PostgreSQL cancels the
 * statement (SQLSTATE 57014) and the transaction rolls back, audit entries
 * included. The embedded PGlite accepts the setting but runs one statement at
 * a time and cannot interrupt it. Statements outside such a transaction are
 * still bounded by the whole budget where the pool sets one
 * (`statementTimeoutMs` of `createDatabase`).
 */
export async function limitStatementTime<DB>(trx: Transaction<DB>, milliseconds: number): Promise<void> {
  await sql`select set_config('statement_timeout', ${String(Math.max(1, Math.ceil(milliseconds)))}, true)`.execute(trx);
}
