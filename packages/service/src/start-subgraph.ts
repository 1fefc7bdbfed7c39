import type { IncomingMessage, ServerResponse } from 'node:http';
import { migrateToLatest, type AgencyDatabase, type CreateDatabaseOptions } from '@joined-up/db';
import { createSubgraphService, type RunningServer } from '@joined-up/federation';
import type { TokenVerifier } from '@joined-up/auth';
import type { Population } from '@joined-up/synthetic';
import type { SubgraphDefinition } from './subgraph-definition.js';
import { linkageExportRoute } from './linkage-export.js';
import { openAgencyDatabase } from './open-agency-database.js';
import { readinessRoute } from './readiness.js';
import { createSubgraphContext } from './subgraph-context.js';
import { AccessPolicy, HttpAgreementRegister } from '@joined-up/access';

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
 * Opens the agency's database, migrates it, seeds it on first start, and
 * serves the subgraph. Used by each subgraph's own process and by the local
 * stack that hosts them all in one.
 */
export async function startSubgraph<DB>(definition: SubgraphDefinition<DB>, options: StartSubgraphOptions): Promise<StartedSubgraph<DB>> {
  const log = options.log ?? (() => {});
  const database = await openAgencyDatabase<DB>(definition.name, options.database);
  let server: RunningServer | undefined;
  try {
    const applied = await migrateToLatest(database.db, definition.name, definition.migrations);
    if (applied.length > 0) log(`${definition.name}: applied ${applied.length} migration(s)`);
    if (options.population && !(await definition.hasData(database.db))) {
      const started = Date.now();
      await definition.seed(database.db, options.population());
      log(`${definition.name}: seeded synthetic records in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    }
    const schema = await definition.buildSchema();
    const routes: Record<string, (request: IncomingMessage, response: ServerResponse) => Promise<void>> = {
      '/ready': readinessRoute(database.db, definition.name, definition.migrations),
    };
    if (definition.linkageRecords) {
      routes['/linkage/tokens'] = linkageExportRoute({
        db: database.db,
        pager: definition.linkageRecords,
        verifyToken: options.verifyToken,
        secret: options.linkageSecret ?? missingSecret,
      });
    }
    const peerUrl = options.peerUrl ?? (() => undefined);
    const register = definition.agreementRegister?.(database.db) ?? new HttpAgreementRegister(() => peerUrl('partnership'));
    const service = createSubgraphService({
      name: definition.name,
      schema,
      verifyToken: options.verifyToken,
      routes,
      context: (request) => createSubgraphContext(request, database.db, new AccessPolicy(request.identity, definition.name, register), peerUrl),
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
