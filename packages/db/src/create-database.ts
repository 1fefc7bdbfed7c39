import { Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import { resolveDatabaseTarget, describeTarget, type DatabaseTarget, type DatabaseTargetOptions } from './database-target.js';
import { PGliteDialect } from './pglite-dialect.js';
import { pgliteHost } from './pglite-host.js';
import { StatementCounter } from './statement-counter.js';
import { typeParsers } from './type-parsers.js';

/** A subgraph's handle on its own database. */
export interface AgencyDatabase<DB> {
  readonly db: Kysely<DB>;
  readonly target: DatabaseTarget;
  readonly statements: StatementCounter;
  /** Human-readable description of where the data lives (no secrets). */
  readonly description: string;
  destroy(): Promise<void>;
}

export interface CreateDatabaseOptions extends DatabaseTargetOptions {
  /** Maximum PostgreSQL connections for this agency (ignored for PGlite). */
  poolSize?: number;
  /**
   * Longest any one statement may run, in milliseconds, on every connection
   * of the pool (PostgreSQL's `statement_timeout`, cancelled with SQLSTATE
   * 57014). The handle a subgraph serves requests with sets it to the longest
   * request budget, so a read outside a bounded transaction still cannot keep
   * a connection busy past it; work legitimately longer (linkage runs) lifts
   * it with `set_config('statement_timeout', '0', …)` on its own connection or
   * transaction. Omitted, statements are unbounded (setup, command-line tools).
   * Ignored by the embedded PGlite, which cannot interrupt a statement.
   */
  statementTimeoutMs?: number;
  /**
   * How long a connection may sit idle in the pool before it is closed, in
   * milliseconds (PostgreSQL only); default pg's 10 s. A serving pool keeps
   * its connections longer: opening one again costs the service a start-up
   * exchange with the server, and traffic that pauses for a few seconds
   * would pay it over and over.
   */
  idleTimeoutMs?: number;
}

/**
 * The one way every subgraph opens its database. The agency's schema is
 * created if missing and set as the search path, so the subgraph's SQL never
 * names a schema and runs unchanged on its own PostgreSQL or a shared one.
 */
export async function createDatabase<DB>(options: CreateDatabaseOptions): Promise<AgencyDatabase<DB>> {
  const target = resolveDatabaseTarget(options);
  assertSchemaName(target.schema);
  const statements = new StatementCounter(target.schema);
  const dialect = target.kind === 'postgres' ? postgresDialect(target, options.poolSize ?? 10, options.statementTimeoutMs, options.idleTimeoutMs) : pgliteDialect(target);
  const db = new Kysely<DB>({ dialect, log: statements.record });
  await sql`create schema if not exists ${sql.id(target.schema)}`.execute(db);
  statements.reset();
  return {
    db,
    target,
    statements,
    description: describeTarget(target),
    destroy: () => db.destroy(),
  };
}

function postgresDialect(target: Extract<DatabaseTarget, { kind: 'postgres' }>, max: number, statementTimeoutMs: number | undefined, idleTimeoutMs: number | undefined) {
  const types = {
    getTypeParser: (oid: number, format?: string) =>
      typeParsers[oid] ?? (pg.types.getTypeParser as (oid: number, format?: string) => unknown)(oid, format),
  };
  const pool = new pg.Pool({
    connectionString: target.connectionString,
    max,
    types: types as pg.CustomTypesConfig,
    options: `-c search_path=${target.schema},public`,
    // Sent at connection start-up, so it is each session's default: `reset statement_timeout` returns to it.
    ...(statementTimeoutMs === undefined ? {} : { statement_timeout: statementTimeoutMs }),
    ...(idleTimeoutMs === undefined ? {} : { idleTimeoutMillis: idleTimeoutMs }),
  });
  // An idle connection can be closed by the server (a restart, a dropped test
  // database); without a listener the pool's 'error' event would crash the
  // process. The pool replaces the connection on next use.
  const lost = (error: Error & { code?: string }) => {
    if (error.code !== ADMIN_SHUTDOWN) console.error(`PostgreSQL connection for ${target.schema} lost: ${error.message}`);
  };
  pool.on('error', lost);
  // The pool listens only to idle connections. One lost while checked out
  // (between two statements of a transaction) emits 'error' on the client
  // itself, which would crash the process: its statement fails instead, and
  // the pool drops the broken connection when it is released.
  pool.on('connect', (client) => client.on('error', lost));
  return new PostgresDialect({ pool });
}

function pgliteDialect(target: Extract<DatabaseTarget, { kind: 'pglite' }>) {
  return new PGliteDialect(pgliteHost(target.dataDir, target.memoryName, target.memoryImage), target.schema);
}

/** SQLSTATE 57P01: the server terminated the connection on an administrator's command. */
const ADMIN_SHUTDOWN = '57P01';

function assertSchemaName(schema: string): void {
  if (!/^[a-z][a-z0-9_]*$/.test(schema)) {
    throw new Error(`Schema name "${schema}" must be lower-case letters, digits and underscores, starting with a letter.`);
  }
}
