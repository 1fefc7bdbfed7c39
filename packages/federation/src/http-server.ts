import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { HeaderMap, type ApolloServer, type BaseContext } from '@apollo/server';
import { OPERATION_LIMITS } from './operation-limits/limits.js';
import { limitExceeded } from './operation-limits/limit-error.js';
import { httpDuration, httpRequests, metricsRoute } from '@joined-up/metrics';
import { ATTRIBUTES, withServerSpan } from '@joined-up/tracing';
import { logger, setLoggedRequestId, withLogScope } from './logger.js';

export interface ServeOptions<Context extends BaseContext> {
  /** 0 picks a free port (tests). */
  port: number;
  host?: string;
  /** The GraphQL endpoint; default `/graphql`. */
  path?: string;
  /** Largest request body accepted; default 256 KiB, plenty for any query we serve. */
  bodyLimitBytes?: number;
  /** Largest JSON answer sent; default `OPERATION_LIMITS.maxResponseBytes`. */
  maxResponseBytes?: number;
  /**
   * Builds the request's context; throw a GraphQLError with `http.status` to
   * refuse it. The response is given so that work tied to the request can end
   * with it (its 'close' event).
   */
  context: (request: IncomingMessage, response: ServerResponse) => Promise<Context>;
  /** The service's name in metrics: `gateway`, `health`, ... */
  service?: string;
  /**
   * Whether every line logged while serving a request carries its id through
   * a log scope (`withLogScope`), default true. A server whose unexpected
   * errors are logged by `unexpectedErrorLogPlugin` turns it off: a scope
   * makes Node run a hook for every promise of every request.
   */
  logScope?: boolean;
  /** Extra GET routes (health checks, the explorer); `/metrics` is always served. */
  routes?: Record<string, (request: IncomingMessage, response: ServerResponse) => void | Promise<void>>;
}

export interface RunningServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

const DEFAULT_BODY_LIMIT = 256 * 1024;

/**
 * Serves an Apollo Server over Node's own HTTP server.
 *
 * `startStandaloneServer` accepts bodies up to 50 MB and offers no way to
 * lower that; a hub that holds personal data should not parse megabytes from
 * anyone, so the body is read here with a limit and handed to Apollo already
 * parsed. Everything GraphQL (CSRF prevention, batching refusal, content
 * negotiation) stays Apollo's.
 */
export async function serveGraphQL<Context extends BaseContext>(
  apollo: ApolloServer<Context>,
  options: ServeOptions<Context>,
): Promise<RunningServer> {
  const path = options.path ?? '/graphql';
  const limit = options.bodyLimitBytes ?? DEFAULT_BODY_LIMIT;
  const maxResponseBytes = options.maxResponseBytes ?? OPERATION_LIMITS.maxResponseBytes;
  const service = options.service ?? 'graphql';
  const routes: NonNullable<ServeOptions<Context>['routes']> = { '/metrics': metricsRoute, ...options.routes };
  const logScope = options.logScope ?? true;
  const server = createServer((request, response) => {
    // Parsed once per request: a URL costs more than it looks.
    const url = new URL(request.url ?? '/', 'http://localhost');
    const pathname = url.pathname;
    // Only known paths become labels: a scanner's random URLs must not grow the metrics.
    const route = pathname === path || pathname in routes ? pathname : 'other';
    const stopTimer = httpDuration.startTimer({ service, route });
    response.once('finish', () => {
      stopTimer();
      httpRequests.inc({ service, route, status: String(response.statusCode) });
    });
    // The request's id once its context is built, for the line below when there is no log scope to carry it.
    const seen: SeenRequest = {};
    (logScope ? withLogScope(() => handle(request, response, url, seen)) : handle(request, response, url, seen)).catch((error) => {
      logger.error(logScope || !seen.requestId ? { err: error } : { err: error, requestId: seen.requestId }, 'Unhandled HTTP error');
      if (!response.headersSent) sendJsonError(response, 500, 'INTERNAL_SERVER_ERROR', 'Something went wrong on our side.');
      else response.end();
    });
  });
  server.requestTimeout = 60_000;
  server.headersTimeout = 15_000;
  // Clients reuse idle connections until just before the server's announced
  // keep-alive timeout. With Node's 5 s default, a client whose timers run
  // late (a busy event loop) reuses a socket the server has just closed and
  // its request fails; a long timeout makes that race vanishingly rare.
  server.keepAliveTimeout = 65_000;

  async function handle(request: IncomingMessage, response: ServerResponse, url: URL, seen: SeenRequest): Promise<void> {
    const route = routes[url.pathname];
    if (route && request.method === 'GET') return route(request, response);
    if (url.pathname !== path) return sendJsonError(response, 404, 'NOT_FOUND', `Nothing here. The GraphQL endpoint is ${path}.`);
    // Only GraphQL requests are traced: health probes and scrapes would drown them.
    return withServerSpan(service, request.headers, async (span) => {
      try {
        await handleGraphQL(request, response, url, span, seen);
      } finally {
        span?.setAttribute(ATTRIBUTES.statusCode, response.statusCode);
      }
    });
  }

  async function handleGraphQL(
    request: IncomingMessage,
    response: ServerResponse,
    url: URL,
    span: Parameters<Parameters<typeof withServerSpan>[2]>[0],
    seen: SeenRequest,
  ): Promise<void> {
    const body = await readBody(request, limit);
    if (body === TOO_LARGE) {
      return sendJsonError(response, 413, 'BAD_REQUEST', `Request body exceeds ${limit} bytes. Send a smaller query.`);
    }
    const parsed = parseBody(body, request.headers['content-type']);
    if (parsed === MALFORMED) return sendJsonError(response, 400, 'BAD_REQUEST', 'The request body is not valid JSON.');

    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(request.headers)) {
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
    }
    const result = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: request.method?.toUpperCase() ?? 'GET', headers, search: url.search, body: parsed },
      context: async () => {
        const context = await options.context(request, response);
        const requestId = (context as { requestId?: unknown }).requestId;
        if (typeof requestId === 'string') {
          span?.setAttribute(ATTRIBUTES.requestId, requestId);
          seen.requestId = requestId;
          if (logScope) setLoggedRequestId(requestId);
        }
        return context;
      },
    });
    for (const [key, value] of result.headers) response.setHeader(key, value);
    response.statusCode = result.status ?? 200;
    if (result.body.kind === 'complete') {
      const size = Buffer.byteLength(result.body.string);
      if (size > maxResponseBytes) {
        // The answer is built by then; what the limit saves is the network,
        // the client and, at the gateway, the memory of merging it further.
        const refusal = limitExceeded('responseSize', size, maxResponseBytes);
        return sendJsonError(response, 400, refusal.extensions.code as string, refusal.message, refusal.extensions);
      }
      response.end(result.body.string);
      return;
    }
    for await (const chunk of result.body.asyncIterator) response.write(chunk);
    response.end();
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host ?? '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const host = options.host && options.host !== '0.0.0.0' ? options.host : 'localhost';
  return { url: `http://${host}:${port}${path}`, port, close: () => closeServer(server) };
}

