import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestFederation, type TestFederation } from '@joined-up/testing';
import { DASHBOARD_DIST, ensureDashboardBuilt } from '../../apps/dashboard/build/dashboard-build.js';

describe('the gateway in production mode', () => {
  let federation: TestFederation;

  beforeAll(async () => {
    federation = await startTestFederation('production-mode', { production: true, dashboardDir: DASHBOARD_DIST });
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

  it('serves no dashboard and mints no development token', async () => {
    for (const route of ['/dashboard', '/dashboard/token?agency=police&role=analyst&purpose=youth-crime-prevention']) {
      const response = await fetch(new URL(route, federation.gatewayUrl));
      expect(response.status, route).toBe(404);
      expect(await response.text()).not.toMatch(/token"\s*:/);
    }
  });

  it('still answers ordinary queries', async () => {
    const response = await federation.query('{ agencies { id } }');
    expect(response.errors).toBeUndefined();
  });
});

describe('the gateway in development mode', () => {
  let federation: TestFederation;

  beforeAll(async () => {
    federation = await startTestFederation('development-mode', { dashboardDir: ensureDashboardBuilt() });
    // Builds the dashboard first when its build is stale (pnpm test has built it already).
  }, 300_000);
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

  it('serves the dashboard and its assets from the gateway itself, with no other origin', async () => {
    const page = await fetch(federation.gatewayUrl.replace(/\/graphql$/, '/dashboard'));
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).not.toMatch(/https?:\/\//);
    const assets = [...html.matchAll(/(?:src|href)="(\/dashboard\/assets\/[^"]+)"/g)].map((match) => match[1]!);
    expect(assets.length).toBeGreaterThanOrEqual(2);
    for (const asset of assets) {
      const response = await fetch(new URL(asset, federation.gatewayUrl));
      expect(response.status, asset).toBe(200);
      expect(await response.text()).not.toMatch(/https?:\/\/(?:cdn|unpkg|fonts\.)/);
    }
  });

  it('mints a development token for the dashboard sign-in that the gateway accepts, and refuses odd claims', async () => {
    const minted = await fetch(new URL('/dashboard/token?agency=housing&role=lead&purpose=safeguarding', federation.gatewayUrl));
    expect(minted.status).toBe(200);
    const { token } = (await minted.json()) as { token: string };
    const claims = JSON.stringify(JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString('utf8')));
    for (const claim of ['housing-lead', '"housing"', 'lead', 'safeguarding']) expect(claims).toContain(claim);
    const response = await federation.query('{ officer(id: "housing-lead") { agency { id } } }', { token });
    expect(response.errors).toBeUndefined();
    expect(response.data.officer.agency.id).toBe('housing');
    const odd = await fetch(new URL('/dashboard/token?agency=police&role=analyst,admin&purpose=research', federation.gatewayUrl));
    expect(odd.status).toBe(400);
  });
});
