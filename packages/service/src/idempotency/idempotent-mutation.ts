import { createHash } from 'node:crypto';
import type { Generated, Kysely, Transaction } from 'kysely';
import { limitStatementTime } from '@joined-up/db';
import { conflict, remainingMs } from '@joined-up/federation';

/** The table every subgraph with resendable mutations keeps (created by its own migrations). */
export interface IdempotencyTables {
  idempotency_keys: {
    idempotency_key: string;
    operation: string;
    request_hash: string;
    officer_id: string;
    result: unknown;
    created_at: Generated<Date>;
  };
}

/**
 * Runs a write once per idempotency key. The write and the key are committed
 * in one transaction, so a client that resends after a timeout gets the first
 * result back and nothing is written twice. Reusing a key for a different
 * request (another operation, other input, another officer) is refused with
 * CONFLICT rather than silently returning the wrong result. Every statement
 * of the write may use only what is left of the request's time budget.
 */
export async function idempotent<DB extends IdempotencyTables, Result>(
  context: { db: Kysely<DB>; deadline: number },
  request: { key: string; operation: string; input: unknown; officerId: string },
  write: (trx: Transaction<DB>) => Promise<Result>,
): Promise<Result> {
  // The key table is the only one this function names; the write sees the subgraph's own.
  const db = context.db as unknown as Kysely<IdempotencyTables>;
  const requestHash = createHash('sha256').update(JSON.stringify([request.operation, request.officerId, request.input])).digest('hex');
  const previous = await replay<Result>(db, request, requestHash);
  if (previous.found) return previous.result;
  try {
    return await context.db.transaction().execute(async (trx) => {
      await limitStatementTime(trx, remainingMs(context.deadline));
      const result = await write(trx);
      await (trx as unknown as Transaction<IdempotencyTables>)
        .insertInto('idempotency_keys')
        .values({ idempotency_key: request.key, operation: request.operation, request_hash: requestHash, officer_id: request.officerId, result: JSON.stringify(result ?? null) })
        .execute();
      return result;
    });
  } catch (error) {
    // A resend racing the first request waits for it and then fails: on the key
    // itself (a unique violation), or on a rule the first request's write now
    // breaks ("one basket per participant per round"). Either way, if the first
    // request committed under this key, its result is the answer to both.
    const concurrent = await replay<Result>(db, request, requestHash);
    if (concurrent.found) return concurrent.result;
    throw error;
  }
}

async function replay<Result>(
  db: Kysely<IdempotencyTables>,
  request: { key: string; operation: string },
  requestHash: string,
): Promise<{ found: true; result: Result } | { found: false }> {
  const row = await db.selectFrom('idempotency_keys').selectAll().where('idempotency_key', '=', request.key).executeTakeFirst();
  if (!row) return { found: false };
  if (row.operation !== request.operation || row.request_hash !== requestHash) {
    throw conflict(`The idempotency key "${request.key}" was already used for a different request. Use a new key for a new request.`, {
      argument: 'idempotencyKey',
    });
  }
  const stored = typeof row.result === 'string' ? JSON.parse(row.result) : row.result;
  return { found: true, result: stored as Result };
}
