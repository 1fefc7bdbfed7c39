import type { IncomingMessage } from 'node:http';
import type { Kysely } from 'kysely';
import type { GraphQLSchema } from 'graphql';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import type { TokenVerifier } from '@joined-up/auth';
import { serveGraphQL, type RunningServer, type ServeOptions } from './http-server.js';
import { LoaderRegistry } from './loaders.js';
import { maskError } from './mask-error.js';
import { authenticate, type RequestContext } from './request-context.js';

/** The context every subgraph resolver receives. */
export interface SubgraphContext<DB> extends RequestContext {
  readonly db: Kysely<DB>;
  readonly loaders: LoaderRegistry<SubgraphContext<DB>>;
}

export interface SubgraphServiceOptions<DB> {
  /** The subgraph's name, as in the supergraph: `health`, `police`, ... */
  name: string;
  schema: GraphQLSchema;
  db: Kysely<DB>;
  verifyToken: TokenVerifier;
  /** Extra GET routes beside /graphql, which authenticate for themselves. */
  routes?: ServeOptions<SubgraphContext<DB>>['routes'];
}

/**
 * A subgraph's Apollo Server: errors masked to public codes, no landing page
 * (partners use the gateway's explorer), and a context that refuses requests
 * without a verified officer token.
 */
export function createSubgraphService<DB>(options: SubgraphServiceOptions<DB>) {
  const apollo = new ApolloServer<SubgraphContext<DB>>({
    schema: options.schema,
    includeStacktraceInErrorResponses: false,
    formatError: (formatted, error) =>
      maskError(formatted, error, { log: (message, cause) => console.error(`[${options.name}] ${message}`, cause) }),
    plugins: [ApolloServerPluginLandingPageDisabled()],
  });

  async function context(request: IncomingMessage): Promise<SubgraphContext<DB>> {
    const base = await authenticate(request, options.verifyToken);
    const loaders = new LoaderRegistry<SubgraphContext<DB>>();
    const context: SubgraphContext<DB> = { ...base, db: options.db, loaders };
    loaders.bind(context);
    return context;
  }

  return {
    name: options.name,
    apollo,
    /** Starts Apollo and listens; port 0 picks a free port. */
    async listen(port: number, host?: string): Promise<RunningServer> {
      await apollo.start();
      const running = await serveGraphQL(apollo, {
        port,
        host,
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
