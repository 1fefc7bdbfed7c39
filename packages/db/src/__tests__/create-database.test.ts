import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql, type Migration } from 'kysely';
import { createDatabase, migrateToLatest, type AgencyDatabase } from '../index.js';
import { testDatabaseOptions, type TestDatabaseOptions } from '../test-database.js';

interface Tables {
  note: { id: number; body: string; written_on: string; amount: string };
}

const migrations: Record<string, Migration> = {
  '0001-note': {
    up: async (db) => {
      await db.schema
        .createTable('note')
        .addColumn('id', 'integer', (column) => column.primaryKey())
        .addColumn('body', 'text', (column) => column.notNull())
        .addColumn('written_on', 'date', (column) => column.notNull())
        .addColumn('amount', 'numeric', (column) => column.notNull())
        .execute();
    },
  },
};

describe('createDatabase', () => {
  let alpha: AgencyDatabase<Tables>;
  let beta: AgencyDatabase<Tables>;
  let shared: TestDatabaseOptions;

  beforeAll(async () => {
    shared = await testDatabaseOptions('db-package');
    alpha = await createDatabase<Tables>({ ...shared, schema: 'alpha' });
    beta = await createDatabase<Tables>({ ...shared, schema: 'beta' });
    await migrateToLatest(alpha.db, 'alpha', migrations);
    await migrateToLatest(beta.db, 'beta', migrations);
  });

  afterAll(async () => {
    await alpha?.destroy();
    await beta?.destroy();
    await shared?.drop();
  });

  it('keeps each agency in its own schema', async () => {
    await alpha.db.insertInto('note').values({ id: 1, body: 'alpha', written_on: '2024-03-01', amount: '1.5' }).execute();
    await beta.db.insertInto('note').values({ id: 1, body: 'beta', written_on: '2024-03-02', amount: '2' }).execute();
    const [fromAlpha] = await alpha.db.selectFrom('note').selectAll().execute();
    const [fromBeta] = await beta.db.selectFrom('note').selectAll().execute();
    expect(fromAlpha.body).toBe('alpha');
    expect(fromBeta.body).toBe('beta');
  });

  it('returns dates as ISO text and numbers as numbers on either engine', async () => {
    const row = await alpha.db
      .selectFrom('note')
      .select(['written_on', 'amount', sql<number>`count(*) over ()`.as('total')])
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ written_on: '2024-03-01', amount: 1.5, total: 1 });
  });

  it('runs migrations once', async () => {
    expect(await migrateToLatest(alpha.db, 'alpha', migrations)).toEqual([]);
  });

  it('never lets a concurrent query into another transaction', async () => {
    const inside = alpha.db.transaction().execute(async (trx) => {
      await trx.insertInto('note').values({ id: 2, body: 'pending', written_on: '2024-03-03', amount: '0' }).execute();
      await new Promise((resolve) => setTimeout(resolve, 50));
      throw new Error('roll back');
    });
    const outside = beta.db.selectFrom('note').select('body').execute();
    await expect(inside).rejects.toThrow('roll back');
    await outside;
    const rows = await alpha.db.selectFrom('note').select('id').execute();
    expect(rows.map((row) => row.id)).toEqual([1]);
  });

  it('counts the statements each database runs', async () => {
    alpha.statements.reset();
    await alpha.db.selectFrom('note').selectAll().execute();
    await alpha.db.selectFrom('note').selectAll().execute();
    expect(alpha.statements.count).toBe(2);
  });
});
