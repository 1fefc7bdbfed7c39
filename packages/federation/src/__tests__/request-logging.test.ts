import { afterEach, describe, expect, it } from 'vitest';
import { ApolloServer } from '@apollo/server';
import { buildSchema } from 'graphql';
import { serveGraphQL, type RunningServer } from '../http-server.js';
import { logger, logSink } from '../logger.js';
import { maskError } from '../mask-error.js';
import { unexpectedErrorLogPlugin } from '../error-log-plugin.js';

const schema = buildSchema('type Query { broken(wait: Int!): String }');
const rootValue = {
  // A bug, not a refusal: masked for the client, logged in full for us.
  broken: async ({ wait }: { wait: number }) => {
    await new Promise((resolve) => setTimeout(resolve, wait));
    throw new Error(`driver exploded after ${wait} ms`);
  },
};

/** `logScope: false` is how a subgraph serves: its plugin logs unexpected errors with the request's id instead. */
async function serve(logScope = true): Promise<RunningServer> {
  const apollo = new ApolloServer<{ requestId: string }>({
    schema,
    rootValue,
    formatError: (formatted, error) => maskError(formatted, error, { log: (message, cause) => logger.error({ service: 'test', err: cause }, message) }),
    plugins: logScope ? [] : [unexpectedErrorLogPlugin('test')],
  });
  await apollo.start();
  const running = await serveGraphQL(apollo, {
    port: 0,
    logScope,
    context: async (request) => ({ requestId: String(request.headers['x-request-id']) }),
  });
  return { ...running, close: async () => (await running.close(), await apollo.stop()) };
}

describe('structured logs while serving a request', () => {
  let server: RunningServer | undefined;
  const write = logSink.write;
  afterEach(async () => {
    logSink.write = write;
    await server?.close();
    server = undefined;
  });

  it.each([
    ['in a log scope', true],
    ['by the error log plugin, without a log scope', false],
  ])("every line logged for a request is one JSON object carrying that request's id, even with requests interleaved (%s)", async (_how, logScope) => {
    const lines: string[] = [];
    logSink.write = (line) => lines.push(line);
    server = await serve(logScope);
    const post = (requestId: string, wait: number) =>
      fetch(server!.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-request-id': requestId },
        body: JSON.stringify({ query: `{ broken(wait: ${wait}) }` }),
      }).then((response) => response.json() as Promise<any>);
    // The first request's error is logged after the second's has started and finished.
    const [slow, fast] = await Promise.all([post('request-slow-1', 150), post('request-fast-2', 10)]);
    expect(slow.errors[0].extensions.code).toBe('INTERNAL_SERVER_ERROR');
    expect(fast.errors[0].message).not.toContain('driver exploded');

    const logged = lines.map((line) => JSON.parse(line));
    expect(logged).toHaveLength(2);
    const byWait = Object.fromEntries(logged.map((entry) => [entry.err.message.match(/after (\d+) ms/)[1], entry]));
    expect(byWait['150']).toMatchObject({ level: 50, requestId: 'request-slow-1', service: 'test', msg: 'Unexpected error' });
    expect(byWait['10']).toMatchObject({ level: 50, requestId: 'request-fast-2', service: 'test', msg: 'Unexpected error' });
    expect(byWait['150'].err.stack).toContain('driver exploded');
  });

  it('a line logged outside any request carries no request id', () => {
    const lines: string[] = [];
    logSink.write = (line) => lines.push(line);
    logger.info('between requests');
    expect(JSON.parse(lines[0])).not.toHaveProperty('requestId');
  });
});
