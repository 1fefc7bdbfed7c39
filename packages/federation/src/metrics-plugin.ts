import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { graphqlErrors } from '@joined-up/metrics';

/** Counts every GraphQL error a service returns, by its public `extensions.code`. */
export function metricsPlugin<Context extends BaseContext>(service: string): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
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
