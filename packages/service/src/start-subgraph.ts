import type { IncomingMessage, ServerResponse } from 'node:http';
import { sql, type Kysely } from 'kysely';
import { countingInsertedRows, createDatabase, migrateToLatest, type AgencyDatabase, type CreateDatabaseOptions } from '@joined-up/db';
import { startStage } from '@joined-up/progress';
import { createSubgraphService, OPERATION_LIMITS, type RunningServer } from '@joined-up/federation';
import type { TokenVerifier } from '@joined-up/auth';
import { AGENCY_IDS, type AgencyId, type Population } from '@joined-up/synthetic';
import type { SubgraphDefinition } from './subgraph-definition.js';
import { linkageExportRoute } from './linkage-export.js';
import { openAgencyDatabase } from './open-agency-database.js';
import { readinessRoute } from './readiness.js';
import { createSubgraphContext } from './subgraph-context.js';
import { AccessPolicy, HttpAgreementRegister } from '@joined-up/access';
import { databaseSchemaOf, environmentNameOf } from '@joined-up/agencies';

export interface StartSubgraphOptions {
  port: number;
  host?: string;
  verifyToken: TokenVerifier;
  /** Database selection beyond the schema name (environment, data directory, memory name). */
  database?: Omit<CreateDatabaseOptions, 'schema'>;
  /** The population to seed from when the agency's tables are empty; omit to never seed. */
  population?: () => Population;
  log?: (message: string) => void;
  /** The secret agencies share for linkage encoding; required when the subgraph exports linkage records. */
  linkageSecret?: () => string;
  /** Where the other subgraphs answer: the partnership's register of agreements, and agencies for the partnership. */
  peerUrl?: (name: string) => string | undefined;
  /** The gateway's key (`gatewayKeyFromEnv`): only requests carrying it may read the schema. */
  gatewayKey?: string;
  /**
   * The key of each agency's record grants: the partnership signs with every
   * agency's, an agency verifies with its own. Required to serve people.
   */
  recordGrantKey?: (agency: string) => string;
}

export interface StartedSubgraph<DB = any> {
  readonly name: string;
  readonly url: string;
  readonly database: AgencyDatabase<DB>;
  /** Stops answering HTTP but keeps the database (to test the gateway without this subgraph). */
  stopServing(): Promise<void>;
  /** Stops serving and closes the database; safe to call twice. */
  stop(): Promise<void>;
}

/**
 * How a subgraph's serving pool runs its connections. Every statement ends
 * within the longest request budget, inside a bounded transaction or not: a
 * direct caller with a valid token cannot hold a connection past it
 * (PostgreSQL only: PGlite cannot interrupt). An idle connection is kept for
 * five minutes rather than pg's 10 s: reopening one costs the subgraph a
 * start-up exchange with the server (about 1 ms of its CPU, against 0.1-0.2 ms
 * for a statement on an open connection), and traffic that pauses between
 * bursts (a partnership's working day, or `pnpm bench:peers` serving another
 * configuration) paid it for every connection after every pause. The pool
 * never holds more than its size (10), however long it keeps them.
 */
export const SERVING_POOL = { statementTimeoutMs: OPERATION_LIMITS.timeBudgetMs, idleTimeoutMs: 5 * 60_000 } as const;

/**
 * Opens the agency's database, migrates it, seeds it on first start, and
 * serves the subgraph. Used by each subgraph's own process and by the local
 * stack that hosts them all in one.
 */
