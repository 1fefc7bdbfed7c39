import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GATEWAY_KEY_HEADER, observeOperations, OPERATION_LIMITS } from '@joined-up/federation';
import { officers, postGraphQL, startTestFederation, type GraphQLResponse, type TestFederation } from '@joined-up/testing';

/**
 * Attacks tried from outside, over HTTP, against the whole stack: each one
 * is answered by a limit that names itself. Subgraphs are attacked at their
 * own URLs, as someone on the network with a valid officer token would.
 */

/** `{ agencies { officers { agency { officers … { name } } } } }`, `depth` fields deep. */
function agencyOfficerBomb(depth: number): string {
  let selection = 'name';
  for (let level = depth - 1; level >= 1; level--) selection = `${level === 1 ? 'agencies' : level % 2 === 0 ? 'officers' : 'agency'} { ${selection} }`;
  return `{ ${selection} }`;
}

/** Voluntary's own cycle: `{ services { organisation { services … { name } } } }`. */
function serviceOrganisationBomb(depth: number): string {
  let selection = 'name';
  for (let level = depth - 1; level >= 1; level--) selection = `${level % 2 === 1 ? 'services' : 'organisation'} { ${selection} }`;
  return `{ ${selection} }`;
}

function expectLimit(response: GraphQLResponse, code: string, limit: number, measured?: number) {
  expect(response.status, response.text.slice(0, 300)).toBe(400);
  const error = response.errors?.[0];
  expect(error?.extensions?.code).toBe(code);
  expect(error?.extensions?.limit).toBe(limit);
  if (measured !== undefined) expect(error?.extensions?.measured).toBe(measured);
  expect(error?.message).toContain(`${error?.extensions?.measured} exceeds the limit of ${limit}`);
  expect(response.data ?? null).toBeNull();
}

