import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { GraphQLError } from 'graphql';
import { subgraphCallDuration } from '@joined-up/metrics';
import type { GatewayContext } from './gateway-context.js';

/**
 * How the gateway talks to one subgraph: it forwards the officer's own token
 * (each subgraph verifies it again; none trusts the gateway's word) and the
 * request id, gives up after `timeoutMs`, and turns transport failures into
 * an error naming the agency, never its internal URL.
 */
export class SubgraphDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  constructor(
    readonly name: string,
    url: string,
    private readonly timeoutMs: number,
  ) {
    super({
      url,
      fetcher: ((input: string, init: RequestInit) =>
        fetch(input, { ...init, signal: AbortSignal.timeout(this.timeoutMs) })) as never,
    });
  }

  override async process(options: GraphQLDataSourceProcessOptions<GatewayContext>) {
    const stopTimer = subgraphCallDuration.startTimer({ subgraph: this.name });
    try {
      const response = await super.process(options);
      stopTimer({ outcome: 'ok' });
      return response;
    } catch (error) {
      stopTimer({ outcome: error instanceof GraphQLError && /did not answer within/.test(error.message) ? 'timeout' : 'error' });
      throw error;
    }
  }

  override willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>): void {
    if (!context?.identity) return;
    request.http?.headers.set('authorization', `Bearer ${context.identity.token}`);
    request.http?.headers.set('x-request-id', context.requestId);
  }

  override didEncounterError(error: Error, _request: unknown, response?: { status?: number }): void {
    if (response?.status === 401) {
      throw new GraphQLError(`The ${this.name} service did not accept the officer's token.`, {
        extensions: { code: 'UNAUTHENTICATED', service: this.name },
      });
    }
    const timedOut = error.name === 'TimeoutError' || error.name === 'AbortError';
    throw new GraphQLError(
      timedOut
        ? `The ${this.name} service did not answer within ${this.timeoutMs} ms; its part of the answer is missing.`
        : `The ${this.name} service is unavailable; its part of the answer is missing.`,
      { extensions: { code: 'SUBGRAPH_UNAVAILABLE', service: this.name } },
    );
  }
}
