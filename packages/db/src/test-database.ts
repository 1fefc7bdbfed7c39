import { randomBytes } from 'node:crypto';
import pg from 'pg';
import type { DatabaseTargetOptions } from './database-target.js';
import { dumpMemoryDatabase } from './pglite-host.js';

/**
 * The one switch between the two engines every test runs against, as Kysely's
 * own suite does: with `JOINED_UP_TEST_POSTGRES_URL` set (CI sets it), each
 * test file gets a fresh database on that server, dropped when the process
 * exits; without it, a fresh in-memory PGlite.
 */
export const TEST_POSTGRES_URL_VARIABLE = 'JOINED_UP_TEST_POSTGRES_URL';

export type TestDatabaseOptions = Pick<DatabaseTargetOptions, 'env' | 'memoryName' | 'memoryImage'> & {
  /** The engine in use, to print in test names and benchmark reports. */
  engine: 'postgres' | 'pglite';
  /**
   * This database's contents, for others to start from (`testDatabaseOptions`
   * with a seed): call once every connection is closed on PostgreSQL, before
   * the last one closes on PGlite (an in-memory database dies with it).
   */
  seed(): Promise<TestDatabaseSeed>;
  /** Removes the database (PostgreSQL only; PGlite vanishes with the process). */
  drop(): Promise<void>;
};

/**
 * A database to copy rather than migrate and seed again: on PostgreSQL a
 * database the server copies as a template, on PGlite a data directory image.
 */
export type TestDatabaseSeed = { engine: 'postgres'; template: string } | { engine: 'pglite'; image: Blob };

/** A fresh database for one test, empty or a copy of `seed`. */
export async function testDatabaseOptions(label: string, seed?: TestDatabaseSeed): Promise<TestDatabaseOptions> {
  const serverUrl = process.env[TEST_POSTGRES_URL_VARIABLE];
  const unique = `${label.replace(/[^a-z0-9]+/gi, '_').toLowerCase()}_${randomBytes(4).toString('hex')}`;
  if (seed && seed.engine !== (serverUrl ? 'postgres' : 'pglite')) {
    throw new Error(`A ${seed.engine} seed cannot start a database on the other engine: build the seed with ${TEST_POSTGRES_URL_VARIABLE} as it is now.`);
  }
  if (!serverUrl) {
    const memoryImage = seed?.engine === 'pglite' ? seed.image : undefined;
    return {
      engine: 'pglite',
      memoryName: unique,
      memoryImage,
      env: {},
      seed: async () => ({ engine: 'pglite', image: await dumpMemoryDatabase(unique) }),
      drop: async () => {},
    };
  }
  const name = `joined_up_test_${unique}`.slice(0, 63);
  const template = seed?.engine === 'postgres' ? ` template "${seed.template}"` : '';
  await withAdminClient(serverUrl, (client) => client.query(`create database "${name}"${template}`));
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    engine: 'postgres',
    env: { DATABASE_URL: url.toString() },
    seed: async () => ({ engine: 'postgres', template: name }),
    drop: () => dropDatabase(serverUrl, name),
  };
}

/** Drops a database `testDatabaseOptions` created on the test server (a seed, once no test needs it). */
export async function dropTestDatabase(name: string): Promise<void> {
  const serverUrl = process.env[TEST_POSTGRES_URL_VARIABLE];
  if (serverUrl) await dropDatabase(serverUrl, name);
}

async function dropDatabase(serverUrl: string, name: string): Promise<void> {
  await withAdminClient(serverUrl, (client) => client.query(`drop database if exists "${name}" with (force)`));
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
