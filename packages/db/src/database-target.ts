import path from 'node:path';

/** Where one agency's data lives. */
export type DatabaseTarget =
  | { kind: 'postgres'; connectionString: string; schema: string }
  | { kind: 'pglite'; dataDir: string | undefined; memoryName?: string; memoryImage?: Blob; schema: string };

export interface DatabaseTargetOptions {
  /** The agency's schema, which is also its name: `health`, `police`, ... */
  schema: string;
  /** Environment to read connection strings from; defaults to `process.env`. */
  env?: NodeJS.ProcessEnv;
  /** Directory for the embedded database when no connection string is set. */
  dataDir?: string;
  /** Use an in-memory embedded database shared under this name (tests). */
  memoryName?: string;
  /**
   * The data directory the in-memory database starts from, as PGlite's
   * `dumpDataDir` wrote it: tests clone one seeded database rather than
   * migrating and seeding their own.
   */
  memoryImage?: Blob;
}

/**
 * Picks the database for an agency.
 *
 * `<AGENCY>_DATABASE_URL` (e.g. `HEALTH_DATABASE_URL`) wins, as when every
 * agency runs its own PostgreSQL; `DATABASE_URL` is the fallback, shared by
 * agencies that each keep to their own schema. With neither, the agency uses
 * the embedded PGlite, on disk under `JOINED_UP_DATA_DIR` (default `.data/`)
 * or in memory when a memory name is given.
 */
export function resolveDatabaseTarget(options: DatabaseTargetOptions): DatabaseTarget {
  const env = options.env ?? process.env;
  const { schema } = options;
  const connectionString = env[`${schema.toUpperCase()}_DATABASE_URL`] || env.DATABASE_URL;
  if (connectionString) return { kind: 'postgres', connectionString, schema };
  if (options.memoryName) return { kind: 'pglite', dataDir: undefined, memoryName: options.memoryName, memoryImage: options.memoryImage, schema };
  const dataDir = options.dataDir ?? path.resolve(env.JOINED_UP_DATA_DIR || '.data', 'pglite');
  return { kind: 'pglite', dataDir, schema };
}

/** A connection string with the password hidden, for logs. */
export function describeTarget(target: DatabaseTarget): string {
  if (target.kind === 'pglite') {
    return `embedded PGlite ${target.dataDir ?? `in memory (${target.memoryName})`}, schema ${target.schema}`;
  }
  const url = new URL(target.connectionString);
  if (url.password) url.password = '***';
  return `PostgreSQL ${url.toString()}, schema ${target.schema}`;
}
