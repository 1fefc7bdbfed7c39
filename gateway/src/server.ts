import { environmentNameOf } from '@joined-up/agencies';
import { readFileSync } from 'node:fs';
import { ApolloGateway } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { authenticate, logger, maskError, metricsPlugin, serveGraphQL, unexpectedErrorLogPlugin, type RunningServer } from '@joined-up/federation';
import type { TokenVerifier } from '@joined-up/auth';
import { SUPERGRAPH_PATH } from './supergraph-file.js';
import type { GatewayContext } from './gateway-context.js';
import { SubgraphDataSource } from './subgraph-data-source.js';
import { documentStore, queryPlanStore } from './operation-caches.js';
import { explorerRoutes } from './explorer.js';
import { parseOptions, queryProtection } from './query-limits.js';
import { DEFAULT_MAX_CONCURRENT_PER_OFFICER, OfficerConcurrency } from './officer-concurrency.js';

export { maxConcurrentPerOfficerFromEnv } from './officer-concurrency.js';
import type { ExampleQuery } from './example-queries.js';
import { dashboardRoutes, type DashboardOptions } from './dashboard.js';

export interface GatewayOptions {
  /** Subgraph name to URL; every subgraph in the supergraph must be listed. */
  subgraphUrls: Record<string, string>;
  verifyToken: TokenVerifier;
  /** Longest wait for any one subgraph call; default 5 s. */
  subgraphTimeoutMs?: number;
  supergraphSdl?: string;
  /** The key the gateway sends each subgraph so that it may read their schemas. */
  gatewayKey?: string;
  /** Concurrent requests one officer may have in flight; default 8. */
  maxConcurrentPerOfficer?: number;
  /**
   * Production mode turns off introspection, field suggestions and the
   * explorer; development mode (the default) keeps them for partner developers.
   */
  production?: boolean;
  /** The explorer's opening tabs; default `exampleQueries`. */
  examples?: readonly ExampleQuery[];
  /** Serve the partnership dashboard at /dashboard (development mode only, like the explorer). */
  dashboard?: DashboardOptions;
}

/**
 * Builds the gateway (does not listen): Apollo Gateway over the committed
 * supergraph, behind Apollo Server with errors masked to public codes.
 */
export function createGateway(options: GatewayOptions) {
  const supergraphSdl = options.supergraphSdl ?? readFileSync(SUPERGRAPH_PATH, 'utf8');
  const timeoutMs = options.subgraphTimeoutMs ?? 5000;
  // @apollo/gateway otherwise reports usage metrics to Apollo's servers and
  // probes cloud metadata endpoints on start; a hub of public-sector data
  // sends nothing anywhere. The environment variable is its only switch.
  process.env.APOLLO_TELEMETRY_DISABLED ??= 'true';
  const dataSources: SubgraphDataSource[] = [];
  const gateway = new ApolloGateway({
    supergraphSdl,
    queryPlannerConfig: { cache: queryPlanStore() },
    buildService: ({ name }) => {
      const url = options.subgraphUrls[name];
      if (!url) throw new Error(`No URL configured for subgraph "${name}". Set ${environmentNameOf(name)}_SUBGRAPH_URL.`);
      const dataSource = new SubgraphDataSource(name, url, timeoutMs, options.gatewayKey);
      dataSources.push(dataSource);
      return dataSource;
    },
  });
  const production = options.production ?? false;
  const concurrency = new OfficerConcurrency(options.maxConcurrentPerOfficer ?? DEFAULT_MAX_CONCURRENT_PER_OFFICER);
  const apollo = new ApolloServer<GatewayContext>({
    gateway,
    introspection: !production,
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    // The process's own shutdown (runMain) stops the servers, then the pools;
    // Apollo's handler would re-raise the signal and kill it half-way.
    stopOnTerminationSignals: false,
    includeStacktraceInErrorResponses: false,
    parseOptions,
    documentStore: documentStore(),
    formatError: (formatted, error) => maskError(formatted, error, { log: (message, cause) => logger.error({ service: 'gateway', err: cause }, message) }),
    // No cache-control policy: answers carry personal data and are never cached.
    plugins: [...queryProtection(production), ApolloServerPluginLandingPageDisabled(), ApolloServerPluginCacheControlDisabled(), metricsPlugin<GatewayContext>('gateway'), unexpectedErrorLogPlugin<GatewayContext>('gateway')],
  });

  return {
    apollo,
    async listen(port: number, host?: string): Promise<RunningServer> {
      await apollo.start();
      const running = await serveGraphQL(apollo, {
        port,
        host,
        service: 'gateway',
        // Unexpected errors are logged with their request's id by the plugin above:
        // a log scope (AsyncLocalStorage) cost 3% of the gateway's CPU.
        logScope: false,
        context: async (request, response) => {
          const context = await authenticate(request, options.verifyToken, { acceptRequestId: false });
          concurrency.enter(context.identity.officerId, response);
          return context;
        },
        routes: {
          ...(production ? {} : explorerRoutes('/graphql', options.examples)),
          ...(production || !options.dashboard ? {} : dashboardRoutes(options.dashboard)),
          '/health': (_request, response) => void response.end('ok'),
          // The gateway holds no database: once it listens, its supergraph is loaded and it can serve.
          '/ready': (_request, response) => void response.end(JSON.stringify({ status: 'ready' })),
        },
      });
      return {
        ...running,
        close: async () => {
          await running.close();
          await apollo.stop();
          for (const dataSource of dataSources) dataSource.close();
        },
      };
    },
  };
}
