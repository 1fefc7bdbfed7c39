import type { GraphQLDataSource, GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { GraphQLError } from 'graphql';
import { GATEWAY_KEY_HEADER, LIMIT_CODES } from '@joined-up/federation';
import { subgraphCallDuration } from '@joined-up/metrics';
import { ATTRIBUTES, injectTraceContext, withClientSpan } from '@joined-up/tracing';
import type { GatewayContext } from './gateway-context.js';
import { EntityFetchBatcher } from './entity-batching.js';
import { SubgraphConnection, SubgraphTimeoutError, type SubgraphAnswer } from './subgraph-connection.js';

type SubgraphResponse = Awaited<ReturnType<GraphQLDataSource['process']>>;

/**
 * How the gateway talks to one subgraph: it forwards the officer's own token
 * (each subgraph verifies it again; none trusts the gateway's word) and the
 * request id, gives up after `timeoutMs`, and turns transport failures into
 * an error naming the agency, never its internal URL. The same entity fetch
 * made at several places of one request goes as one call (`entity-batching.ts`),
 * over kept-alive connections (`subgraph-connection.ts`).
 */
export class SubgraphDataSource implements GraphQLDataSource<GatewayContext> {
  private readonly connection: SubgraphConnection;
  private readonly batcher = new EntityFetchBatcher<GatewayContext>((options) => this.call(options));

  constructor(
    readonly name: string,
    url: string,
    private readonly timeoutMs: number,
    private readonly gatewayKey?: string,
  ) {
    this.connection = new SubgraphConnection(url, timeoutMs);
  }

  process(options: GraphQLDataSourceProcessOptions<GatewayContext>): Promise<SubgraphResponse> {
    return this.batcher.process(options);
  }

  /** Closes the connections kept open to the subgraph. */
  close(): void {
    this.connection.close();
  }

  /** One HTTP call to the subgraph, traced and timed. */
  private call(options: GraphQLDataSourceProcessOptions<GatewayContext>): Promise<SubgraphResponse> {
    const attributes = { [ATTRIBUTES.subgraph]: this.name, [ATTRIBUTES.requestId]: options.context?.requestId ?? '' };
    return withClientSpan('gateway', `call ${this.name}`, attributes, () => this.timedSend(options));
  }

  private async timedSend(options: GraphQLDataSourceProcessOptions<GatewayContext>): Promise<SubgraphResponse> {
    const stopTimer = subgraphCallDuration.startTimer({ subgraph: this.name });
    try {
      const response = await this.send(options);
      stopTimer({ outcome: 'ok' });
      return response;
    } catch (error) {
      stopTimer({ outcome: error instanceof GraphQLError && /did not answer within/.test(error.message) ? 'timeout' : 'error' });
      throw error;
    }
  }

  private async send({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>): Promise<SubgraphResponse> {
    const headers: Record<string, string> = {};
    // Headers the executor asks for (a federated trace), then ours.
    if (request.http) for (const [name, value] of request.http.headers) headers[name] = value;
    headers['content-type'] = 'application/json';
    // The subgraph's server span continues this call's span.
    injectTraceContext({ set: (name: string, value: string) => (headers[name] = value) });
    if (context?.identity) {
      headers.authorization = `Bearer ${context.identity.token}`;
      headers['x-request-id'] = context.requestId;
      if (this.gatewayKey) headers[GATEWAY_KEY_HEADER] = this.gatewayKey;
    }
    if (!request.query) throw new Error('Missing query');
    const { http: _http, ...payload } = request;
    let answer: SubgraphAnswer;
    try {
      answer = await this.connection.post(JSON.stringify(payload), headers);
    } catch (error) {
      throw this.unavailable(error instanceof SubgraphTimeoutError);
    }
    if (answer.status < 200 || answer.status > 299) throw this.refused(answer);
    if (typeof answer.body !== 'object' || answer.body === null || Array.isArray(answer.body)) throw this.unavailable(false);
    return answer.body as SubgraphResponse;
  }

  /** A non-2xx answer: a limit the subgraph met, a token it did not accept, or a failure. */
  private refused(answer: SubgraphAnswer): GraphQLError {
    const refusal = limitRefusal(answer.body);
    if (refusal) {
      // The subgraph's own limits are never lower than the gateway's, so this
      // is rare; the client is told which limit it met, not that the agency is down.
      return new GraphQLError(`The ${this.name} service refused its part: ${refusal.message}`, {
        extensions: { ...refusal.extensions, service: this.name },
      });
    }
    if (answer.status === 401) {
      return new GraphQLError(`The ${this.name} service did not accept the officer's token.`, {
        extensions: { code: 'UNAUTHENTICATED', service: this.name },
      });
    }
    return this.unavailable(false);
  }

  private unavailable(timedOut: boolean): GraphQLError {
    return new GraphQLError(
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
  if (!Array.isArray(errors)) return undefined;
  return errors.find((error) => LIMIT_CODE_SET.has(error.extensions?.code)) as { message: string; extensions: Record<string, unknown> } | undefined;
}
