import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { createDatabase, limitStatementTime, type AgencyDatabase } from '../index.js';
import { testDatabaseOptions, type TestDatabaseOptions } from '../test-database.js';

describe('limitStatementTime', () => {
  let database: AgencyDatabase<Record<string, never>>;
  let options: TestDatabaseOptions;

  beforeAll(async () => {
    options = await testDatabaseOptions('statement-timeout');
    database = await createDatabase({ ...options, schema: 'timeout' });
  });
  afterAll(async () => {
    await database?.destroy();
    await options?.drop();
  });

  it('sets statement_timeout for the transaction only', async () => {
    const inside = await database.db.transaction().execute(async (trx) => {
      await limitStatementTime(trx, 1234);
      return (await sql<{ statement_timeout: string }>`show statement_timeout`.execute(trx)).rows[0].statement_timeout;
    });
    expect(inside).toBe('1234ms');
    const after = (await sql<{ statement_timeout: string }>`show statement_timeout`.execute(database.db)).rows[0].statement_timeout;
    expect(after).toBe('0');
  });

  it('cancels a statement that runs past it on PostgreSQL; PGlite, which cannot interrupt itself, lets it finish', async () => {
    const started = Date.now();
    const outcome = await database.db
      .transaction()
      .execute(async (trx) => {
        await limitStatementTime(trx, 100);
        await sql`select pg_sleep(${options.engine === 'postgres' ? 5 : 0.3})`.execute(trx);
        return 'finished';
      })
      .catch((error: Error & { code?: string }) => error.code);
    if (options.engine === 'postgres') {
      expect(outcome).toBe('57014');
      expect(Date.now() - started).toBeLessThan(2000);
    } else {
      expect(outcome).toBe('finished');
    }
  });
});

describe('statementTimeoutMs', () => {
  let bounded: AgencyDatabase<Record<string, never>>;
  let options: TestDatabaseOptions;
  const sleep = (seconds: number) => sql`select pg_sleep(${seconds})`;
  const codeOf = (error: Error & { code?: string }) => error.code;

  beforeAll(async () => {
    options = await testDatabaseOptions('statement-timeout-pool');
    bounded = await createDatabase({ ...options, schema: 'timeout', statementTimeoutMs: 200 });
  });
  afterAll(async () => {
    await bounded?.destroy();
    await options?.drop();
  });

  it('cancels a statement outside any transaction on PostgreSQL; PGlite, which cannot interrupt itself, lets it finish', async () => {
    const started = Date.now();
    const outcome = await sleep(options.engine === 'postgres' ? 5 : 0.3)
      .execute(bounded.db)
      .then(() => 'finished', codeOf);
    if (options.engine === 'postgres') {
      expect(outcome).toBe('57014');
      expect(Date.now() - started).toBeLessThan(2000);
    } else {
      expect(outcome).toBe('finished');
    }
  });

  it('lets long work lift the bound on its own connection or transaction, and only there', async () => {
    // As a linkage run does on the one connection it holds.
    const onConnection = await bounded.db.connection().execute(async (connection) => {
      await sql`select set_config('statement_timeout', '0', false)`.execute(connection);
      try {
        await sleep(0.4).execute(connection);
        return 'finished';
      } finally {
        await sql`reset statement_timeout`.execute(connection);
      }
    });
    expect(onConnection).toBe('finished');
    // As storing encodings and rewriting the person index do in their transaction.
    const inTransaction = await bounded.db.transaction().execute(async (trx) => {
      await sql`select set_config('statement_timeout', '0', true)`.execute(trx);
      await sleep(0.4).execute(trx);
      return 'finished';
    });
    expect(inTransaction).toBe('finished');
    // Every connection of the pool (those two included) is bounded again.
    const shown = await Promise.all(
      [1, 2, 3].map(() => bounded.db.connection().execute(async (connection) => (await sql<{ statement_timeout: string }>`show statement_timeout`.execute(connection)).rows[0].statement_timeout)),
    );
    expect(shown).toEqual(options.engine === 'postgres' ? ['200ms', '200ms', '200ms'] : ['0', '0', '0']);
    if (options.engine === 'postgres') expect(await sleep(0.4).execute(bounded.db).then(() => 'finished', codeOf)).toBe('57014');
  });
});

describe('idleTimeoutMs', () => {
  let options: TestDatabaseOptions;
  const opened: AgencyDatabase<Record<string, never>>[] = [];
  const backendOf = async (database: AgencyDatabase<Record<string, never>>) =>
    (await sql<{ pid: number }>`select pg_backend_pid() as pid`.execute(database.db)).rows[0].pid;
  /** Whether the server still has the backend, asked on a connection of its own. */
  const alive = async (pid: number) => {
    const probe = await createDatabase<Record<string, never>>({ ...options, schema: 'timeout' });
    try {
      return (await sql<{ alive: boolean }>`select exists (select 1 from pg_stat_activity where pid = ${pid}) as alive`.execute(probe.db)).rows[0].alive;
    } finally {
      await probe.destroy();
    }
  };

  beforeAll(async () => {
    options = await testDatabaseOptions('idle-timeout-pool');
  });
  afterAll(async () => {
    for (const database of opened) await database.destroy();
    await options?.drop();
  });

  it('closes an idle PostgreSQL connection after it, and keeps it until then; PGlite, one connection in process, ignores it', async () => {
    if (options.engine !== 'postgres') {
      const embedded = await createDatabase<Record<string, never>>({ ...options, schema: 'timeout', idleTimeoutMs: 300 });
      opened.push(embedded);
      await new Promise((resolve) => setTimeout(resolve, 500));
      expect((await sql<{ one: number }>`select 1 as one`.execute(embedded.db)).rows[0].one).toBe(1);
      return;
    }
    const brief = await createDatabase<Record<string, never>>({ ...options, schema: 'timeout', idleTimeoutMs: 300 });
    const kept = await createDatabase<Record<string, never>>({ ...options, schema: 'timeout', idleTimeoutMs: 60_000 });
    opened.push(brief, kept);
    const [briefPid, keptPid] = [await backendOf(brief), await backendOf(kept)];
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(await alive(briefPid)).toBe(false);
    expect(await alive(keptPid)).toBe(true);
    // The kept connection is the one the next statement runs on: nothing was reopened.
    expect(await backendOf(kept)).toBe(keptPid);
  });
});
