import { readFileSync } from 'node:fs';
import { ApolloGateway } from '@apollo/gateway';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { authenticate, maskError, serveGraphQL, type RunningServer } from '@joined-up/federation';
import type { TokenVerifier } from '@joined-up/auth';
import { SUPERGRAPH_PATH } from './compose.js';
import type { GatewayContext } from './gateway-context.js';
import { SubgraphDataSource } from './subgraph-data-source.js';
import { explorerRoutes } from './explorer.js';
import { dashboardRoutes, type DashboardOptions } from './dashboard.js';
import { hideTokenLimit, parseOptions, queryProtection } from './query-limits.js';

export interface GatewayOptions {
  /** Subgraph name to URL; every subgraph in the supergraph must be listed. */
  subgraphUrls: Record<string, string>;
  verifyToken: TokenVerifier;
  /** Longest wait for any one subgraph call; default 5 s. */
  subgraphTimeoutMs?: number;
  supergraphSdl?: string;
  /**
   * Production mode turns off introspection, field suggestions and the
   * explorer; development mode (the default) keeps them for partner developers.
   */
  production?: boolean;
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
  const gateway = new ApolloGateway({
    supergraphSdl,
    buildService: ({ name }) => {
      const url = options.subgraphUrls[name];
      if (!url) throw new Error(`No URL configured for subgraph "${name}". Set ${name.toUpperCase()}_SUBGRAPH_URL.`);
      return new SubgraphDataSource(name, url, timeoutMs);
    },
  });
  const production = options.production ?? false;
  const protection = queryProtection(production);
  const apollo = new ApolloServer<GatewayContext>({
    gateway,
    introspection: !production,
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    includeStacktraceInErrorResponses: false,
    validationRules: protection.validationRules,
    parseOptions,
    formatError: (formatted, error) =>
      hideTokenLimit(maskError(formatted, error, { log: (message, cause) => console.error(`[gateway] ${message}`, cause) })),
    // Armor's types come from Apollo's CommonJS build; the plugins are plain objects either way.
    plugins: [...(protection.plugins as ApolloServerPlugin<GatewayContext>[]), ApolloServerPluginLandingPageDisabled()],
  });

  return {
    apollo,
    async listen(port: number, host?: string): Promise<RunningServer> {
      await apollo.start();
      const running = await serveGraphQL(apollo, {
        port,
        host,
        context: (request) => authenticate(request, options.verifyToken, { acceptRequestId: false }),
        routes: {
          ...(production ? {} : explorerRoutes()),
          ...(production || !options.dashboard ? {} : dashboardRoutes(options.dashboard)),
          '/health': (_request, response) => void response.end('ok'),
        },
      });
      return {
        ...running,
        close: async () => {
          await running.close();
          await apollo.stop();
        },
      };
    },
  };
}
