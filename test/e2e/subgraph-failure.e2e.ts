import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { officers, startTestFederation, type TestFederation } from '@joined-up/testing';

const TIMEOUT_MS = 1500;
const AREA = `{ area(code: "E09000022") { code name health { aeAttendances { value } } } }`;

/** Listens where a subgraph was and never answers: a hung service. */
async function hangAt(url: string): Promise<Server> {
  const server = createServer(() => {
    /* accept the request, never respond */
  });
  await new Promise<void>((resolve) => server.listen(Number(new URL(url).port), '127.0.0.1', resolve));
  return server;
}

describe('one subgraph down or hung gives partial data and an error, not a failed request', () => {
  let federation: TestFederation;
  let hung: Server | undefined;

  beforeAll(async () => {
    federation = await startTestFederation('subgraph-failure', { subgraphTimeoutMs: TIMEOUT_MS });
  });
  afterAll(async () => {
    hung?.closeAllConnections();
    await new Promise((resolve) => hung?.close(resolve) ?? resolve(undefined));
    await federation?.stop();
  });

  it('answers fully while every subgraph is up', async () => {
    const response = await federation.query(AREA, { as: officers.healthAnalyst });
    expect(response.errors).toBeUndefined();
    expect(response.data.area.health.aeAttendances.value).toBeGreaterThan(0);
  });

  it('returns the rest of the answer and names the missing agency when one subgraph hangs', async () => {
    const health = federation.subgraphs.get('health')!;
    await health.stopServing();
    hung = await hangAt(health.url);
    const started = Date.now();
    const response = await federation.query(AREA, { as: officers.healthAnalyst });
    const elapsed = Date.now() - started;
    expect(elapsed).toBeLessThan(TIMEOUT_MS + 2000);
    expect(response.status).toBe(200);
    expect(response.data.area).toMatchObject({ code: 'E09000022', name: 'Lambeth', health: null });
    expect(response.errors?.[0]).toMatchObject({ extensions: { code: 'SUBGRAPH_UNAVAILABLE', service: 'health' } });
    expect(response.errors?.[0].message).toMatch(/did not answer within/);
    expect(response.text).not.toContain(new URL(health.url).host);
  });

  it('does the same when a subgraph is stopped outright', async () => {
    hung?.closeAllConnections();
    await new Promise((resolve) => hung!.close(resolve));
    hung = undefined;
    const response = await federation.query(AREA, { as: officers.healthAnalyst });
    expect(response.data.area).toMatchObject({ code: 'E09000022', health: null });
    expect(response.errors?.[0]).toMatchObject({ extensions: { code: 'SUBGRAPH_UNAVAILABLE', service: 'health' } });
    expect(response.errors?.[0].message).toMatch(/unavailable/);
    expect(response.text).not.toMatch(/ECONNREFUSED|127\.0\.0\.1|localhost/);
  });
});
