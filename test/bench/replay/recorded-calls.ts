import { createServer, request, type Agent, type IncomingHttpHeaders } from 'node:http';

/** One call a gateway made to a subgraph, as it was sent. */
export interface RecordedCall {
  subgraph: string;
  headers: Record<string, string>;
  body: string;
}

/** Headers a replay sets itself. */
const HOP_HEADERS = new Set(['host', 'connection', 'content-length', 'keep-alive', 'transfer-encoding']);

/**
 * A pass-through in front of each subgraph that, while `recording`, keeps
 * every GraphQL call the gateway sends through it. The gateway is started
 * with the recorders' URLs in place of the subgraphs'.
 */
export async function startRecorders(subgraphUrls: Record<string, string>) {
  const calls: RecordedCall[] = [];
  const state = { recording: false };
  const urls: Record<string, string> = {};
  const servers: ReturnType<typeof createServer>[] = [];
  for (const [subgraph, url] of Object.entries(subgraphUrls)) {
    const target = new URL(url);
    const server = createServer((incoming, answer) => {
      const chunks: Buffer[] = [];
      incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
      incoming.on('end', () => {
        const body = Buffer.concat(chunks).toString('utf8');
        const headers = plainHeaders(incoming.headers);
        if (state.recording && incoming.url?.startsWith(target.pathname)) calls.push({ subgraph, headers, body });
        const forwarded = request({ host: target.hostname, port: target.port, path: incoming.url, method: incoming.method, headers: { ...headers, 'content-length': Buffer.byteLength(body) } }, (response) => {
          answer.writeHead(response.statusCode ?? 502, response.headers);
          response.pipe(answer);
        });
        forwarded.on('error', () => answer.destroy());
        forwarded.end(body);
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
    servers.push(server);
    urls[subgraph] = `http://127.0.0.1:${(server.address() as { port: number }).port}${target.pathname}`;
  }
  return {
    urls,
    /** The calls made while `during` runs. */
    async record(during: () => Promise<unknown>): Promise<RecordedCall[]> {
      calls.length = 0;
      state.recording = true;
      try {
        await during();
      } finally {
        state.recording = false;
      }
      return [...calls];
    },
    close: () => Promise.all(servers.map((server) => new Promise<void>((resolve) => server.close(() => resolve())))),
  };
}

function plainHeaders(headers: IncomingHttpHeaders): Record<string, string> {
  const plain: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) if (typeof value === 'string' && !HOP_HEADERS.has(name)) plain[name] = value;
  return plain;
}

/** Sends `call` again to its subgraph at `url` with `token` as the officer's; resolves with the answer's status. */
export function replayCall(call: RecordedCall, url: string, token: string, agent: Agent): Promise<number> {
  const target = new URL(url);
  return new Promise((resolve, reject) => {
    const sent = request(
      { host: target.hostname, port: target.port, path: target.pathname, method: 'POST', agent, headers: { ...call.headers, authorization: `Bearer ${token}`, 'content-length': Buffer.byteLength(call.body) } },
      (response) => {
        response.resume();
        response.on('end', () => resolve(response.statusCode ?? 0));
      },
    );
    sent.on('error', reject);
    sent.end(call.body);
  });
}
