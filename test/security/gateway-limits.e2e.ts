import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postGraphQL, startTestFederation, type TestFederation } from '@joined-up/testing';
import { QUERY_LIMITS } from '@joined-up/gateway/limits';

/** `area { lsoas { parent { lsoas { parent ... } } } }` nested to `depth` selections. */
function nestedAreaQuery(depth: number): string {
  let selection = 'code';
  for (let level = 0; level < depth - 1; level++) selection = `${level % 2 === 0 ? 'parent' : 'lsoas'} { code ${selection} }`;
  return `{ area(code: "E01003013") { ${selection} } }`;
}

function expectRefusedAsInvalid(response: { status: number; errors?: { extensions?: Record<string, unknown>; message: string }[] }, limit: number) {
  expect(response.status).toBe(400);
  expect(response.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  // The limit itself is not told to the client.
  expect(response.errors?.[0].message).not.toContain(String(limit));
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
    const atLimit = await federation.query(nestedAreaQuery(QUERY_LIMITS.maxDepth - 1));
    expect(atLimit.errors).toBeUndefined();
    federation.resetStatements();
    expectRefusedAsInvalid(await federation.query(nestedAreaQuery(QUERY_LIMITS.maxDepth + 2)), QUERY_LIMITS.maxDepth);
    expect(federation.statementCount()).toBe(0);
  });

  it('refuses too many aliases', async () => {
    const aliases = Array.from({ length: QUERY_LIMITS.maxAliases + 1 }, (_, index) => `a${index}: agencies { id }`).join(' ');
    expectRefusedAsInvalid(await federation.query(`{ ${aliases} }`), QUERY_LIMITS.maxAliases);
  });

  it('refuses a query whose cost is over the limit even within the depth limit', async () => {
    const wide =
      'code name kind parent { code name kind lsoas { code name kind } } lsoas { code name kind parent { code name kind lsoas { code name kind parent { code name kind lsoas { code name kind parent { code name kind } } } } } }';
    const query = `{ ${Array.from({ length: QUERY_LIMITS.maxAliases }, (_, index) => `x${index}: areas { ${wide} }`).join(' ')} }`;
    expectRefusedAsInvalid(await federation.query(query), QUERY_LIMITS.maxCost);
  });

  it('refuses a query with too many tokens without telling the limit', async () => {
    const fields = Array.from({ length: QUERY_LIMITS.maxTokens }, () => 'id').join(' ');
    const response = await federation.query(`{ agencies { ${fields} } }`);
    expect(response.status).toBe(400);
    expect(response.errors?.[0].extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
    expect(response.errors?.[0].message).not.toContain(String(QUERY_LIMITS.maxTokens));
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
