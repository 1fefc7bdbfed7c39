import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestFederation, type TestFederation } from '@joined-up/testing';

describe('the gateway in production mode', () => {
  let federation: TestFederation;

  beforeAll(async () => {
    federation = await startTestFederation('production-mode', { production: true });
  });
  afterAll(() => federation?.stop());

  it('refuses introspection', async () => {
    const response = await federation.query('{ __schema { types { name } } }');
    expect(response.status).toBe(400);
    expect(response.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(response.text).not.toContain('"types"');
  });

  it('gives no field suggestions', async () => {
    const response = await federation.query('{ agencie { id } }');
    expect(response.status).toBe(400);
    expect(response.text).not.toMatch(/Did you mean/);
  });

  it('serves no explorer', async () => {
    const response = await fetch(federation.gatewayUrl.replace(/\/graphql$/, '/explorer'));
    expect(response.status).toBe(404);
  });

  it('still answers ordinary queries', async () => {
    const response = await federation.query('{ agencies { id } }');
    expect(response.errors).toBeUndefined();
  });
});

describe('the gateway in development mode', () => {
  let federation: TestFederation;

  beforeAll(async () => {
    federation = await startTestFederation('development-mode');
  });
  afterAll(() => federation?.stop());

  it('serves the offline explorer and its assets from the gateway itself', async () => {
    const page = await fetch(federation.gatewayUrl.replace(/\/graphql$/, '/explorer'));
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).not.toMatch(/https?:\/\/(?!localhost)/);
    for (const asset of ['/explorer/graphiql.js', '/explorer/graphiql.css', '/explorer/react.js', '/explorer/react-dom.js']) {
      const response = await fetch(new URL(asset, federation.gatewayUrl));
      expect(response.status, asset).toBe(200);
    }
  });

  it('allows introspection for partner developers', async () => {
    const response = await federation.query('{ __schema { queryType { name } } }');
    expect(response.data.__schema.queryType.name).toBe('Query');
  });
});