/** What the server has learnt of a request it is answering. */
interface SeenRequest {
  requestId?: string;
}

const TOO_LARGE = Symbol('too large');
const MALFORMED = Symbol('malformed');

/**
 * The request body as text, or TOO_LARGE past `limit` bytes. Read from the
 * stream's events rather than its async iterator, which costs a promise and
 * more per chunk on every request.
 */
function readBody(request: IncomingMessage, limit: number): Promise<string | typeof TOO_LARGE> {
  const declared = Number(request.headers['content-length'] ?? 0);
  if (declared > limit) {
    request.resume();
    return Promise.resolve(TOO_LARGE);
  }
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size <= limit) return void chunks.push(chunk);
      // Drained without keeping, so the answer can still be sent on this connection.
      request.off('data', onData);
      request.resume();
      resolve(TOO_LARGE);
    };
    request.on('data', onData);
    request.once('end', () => resolve(size > limit ? TOO_LARGE : chunks.length === 1 ? chunks[0].toString('utf8') : Buffer.concat(chunks).toString('utf8')));
    request.once('error', reject);
    request.once('close', () => {
      if (!request.complete) reject(new Error('The request was closed before its body arrived.'));
    });
  });
}

function parseBody(body: string, contentType: string | undefined): unknown {
  if (body === '') return undefined;
  if (!contentType?.includes('json')) return body;
  try {
    return JSON.parse(body);
  } catch {
    return MALFORMED;
  }
}

function sendJsonError(response: ServerResponse, status: number, code: string, message: string, extensions: Record<string, unknown> = {}): void {
  const { http: _http, ...shown } = extensions;
  response.statusCode = status;
  response.setHeader('content-type', 'application/json; charset=utf-8');
  response.end(JSON.stringify({ errors: [{ message, extensions: { ...shown, code } }] }));
}

/**
 * Stops accepting connections and lets requests already being answered finish
 * (SIGTERM in a rolling deploy must not cut a partner's query in half); idle
 * keep-alive sockets close at once, and anything still open after `graceMs`
 * is cut.
 */
function closeServer(server: Server, graceMs = 10_000): Promise<void> {
  return new Promise((resolve, reject) => {
    const idle = setInterval(() => server.closeIdleConnections(), 100);
    const deadline = setTimeout(() => server.closeAllConnections(), graceMs);
    server.close((error) => {
      clearInterval(idle);
      clearTimeout(deadline);
      return error ? reject(error) : resolve();
    });
    server.closeIdleConnections();
  });
}
