import type { IncomingMessage } from 'node:http';
import type { GraphQLSchema } from 'graphql';
import { ApolloServer, type BaseContext } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginInlineTraceDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import type { TokenVerifier } from '@joined-up/auth';
import { serveGraphQL, type RunningServer, type ServeOptions } from './http-server.js';
import { logger } from './logger.js';
import { maskError } from './mask-error.js';
import { unexpectedErrorLogPlugin } from './error-log-plugin.js';
import { metricsPlugin } from './metrics-plugin.js';
import { authenticate, type RequestContext } from './request-context.js';
import { operationLimitsPlugin } from './operation-limits/operation-limits-plugin.js';
import { requestBudgetPlugin } from './operation-limits/request-budget-plugin.js';
import { parseOptions } from './operation-limits/token-limit.js';
import { schemaDisclosurePlugin } from './schema-disclosure-plugin.js';

export interface SubgraphServiceOptions<Context extends BaseContext> {
  /** The subgraph's name, as in the supergraph: `health`, `police`, ... */
  name: string;
  schema: GraphQLSchema;
  verifyToken: TokenVerifier;
  /** Builds the resolvers' context once the caller is authenticated. */
  context: (request: RequestContext) => Context;
  /** The key the gateway sends: only a request carrying it may read the schema. */
  gatewayKey?: string;
  /** Extra GET routes beside /graphql, which authenticate for themselves. */
  routes?: ServeOptions<Context>['routes'];
}

/**
 * A subgraph's Apollo Server: errors masked to public codes, no landing page
 * (partners use the gateway's explorer), and a context that refuses requests
 * without a verified officer token before any resolver runs.
 */
export function createSubgraphService<Context extends BaseContext & RequestContext>(options: SubgraphServiceOptions<Context>) {
  const apollo = new ApolloServer<Context>({
    schema: options.schema,
    // The process's own shutdown (runMain) stops the servers, then the pools;
    // Apollo's handler would re-raise the signal and kill it half-way.
    stopOnTerminationSignals: false,
    includeStacktraceInErrorResponses: false,
    parseOptions,
    formatError: (formatted, error) =>
      maskError(formatted, error, { log: (message, cause) => logger.error({ service: options.name, err: cause }, message) }),
    plugins: [
      // The same limits as the gateway's: a subgraph called directly defends itself.
      operationLimitsPlugin<Context>(options.name),
      requestBudgetPlugin<Context>(),
      schemaDisclosurePlugin<Context>(options.name),
      ApolloServerPluginLandingPageDisabled(),
      // Inline traces would tell any caller how long each resolver took.
      ApolloServerPluginInlineTraceDisabled(),
      // Personal data is never cached, and Apollo's cache-control plugin,
      // installed unless disabled, computes a policy field by field.
      ApolloServerPluginCacheControlDisabled(),
      metricsPlugin<Context>(options.name),
      unexpectedErrorLogPlugin<Context>(options.name),
    ],
  });

  const context = async (request: IncomingMessage): Promise<Context> =>
    options.context(await authenticate(request, options.verifyToken, { acceptRequestId: true, gatewayKey: options.gatewayKey }));

  return {
    name: options.name,
    apollo,
    /** Starts Apollo and listens; port 0 picks a free port. */
    async listen(port: number, host?: string): Promise<RunningServer> {
      await apollo.start();
      const running = await serveGraphQL(apollo, {
        port,
        host,
        service: options.name,
        // Unexpected errors are logged with their request's id by the plugin above.
        logScope: false,
        context,
        routes: { ...options.routes, '/health': (_request, response) => void response.end('ok') },
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
