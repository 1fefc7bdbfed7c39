import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { graphqlErrors } from '@joined-up/metrics';
import { nameServerSpan } from '@joined-up/tracing';

/**
 * Counts every GraphQL error a service returns, by its public `extensions.code`,
 * and names the request's trace span after its operation.
 */
export function metricsPlugin<Context extends BaseContext>(service: string): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operationName }) {
          if (operationName) nameServerSpan(service, operationName);
        },
        async didEncounterErrors({ errors }) {
          for (const error of errors) {
            const code = typeof error.extensions?.code === 'string' ? error.extensions.code : 'INTERNAL_SERVER_ERROR';
            graphqlErrors.inc({ service, code });
          }
        },
      };
    },
  };
}
