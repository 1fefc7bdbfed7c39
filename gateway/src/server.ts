import { readFileSync } from 'node:fs';
import { ApolloGateway } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { authenticate, maskError, serveGraphQL, type RunningServer } from '@joined-up/federation';
import type { TokenVerifier } from '@joined-up/auth';
import { SUPERGRAPH_PATH } from './compose.js';
import type { GatewayContext } from './gateway-context.js';
import { SubgraphDataSource } from './subgraph-data-source.js';
import { explorerRoutes } from './explorer.js';

export interface GatewayOptions {
  /** Subgraph name to URL; every subgraph in the supergraph must be listed. */
  subgraphUrls: Record<string, string>;
  verifyToken: TokenVerifier;
  /** Longest wait for any one subgraph call; default 5 s. */
  subgraphTimeoutMs?: number;
  supergraphSdl?: string;
  /** Serve the offline explorer at /explorer; default true (turned off in production mode). */
  explorer?: boolean;
}

/**
 * Builds the gateway (does not listen): Apollo Gateway over the committed
 * supergraph, behind Apollo Server with errors masked to public codes.
 */
export function createGateway(options: GatewayOptions) {
  const supergraphSdl = options.supergraphSdl ?? readFileSync(SUPERGRAPH_PATH, 'utf8');
  const timeoutMs = options.subgraphTimeoutMs ?? 5000;
  const gateway = new ApolloGateway({
    supergraphSdl,
    buildService: ({ name }) => {
      const url = options.subgraphUrls[name];
      if (!url) throw new Error(`No URL configured for subgraph "${name}". Set ${name.toUpperCase()}_SUBGRAPH_URL.`);
      return new SubgraphDataSource(name, url, timeoutMs);
    },
  });
  const apollo = new ApolloServer<GatewayContext>({
    gateway,
    includeStacktraceInErrorResponses: false,
    formatError: (formatted, error) => maskError(formatted, error, { log: (message, cause) => console.error(`[gateway] ${message}`, cause) }),
    plugins: [ApolloServerPluginLandingPageDisabled()],
  });

  return {
    apollo,
    async listen(port: number, host?: string): Promise<RunningServer> {
      await apollo.start();
      const running = await serveGraphQL(apollo, {
        port,
        host,
        context: (request) => authenticate(request, options.verifyToken),
        routes: {
          ...(options.explorer === false ? {} : explorerRoutes()),
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
