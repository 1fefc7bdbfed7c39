import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mostKnownPersonId, officers, readmeExamples, startTestFederation, type TestFederation } from '@joined-up/testing';

/** The value of one sample line (`name{labels} value`) whose labels include all of `labels`; 0 when absent. */
function sample(text: string, name: string, labels: Record<string, string> = {}): number {
  const wanted = Object.entries(labels).map(([key, value]) => `${key}="${value}"`);
  const line = text
    .split('\n')
    .find((candidate) => (candidate.startsWith(`${name}{`) || candidate.startsWith(`${name} `)) && wanted.every((label) => candidate.includes(label)));
  return line ? Number(line.slice(line.lastIndexOf(' ') + 1)) : 0;
}

describe('Prometheus metrics at /metrics', () => {
  let federation: TestFederation;

  beforeAll(async () => {
    federation = await startTestFederation('metrics');
    const personQuery = readmeExamples().find((example) => example.includes('person(id: $id)'))!;
    const personId = await mostKnownPersonId(federation.subgraphs.get('person-index')!.database.db);
    // A person through every agency (SQL, loaders, audit writes, subgraph calls) and a refused argument (an error code).
    expect((await federation.query(personQuery, { as: officers.policeCaseworker, variables: { id: personId } })).errors).toBeUndefined();
    expect((await federation.query('{ outcomes(areaCode: "E09000022") { indicators { values(from: "2025-13") { value } } } }')).errors?.[0]?.extensions?.code).toBe(
      'BAD_USER_INPUT',
    );
  });
  afterAll(() => federation?.stop());

  async function scrape(url: string): Promise<string> {
    const response = await fetch(url.replace(/\/graphql$/, '/metrics'));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/plain');
    return response.text();
  }

  it('the gateway reports requests, latency, errors by code and each subgraph call', async () => {
    const text = await scrape(federation.gatewayUrl);
    expect(sample(text, 'joined_up_http_requests_total', { service: 'gateway', route: '/graphql', status: '200' })).toBeGreaterThanOrEqual(2);
    expect(sample(text, 'joined_up_http_request_duration_seconds_count', { service: 'gateway', route: '/graphql' })).toBeGreaterThanOrEqual(2);
    expect(sample(text, 'joined_up_graphql_errors_total', { service: 'gateway', code: 'BAD_USER_INPUT' })).toBeGreaterThanOrEqual(1);
    for (const subgraph of ['partnership', 'health', 'police', 'education', 'housing', 'voluntary']) {
      expect(sample(text, 'joined_up_subgraph_call_duration_seconds_count', { subgraph, outcome: 'ok' }), subgraph).toBeGreaterThanOrEqual(1);
    }
  });

  it('a subgraph reports its SQL statements, audit writes and DataLoader batch sizes', async () => {
    const text = await scrape(federation.subgraphs.get('police')!.url);
    expect(sample(text, 'joined_up_http_requests_total', { service: 'police', route: '/graphql' })).toBeGreaterThanOrEqual(1);
    expect(sample(text, 'joined_up_sql_statements_total', { schema: 'police', outcome: 'ok' })).toBeGreaterThan(0);
    expect(sample(text, 'joined_up_audit_entries_written_total')).toBeGreaterThan(0);
    expect(sample(text, 'joined_up_dataloader_batch_size_count')).toBeGreaterThan(0);
    expect(sample(text, 'joined_up_graphql_errors_total', { service: 'health', code: 'BAD_USER_INPUT' })).toBeGreaterThanOrEqual(1);
  });

  it('labels routes from a fixed set, so random paths cannot grow the metrics', async () => {
    await fetch(federation.gatewayUrl.replace('/graphql', '/wp-admin/setup.php'));
    const text = await scrape(federation.gatewayUrl);
    expect(text).not.toContain('wp-admin');
    expect(sample(text, 'joined_up_http_requests_total', { service: 'gateway', route: 'other', status: '404' })).toBeGreaterThanOrEqual(1);
  });
});
