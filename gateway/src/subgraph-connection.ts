import http, { type OutgoingHttpHeaders } from 'node:http';
import https from 'node:https';

/** A subgraph's HTTP answer: its status and its body, parsed when it is JSON. */
export interface SubgraphAnswer {
  status: number;
  body: unknown;
}

/** The subgraph did not answer within the gateway's wait. */
export class SubgraphTimeoutError extends Error {
  override readonly name = 'TimeoutError';
}

/**
 * Idle connections are closed after this long, before the subgraph's own
 * keep-alive timeout (65 s, `packages/federation/src/http-server.ts`), so the
 * gateway never sends on a connection the subgraph is closing.
 */
const IDLE_CONNECTION_MS = 30_000;

/**
 * The gateway's HTTP client for one subgraph: POSTs over Node's own HTTP
 * client with kept-alive connections.
 *
 * Profiling the gateway under load showed a third of its CPU in `fetch`
 * (undici's WHATWG request, header and stream objects, an AbortSignal per
 * call) and node-fetch's objects that Apollo's RemoteGraphQLDataSource builds
 * around it. A subgraph call is a small JSON body to a known address and a
 * JSON answer: `http.request` with the headers and body written at once, and
 * a plain timer for the deadline, does the same for a fraction of it.
 */
export class SubgraphConnection {
  private readonly agent: http.Agent;
  private readonly send: typeof http.request;
  private readonly target: http.RequestOptions;

  constructor(
    url: string,
    private readonly timeoutMs: number,
  ) {
    const parsed = new URL(url);
    const secure = parsed.protocol === 'https:';
    this.agent = secure ? new https.Agent({ keepAlive: true, timeout: IDLE_CONNECTION_MS }) : new http.Agent({ keepAlive: true, timeout: IDLE_CONNECTION_MS });
    this.send = secure ? https.request : http.request;
    this.target = {
      method: 'POST',
      protocol: parsed.protocol,
      // An IPv6 literal comes bracketed in a URL, bare in a socket address.
      hostname: parsed.hostname.replace(/^\[(.*)\]$/, '$1'),
      port: parsed.port || undefined,
      path: `${parsed.pathname}${parsed.search}`,
      agent: this.agent,
    };
  }

  /** POSTs `body`; rejects on a transport failure or after the timeout, resolves with any HTTP status. */
  post(body: string, headers: OutgoingHttpHeaders): Promise<SubgraphAnswer> {
    return new Promise((resolve, reject) => {
      let settled = false;
      const fail = (error: Error) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        request.destroy();
        reject(error);
      };
      const request = this.send({ ...this.target, headers: { ...headers, 'content-length': Buffer.byteLength(body) } }, (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('error', fail);
        // Closed before its end: the subgraph went away mid-answer.
        response.on('close', () => fail(new Error('The connection closed before the answer was complete.')));
        response.on('end', () => {
          if (settled) return;
          const text = Buffer.concat(chunks).toString('utf8');
          const json = /^application\/(graphql-response\+)?json/.test(response.headers['content-type'] ?? '');
          let parsed: unknown = text;
          if (json) {
            try {
              parsed = JSON.parse(text);
            } catch (error) {
              return fail(error as Error);
            }
          }
          settled = true;
          clearTimeout(timer);
          resolve({ status: response.statusCode ?? 0, body: parsed });
        });
      });
      const timer = setTimeout(() => fail(new SubgraphTimeoutError(`No answer within ${this.timeoutMs} ms.`)), this.timeoutMs);
      request.on('error', fail);
      request.end(body);
    });
  }

  /** Closes the kept-alive connections. */
  close(): void {
    this.agent.destroy();
  }
}
