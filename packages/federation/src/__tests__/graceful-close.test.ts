import { ApolloServer } from '@apollo/server';
import { afterEach, describe, expect, it } from 'vitest';
import { serveGraphQL, type RunningServer } from '../http-server.js';

/** A request that takes a while: the route answers 600 ms after it is asked. */
const SLOW_MS = 600;

describe('closing the HTTP server (SIGTERM)', () => {
  let running: RunningServer | undefined;
  afterEach(async () => {
    await running?.close().catch(() => {});
    running = undefined;
  });

  async function start(): Promise<RunningServer> {
    const apollo = new ApolloServer({ typeDefs: 'type Query { ok: Boolean }' });
    await apollo.start();
    return serveGraphQL(apollo, {
      port: 0,
      context: async () => ({}),
      routes: { '/slow': (_request, response) => void setTimeout(() => response.end('finished'), SLOW_MS) },
    });
  }

  it('finishes a request already in flight before it closes', async () => {
    running = await start();
    const inFlight = fetch(running.url.replace('/graphql', '/slow'));
    await new Promise((resolve) => setTimeout(resolve, 100));
    const began = Date.now();
    await running.close();
    const response = await inFlight;
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('finished');
    // close() waited for the request rather than cutting it.
    expect(Date.now() - began).toBeGreaterThanOrEqual(SLOW_MS - 150);
  });

  it('accepts no new connections once closing', async () => {
    running = await start();
    const url = running.url;
    await running.close();
    await expect(fetch(url, { method: 'POST' })).rejects.toThrow();
  });
});
