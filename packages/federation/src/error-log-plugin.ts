import type { ApolloServerPlugin, BaseContext, GraphQLRequestListener } from '@apollo/server';
import { logger } from './logger.js';
import { logUnexpectedErrors } from './mask-error.js';

/**
 * Logs every error a caller will see masked (a bug, a driver error) in full,
 * with the id of the request it happened in, before `maskError` formats it
 * (which then only masks it). The request id comes from the request's own
 * context rather than from a log scope: keeping a scope across a request's
 * promises (AsyncLocalStorage) makes Node run a hook for every promise every
 * request creates, 3% of a subgraph's CPU.
 */
export function unexpectedErrorLogPlugin<Context extends BaseContext & { requestId?: string }>(service: string): ApolloServerPlugin<Context> {
  // One listener for every request: the request's context comes with its errors.
  const listener: GraphQLRequestListener<Context> = {
    async didEncounterErrors({ errors, contextValue }) {
      logUnexpectedErrors(errors, (message, cause) => logger.error({ service, requestId: contextValue.requestId, err: cause }, message));
    },
  };
  return {
    async requestDidStart() {
      return listener;
    },
  };
}