export async function startSubgraph<DB>(definition: SubgraphDefinition<DB>, options: StartSubgraphOptions): Promise<StartedSubgraph<DB>> {
  const log = options.log ?? (() => {});
  const opening = performance.now();
  const schema = databaseSchemaOf(definition.name);
  const database = await openAgencyDatabase<DB>(schema, { ...options.database, ...SERVING_POOL });
  // The first agency to open the embedded database starts PostgreSQL-in-WebAssembly: seconds, worth a line.
  const openingSeconds = (performance.now() - opening) / 1000;
  if (openingSeconds >= 0.5) log(`${definition.name}: database opened in ${openingSeconds.toFixed(1)} s (${database.description})`);
  let server: RunningServer | undefined;
  try {
    // Migrations and a first seeding can outlast any request's budget: on
    // PostgreSQL they run on a short-lived pool of their own, without the
    // serving pool's per-statement bound.
    const setup = database.target.kind === 'postgres' ? await createDatabase<DB>({ ...options.database, schema }) : database;
    try {
      const migrating = performance.now();
      const applied = await migrateToLatest(setup.db, schema, definition.migrations);
      if (applied.length > 0) log(`${definition.name}: applied ${applied.length} migration(s) in ${((performance.now() - migrating) / 1000).toFixed(1)} s`);
      if (options.population && !(await definition.hasData(setup.db))) {
        const population = options.population();
        // Each agency's records are generated on first use: a stage of its own, so the seeding rate is the database's.
        const generating = AGENCY_IDS.includes(definition.name as AgencyId) ? startStage(`${definition.name}: generating synthetic records`, { log }) : undefined;
        const total = rowsToSeed(population, definition.name);
        generating?.finish();
        const seeding = startStage(`${definition.name}: seeding`, { total, unit: 'rows', log });
        await countingInsertedRows((count) => seeding.tick(count), () => definition.seed(setup.db, population));
        seeding.finish();
        await vacuumAfterSeeding(setup.db, schema);
      }
    } finally {
      if (setup !== database) await setup.destroy();
    }
    const graphqlSchema = await definition.buildSchema();
    const routes: Record<string, (request: IncomingMessage, response: ServerResponse) => Promise<void>> = {
      '/ready': readinessRoute(database.db, schema, definition.migrations),
    };
    if (definition.linkageRecords) {
      routes['/linkage/tokens'] = linkageExportRoute({
        db: database.db,
        pager: definition.linkageRecords,
        verifyToken: options.verifyToken,
        secret: options.linkageSecret ?? missingSecret,
      });
    }
    // Counters for load tests: requests served and SQL run since start (no personal data).
    let requests = 0;
    routes['/counters'] = async (_request, response) => {
      response.setHeader('content-type', 'application/json');
      response.end(JSON.stringify({ requests, statements: database.statements.total }));
    };
    const peerUrl = options.peerUrl ?? (() => undefined);
    const recordGrantKey = options.recordGrantKey ?? missingRecordGrantKey;
    const register = definition.agreementRegister?.(database.db) ?? new HttpAgreementRegister(() => peerUrl('partnership'));
    const service = createSubgraphService({
      name: definition.name,
      schema: graphqlSchema,
      verifyToken: options.verifyToken,
      gatewayKey: options.gatewayKey,
      routes,
      context: (request) => (requests++, createSubgraphContext(request, database.db, new AccessPolicy(request.identity, definition.dataOwner ?? definition.name, register), peerUrl, recordGrantKey)),
    });
    server = await service.listen(options.port, options.host);
  } catch (error) {
    await database.destroy();
    throw error;
  }
  database.statements.reset();
  const running = server;
  let serving: Promise<void> | undefined;
  let stopped: Promise<void> | undefined;
  const stopServing = () => (serving ??= running.close());
  return {
    name: definition.name,
    url: running.url,
    database,
    stopServing,
    stop: () => (stopped ??= stopServing().then(() => database.destroy())),
  };
}

function missingSecret(): never {
  throw new Error('No linkage secret configured: set JOINED_UP_LINKAGE_SECRET for every agency subgraph.');
}

function missingRecordGrantKey(agency: string): never {
  throw new Error(`No record grant key configured for ${agency}: set ${environmentNameOf(agency)}_RECORD_GRANT_KEY for the person index and that agency.`);
}

/** The rows an agency's seed will write, for the progress bar; undefined for the partnership (its directory is small). */
function rowsToSeed(population: Population, name: string): number | undefined {
  if (!(AGENCY_IDS as readonly string[]).includes(name)) return undefined;
  const records = population.records(name as AgencyId) as unknown as Record<string, unknown>;
  return Object.values(records).reduce<number>((sum, table) => sum + (Array.isArray(table) ? table.length : 0), 0);
}

/**
 * Fresh statistics and a clean heap after a bulk load. Without statistics
 * (autovacuum may be off, or not yet run) the planner guesses a handful of
 * rows per table and picks nested loops that cost seconds on the area and
 * indicator reads. The kept counts are rewritten by every seeding batch: at a
 * million people one of them held 848k dead row versions and took 500 ms to
 * read until vacuumed. Only this agency's own tables: the others vacuum theirs.
 */
async function vacuumAfterSeeding<DB>(db: Kysely<DB>, schema: string): Promise<void> {
  const tables = await sql<{ name: string }>`select table_name as name from information_schema.tables where table_schema = ${schema} and table_type = 'BASE TABLE'`.execute(db);
  if (tables.rows.length === 0) return;
  const names = tables.rows.map((table) => sql.id(schema, table.name));
  await sql`vacuum (analyze) ${sql.join(names)}`.execute(db);
}
