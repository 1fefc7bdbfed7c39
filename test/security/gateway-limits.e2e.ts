import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postGraphQL, startTestFederation, type TestFederation } from '@joined-up/testing';
import { QUERY_LIMITS } from '@joined-up/gateway/limits';

type Refusal = { status: number; errors?: { extensions?: Record<string, unknown>; message: string }[] };

/**
 * `area { parent { parent ... { code } } }`, `depth` fields deep: deep but
 * cheap (no lists), so only the depth limit can refuse it.
 */
function nestedAreaQuery(depth: number): string {
  let selection = 'code';
  for (let level = 0; level < depth - 2; level++) selection = `parent { code ${selection} }`;
  return `{ area(code: "E01003013") { ${selection} } }`;
}

/** Refused with HTTP 400, the limit's own code, and a message naming the measured value and the limit. */
function expectRefused(response: Refusal, code: string, limit: number, measured?: number) {
  expect(response.status).toBe(400);
  const error = response.errors?.[0];
  expect(error?.extensions?.code).toBe(code);
  expect(error?.extensions?.limit).toBe(limit);
  if (measured !== undefined) expect(error?.extensions?.measured).toBe(measured);
  expect(error?.extensions?.measured as number).toBeGreaterThan(limit);
  expect(error?.message).toContain(`${error?.extensions?.measured} exceeds the limit of ${limit}`);
}

describe('the gateway refuses abusive requests before they reach any subgraph', () => {
  let federation: TestFederation;
  let token: string;

  beforeAll(async () => {
    federation = await startTestFederation('gateway-limits');
    token = await federation.token();
  });
  afterAll(() => federation?.stop());

  it('accepts a query at the depth limit and refuses one beyond it', async () => {
    const atLimit = await federation.query(nestedAreaQuery(QUERY_LIMITS.maxDepth));
    expect(atLimit.errors).toBeUndefined();
    federation.resetStatements();
    const refused = await federation.query(nestedAreaQuery(QUERY_LIMITS.maxDepth + 2));
    expectRefused(refused, 'QUERY_DEPTH_LIMIT', QUERY_LIMITS.maxDepth, QUERY_LIMITS.maxDepth + 2);
    expect(refused.errors?.[0].message).toMatch(/^Query depth 12 exceeds the limit of 10\./);
    expect(federation.statementCount()).toBe(0);
  });

  it('refuses too many aliases', async () => {
    const aliases = Array.from({ length: QUERY_LIMITS.maxAliases + 1 }, (_, index) => `a${index}: agencies { id }`).join(' ');
    expectRefused(await federation.query(`{ ${aliases} }`), 'QUERY_ALIAS_LIMIT', QUERY_LIMITS.maxAliases, QUERY_LIMITS.maxAliases + 1);
  });

  it('refuses too many directives', async () => {
    const fields = Array.from({ length: QUERY_LIMITS.maxDirectives + 1 }, () => 'id @include(if: true)').join(' ');
    expectRefused(await federation.query(`{ agencies { ${fields} } }`), 'QUERY_DIRECTIVE_LIMIT', QUERY_LIMITS.maxDirectives, QUERY_LIMITS.maxDirectives + 1);
  });

  it('refuses a query whose cost is over the limit even within the depth limit', async () => {
    const wide =
      'code name kind parent { code name kind lsoas { code name kind } } lsoas { code name kind parent { code name kind lsoas { code name kind parent { code name kind lsoas { code name kind parent { code name kind } } } } } }';
    const query = `{ ${Array.from({ length: QUERY_LIMITS.maxAliases }, (_, index) => `x${index}: areas { ${wide} }`).join(' ')} }`;
    expectRefused(await federation.query(query), 'QUERY_COST_LIMIT', QUERY_LIMITS.maxCost);
  });

  it('refuses a query with too many tokens, saying how many it has', async () => {
    const fields = Array.from({ length: QUERY_LIMITS.maxTokens }, () => 'id').join(' ');
    // `{ agencies {` and `} }` are 5 tokens more.
    expectRefused(await federation.query(`{ agencies { ${fields} } }`), 'QUERY_TOKEN_LIMIT', QUERY_LIMITS.maxTokens, QUERY_LIMITS.maxTokens + 5);
  });

  it('refuses batched JSON arrays', async () => {
    const response = await fetch(federation.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify([{ query: '{ agencies { id } }' }, { query: '{ agencies { id } }' }]),
    });
    expect(response.status).toBe(400);
  });

  it('refuses cross-site simple requests (CSRF prevention)', async () => {
    const response = await fetch(`${federation.gatewayUrl}?query=${encodeURIComponent('{ agencies { id } }')}`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(response.status).toBe(400);
    expect(await response.text()).toMatch(/CSRF|preflight/i);
  });

  it('refuses bodies over the size limit', async () => {
    const padding = 'x'.repeat(300 * 1024);
    const response = await postGraphQL(federation.gatewayUrl, `{ agencies { id } } # ${padding}`, { token });
    expect(response.status).toBe(413);
  });

  it('answers malformed queries with a code and no stack trace', async () => {
    const response = await federation.query('{ agencies { id ');
    expect(response.status).toBe(400);
    expect(response.errors?.[0].extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
    expect(response.text).not.toMatch(/stacktrace|node_modules|\.ts:\d+/);
  });
});