describe('attacks on the federation are refused, each with the limit it met', () => {
  let federation: TestFederation;
  let officerToken: string;
  let personIds: string[];

  beforeAll(async () => {
    federation = await startTestFederation('attacks', { maxConcurrentPerOfficer: 2 });
    officerToken = await federation.token(officers.policeCaseworker);
    const rows = await federation.subgraphs.get('person-index')!.database.db.selectFrom('people').select('person_id').limit(480).execute();
    personIds = rows.map((row) => row.person_id as string);
  });
  afterAll(() => federation?.stop());

  it('the 15-level depth bomb sent straight to every subgraph is refused with 400 in under 100 ms, and memory stays flat', async () => {
    const bomb = agencyOfficerBomb(15);
    for (const subgraph of federation.subgraphs.values()) await postGraphQL(subgraph.url, '{ __typename }', { token: officerToken });
    const rssBefore = process.memoryUsage().rss;
    for (const [name, subgraph] of federation.subgraphs) {
      const started = performance.now();
      const response = await postGraphQL(subgraph.url, bomb, { token: officerToken });
      const elapsed = performance.now() - started;
      expect(response.status, `${name}: ${response.text.slice(0, 200)}`).toBe(400);
      expect(elapsed, `${name} answered in ${elapsed.toFixed(0)} ms`).toBeLessThan(100);
      expect(response.data ?? null).toBeNull();
      // Only the partnership has agencies and officers; the others refuse the
      // fields they do not have, before any limit is needed.
      const code = name === 'partnership' ? 'QUERY_DEPTH_LIMIT' : 'GRAPHQL_VALIDATION_FAILED';
      expect(response.errors?.[0].extensions?.code, name).toBe(code);
    }
    const partnership = await postGraphQL(federation.subgraphs.get('partnership')!.url, bomb, { token: officerToken });
    expectLimit(partnership, 'QUERY_DEPTH_LIMIT', OPERATION_LIMITS.maxDepth, 15);
    expect(partnership.errors?.[0].message).toMatch(/^Query depth 15 exceeds the limit of 10\./);
    const voluntary = await postGraphQL(federation.subgraphs.get('voluntary')!.url, serviceOrganisationBomb(15), { token: officerToken });
    expectLimit(voluntary, 'QUERY_DEPTH_LIMIT', OPERATION_LIMITS.maxDepth, 15);
    const grownMb = (process.memoryUsage().rss - rssBefore) / 1024 / 1024;
    expect(grownMb, `the process grew by ${grownMb.toFixed(1)} MB`).toBeLessThan(50);
  });

  it('the 7-level bomb, within the depth limit, is refused by its cost at the gateway and at the partnership', async () => {
    const bomb = agencyOfficerBomb(7);
    expectLimit(await federation.query(bomb, { as: officers.policeCaseworker }), 'QUERY_COST_LIMIT', OPERATION_LIMITS.maxCost);
    expectLimit(await postGraphQL(federation.subgraphs.get('partnership')!.url, bomb, { token: officerToken }), 'QUERY_COST_LIMIT', OPERATION_LIMITS.maxCost);
  });

  it('every subgraph enforces the same limits: 16 aliases are refused at each', async () => {
    const aliases = Array.from({ length: OPERATION_LIMITS.maxAliases + 1 }, (_, index) => `a${index}: _entities(representations: []) { __typename }`).join(' ');
    for (const [name, subgraph] of federation.subgraphs) {
      const response = await postGraphQL(subgraph.url, `{ ${aliases} }`, { token: officerToken });
      expect(response.errors?.[0].extensions?.code, name).toBe('QUERY_ALIAS_LIMIT');
      expectLimit(response, 'QUERY_ALIAS_LIMIT', OPERATION_LIMITS.maxAliases, OPERATION_LIMITS.maxAliases + 1);
    }
  });

  it('list sizes passed in variables count: 10 aliases of people(ids: $iN) with 480 ids each are refused at the gateway and the person index', async () => {
    expect(personIds.length).toBeGreaterThan(400);
    const ids = Array.from({ length: 480 }, (_, index) => personIds[index % personIds.length]);
    const variables = Object.fromEntries(Array.from({ length: 10 }, (_, index) => [`i${index}`, ids]));
    const declarations = Object.keys(variables).map((name) => `$${name}: [ID!]!`).join(', ');
    const person = 'id health { aeAttendances { arrivedAt } } police { offences { role } } education { exclusions { kind } } housing { homelessnessApplications { duty } } voluntary { referrals { status } }';
    const query = `query(${declarations}) { ${Object.keys(variables).map((name, index) => `a${index}: people(ids: $${name}) { ${person} }`).join(' ')} }`;

    federation.resetStatements();
    const started = performance.now();
    const atGateway = await federation.query(query, { as: officers.policeCaseworker, variables });
    expectLimit(atGateway, 'QUERY_COST_LIMIT', OPERATION_LIMITS.maxCost);
    expect(atGateway.errors?.[0].extensions?.measured).toBeGreaterThan(10 * 480 * 10);
    expect(performance.now() - started).toBeLessThan(1000);
    expect(federation.statementCount(), 'no subgraph was asked anything').toBe(0);

    const indexPart = `query(${declarations}) { ${Object.keys(variables).map((name, index) => `a${index}: people(ids: $${name}) { id knownTo { id } }`).join(' ')} }`;
    const atIndex = await postGraphQL(federation.subgraphs.get('person-index')!.url, indexPart, { token: officerToken, variables });
    expectLimit(atIndex, 'QUERY_COST_LIMIT', OPERATION_LIMITS.maxCost);
    expect(federation.statementCount()).toBe(0);

    // 480 ids cost the same written inline as passed in a variable (4,800
    // inline would already be over the token limit).
    const costs: number[] = [];
    const stop = observeOperations((measure) => measure.service === 'person-index' && costs.push(measure.cost));
    try {
      await postGraphQL(federation.subgraphs.get('person-index')!.url, `{ people(ids: ${JSON.stringify(ids)}) { id knownTo { id } } }`, { token: officerToken });
      await postGraphQL(federation.subgraphs.get('person-index')!.url, 'query($i: [ID!]!) { people(ids: $i) { id knownTo { id } } }', { token: officerToken, variables: { i: ids } });
    } finally {
      stop();
    }
    expect(costs).toHaveLength(2);
    expect(costs[0]).toBeGreaterThan(480 * 10);
    expect(costs[1]).toBe(costs[0]);
  });

  it('a whole-population cohort gives its size but refuses to list its members', async () => {
    const started = performance.now();
    const response = await federation.query(
      '{ cohort(areaCode: "E09000022", minAgencies: 1, ageFrom: 0, ageTo: 120) { size { value } members { id } } }',
      { as: officers.policeCaseworker },
    );
    expect(performance.now() - started).toBeLessThan(5000);
    expect(response.data?.cohort.size.value).toBeGreaterThan(OPERATION_LIMITS.maxCohortMembers);
    expect(response.data?.cohort.members).toBeNull();
    const error = response.errors?.find((candidate) => candidate.extensions?.code === 'LIST_SIZE_LIMIT');
    expect(error?.path).toEqual(['cohort', 'members']);
    expect(error?.extensions?.limit).toBe(OPERATION_LIMITS.maxCohortMembers);
    expect(error?.extensions?.measured).toBeGreaterThan(OPERATION_LIMITS.maxCohortMembers);
    expect(error?.message).toMatch(/^List size \d+ exceeds the limit of 500\./);
  });

  it('introspection and _service at a subgraph are refused to an officer token and answered to the gateway', async () => {
    for (const [name, subgraph] of federation.subgraphs) {
      for (const query of ['{ _service { sdl } }', '{ __schema { types { name } } }', '{ __type(name: "Query") { fields { name } } }']) {
        const refused = await postGraphQL(subgraph.url, query, { token: officerToken });
        expect(refused.status, `${name}: ${query}`).toBe(403);
        expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');
        expect(refused.errors?.[0].message).toContain('only to the gateway');
        expect(refused.data ?? null).toBeNull();
        expect(refused.text).not.toContain('@inaccessible');
      }
      const wrongKey = await postGraphQL(subgraph.url, '{ _service { sdl } }', { token: officerToken, headers: { [GATEWAY_KEY_HEADER]: 'guessed' } });
      expect(wrongKey.status, `${name} with a guessed key`).toBe(403);
      const gateway = await postGraphQL(subgraph.url, '{ _service { sdl } }', { token: officerToken, headers: { [GATEWAY_KEY_HEADER]: federation.gatewayKey } });
      expect(gateway.status, name).toBe(200);
      expect(gateway.data?._service.sdl).toContain('type Query');
    }
  });

  it('gives no "Did you mean" suggestions to an officer at a subgraph', async () => {
    const partnership = federation.subgraphs.get('partnership')!.url;
    const officer = await postGraphQL(partnership, '{ agencie { id } }', { token: officerToken });
    expect(officer.status).toBe(400);
    expect(officer.errors?.[0].message).toContain('Cannot query field "agencie"');
    expect(officer.text).not.toContain('Did you mean');
    const gateway = await postGraphQL(partnership, '{ agencie { id } }', { token: officerToken, headers: { [GATEWAY_KEY_HEADER]: federation.gatewayKey } });
    expect(gateway.errors?.[0].message).toContain('Did you mean "agencies"');
  });

  it('limits one officer to a few concurrent requests at the gateway, without holding up another officer', async () => {
    const slow = '{ outcomes(areaCode: "E09000022") { id indicators { values(from: "2023-01", to: "2026-10") { value } trend status } } }';
    const burst = await Promise.all(Array.from({ length: 6 }, () => federation.query(slow, { as: officers.policeCaseworker })));
    const refused = burst.filter((response) => response.status === 429);
    expect(refused.length).toBeGreaterThanOrEqual(1);
    expect(refused[0].errors?.[0].extensions?.code).toBe('CONCURRENT_REQUEST_LIMIT');
    expect(refused[0].errors?.[0].extensions?.limit).toBe(2);
    expect(refused[0].errors?.[0].message).toMatch(/^Concurrent requests for this officer 3 exceeds the limit of 2\./);
    expect(burst.filter((response) => response.status === 200).length).toBeGreaterThanOrEqual(2);

    const [mine, another] = await Promise.all([
      Promise.all(Array.from({ length: 3 }, () => federation.query(slow, { as: officers.policeCaseworker }))),
      federation.query('{ agencies { id } }', { as: officers.healthCaseworker }),
    ]);
    expect(mine.some((response) => response.status === 429)).toBe(true);
    expect(another.status).toBe(200);
    expect(another.data?.agencies.map((agency: { id: string }) => agency.id)).toContain('police');
    // Slots are given back: once the burst is over the officer is served again.
    expect((await federation.query('{ agencies { id } }', { as: officers.policeCaseworker })).status).toBe(200);
  });
});
