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
