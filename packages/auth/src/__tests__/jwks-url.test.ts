import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTokenVerifier, DevIdentityProvider } from '../index.js';

const officer = { officerId: 'police-analyst', agency: 'police', roles: ['analyst'], purpose: 'youth-crime-prevention' };

describe('verifying against an identity provider\'s JWKS URL, as in production', () => {
  let provider: DevIdentityProvider;
  let server: Server;
  let jwksUrl: string;

  beforeAll(async () => {
    provider = await DevIdentityProvider.generate();
    server = createServer((_request, response) => {
      response.setHeader('content-type', 'application/json');
      response.end(JSON.stringify(provider.jwks));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    jwksUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/.well-known/jwks.json`;
  });
  afterAll(() => new Promise((resolve) => server.close(resolve)));

  it('accepts a token signed by a key the JWKS publishes', async () => {
    const verify = createTokenVerifier({ ...provider.authConfig(), keys: { jwksUrl } });
    await expect(verify(await provider.issue(officer))).resolves.toMatchObject({ officerId: 'police-analyst', agency: 'police', purpose: 'youth-crime-prevention' });
  });

  it('refuses a token signed by any other key', async () => {
    const verify = createTokenVerifier({ ...provider.authConfig(), keys: { jwksUrl } });
    const stranger = await DevIdentityProvider.generate(provider.issuer, provider.audience);
    await expect(verify(await stranger.issue(officer))).rejects.toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
  });
});
