import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { GraphQLError } from 'graphql';
import { GATEWAY_KEY_HEADER, LIMIT_CODES } from '@joined-up/federation';
import { subgraphCallDuration } from '@joined-up/metrics';
import { ATTRIBUTES, injectTraceContext, withClientSpan } from '@joined-up/tracing';
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
    private readonly gatewayKey?: string,
  ) {
    super({
      url,
      fetcher: ((input: string, init: RequestInit) =>
        fetch(input, { ...init, signal: AbortSignal.timeout(this.timeoutMs) })) as never,
    });
  }

  override process(options: GraphQLDataSourceProcessOptions<GatewayContext>) {
    const attributes = { [ATTRIBUTES.subgraph]: this.name, [ATTRIBUTES.requestId]: options.context?.requestId ?? '' };
    return withClientSpan('gateway', `call ${this.name}`, attributes, () => this.timedProcess(options));
  }

  private async timedProcess(options: GraphQLDataSourceProcessOptions<GatewayContext>) {
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
    // The subgraph's server span continues this call's span.
    if (request.http) injectTraceContext(request.http.headers);
    if (!context?.identity) return;
    request.http?.headers.set('authorization', `Bearer ${context.identity.token}`);
    request.http?.headers.set('x-request-id', context.requestId);
    if (this.gatewayKey) request.http?.headers.set(GATEWAY_KEY_HEADER, this.gatewayKey);
  }

  override didEncounterError(error: Error & { extensions?: { response?: { body?: unknown } } }, _request: unknown, response?: { status?: number }): void {
    const refusal = limitRefusal(error.extensions?.response?.body);
    if (refusal) {
      // The subgraph's own limits are never lower than the gateway's, so this
      // is rare; the client is told which limit it met, not that the agency is down.
      throw new GraphQLError(`The ${this.name} service refused its part: ${refusal.message}`, {
        extensions: { ...refusal.extensions, service: this.name },
      });
    }
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

const LIMIT_CODE_SET = new Set<unknown>(Object.values(LIMIT_CODES));

function limitRefusal(body: unknown): { message: string; extensions: Record<string, unknown> } | undefined {
  const errors = (body as { errors?: { message: string; extensions?: Record<string, unknown> }[] } | undefined)?.errors;
  return errors?.find((error) => LIMIT_CODE_SET.has(error.extensions?.code)) as { message: string; extensions: Record<string, unknown> } | undefined;
}
