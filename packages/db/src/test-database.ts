import { randomBytes } from 'node:crypto';
import pg from 'pg';
import type { DatabaseTargetOptions } from './database-target.js';

/**
 * The one switch between the two engines every test runs against, as Kysely's
 * own suite does: with `JOINED_UP_TEST_POSTGRES_URL` set (CI sets it), each
 * test file gets a fresh database on that server, dropped when the process
 * exits; without it, a fresh in-memory PGlite.
 */
export const TEST_POSTGRES_URL_VARIABLE = 'JOINED_UP_TEST_POSTGRES_URL';

export type TestDatabaseOptions = Pick<DatabaseTargetOptions, 'env' | 'memoryName'> & {
  /** The engine in use, to print in test names and benchmark reports. */
  engine: 'postgres' | 'pglite';
  /** Removes the database (PostgreSQL only; PGlite vanishes with the process). */
  drop(): Promise<void>;
};

export async function testDatabaseOptions(label: string): Promise<TestDatabaseOptions> {
  const serverUrl = process.env[TEST_POSTGRES_URL_VARIABLE];
  const unique = `${label.replace(/[^a-z0-9]+/gi, '_').toLowerCase()}_${randomBytes(4).toString('hex')}`;
  if (!serverUrl) {
    return { engine: 'pglite', memoryName: unique, env: {}, drop: async () => {} };
  }
  const name = `joined_up_test_${unique}`.slice(0, 63);
  await withAdminClient(serverUrl, (client) => client.query(`create database "${name}"`));
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    engine: 'postgres',
    env: { DATABASE_URL: url.toString() },
    drop: () =>
      withAdminClient(serverUrl, (client) => client.query(`drop database if exists "${name}" with (force)`)).then(() => undefined),
  };
}

async function withAdminClient<T>(serverUrl: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}
