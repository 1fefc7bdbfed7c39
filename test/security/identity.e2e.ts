import { generateKeyPair, SignJWT, UnsecuredJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DevIdentityProvider } from '@joined-up/auth';
import { GATEWAY_KEY_HEADER } from '@joined-up/federation';
import { officers, postGraphQL, startTestFederation, type TestFederation } from '@joined-up/testing';
import { AGENCY_IDS } from '@joined-up/agencies';

const QUERY = '{ agencies { id } }';

describe('only verified officer tokens get an answer, at the gateway and at every subgraph', () => {
  let federation: TestFederation;

  beforeAll(async () => {
    federation = await startTestFederation('identity');
  });
  afterAll(() => federation?.stop());

  async function expectRefused(token: string | undefined, pattern: RegExp) {
    const response = await postGraphQL(federation.gatewayUrl, QUERY, { token });
    expect(response.status).toBe(401);
    expect(response.data ?? null).toBeNull();
    expect(response.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect(response.errors?.[0].message).toMatch(pattern);
  }

  it('answers a valid token', async () => {
    const response = await federation.query(QUERY);
    expect(response.status).toBe(200);
    expect(response.data.agencies).toHaveLength(AGENCY_IDS.length);
  });

  it('refuses a request with no token', () => expectRefused(undefined, /Bearer/));

  it('refuses an expired token', async () => {
    const provider = federation.identityProvider;
    await expectRefused(await provider.issue(officers.policeAnalyst, { expiresIn: -60 }), /expired/);
  });

  it('refuses a token without exp', async () => {
    const provider = federation.identityProvider;
    const token = await provider.issue(officers.policeAnalyst, { claims: { exp: undefined } });
    await expectRefused(token, /exp/);
  });

  it('refuses alg: none', async () => {
    const token = new UnsecuredJWT({ agency: 'police', roles: ['analyst'], purpose: 'youth-crime-prevention' })
      .setSubject('police-analyst')
      .setIssuer(federation.identityProvider.issuer)
      .setAudience(federation.identityProvider.audience)
      .setExpirationTime('1h')
      .encode();
    await expectRefused(token, /algorithm|not a valid/);
  });

  it('refuses the wrong audience', async () => {
    await expectRefused(await federation.identityProvider.issue(officers.policeAnalyst, { claims: { aud: 'another-service' } }), /aud/);
  });

  it('refuses a token not yet valid (nbf)', async () => {
    const inAnHour = Math.floor(Date.now() / 1000) + 3600;
    await expectRefused(await federation.identityProvider.issue(officers.policeAnalyst, { notBefore: inAnHour }), /nbf/);
  });

  it('refuses a forged signature: right claims, wrong key', async () => {
    const forger = await DevIdentityProvider.generate(federation.identityProvider.issuer, federation.identityProvider.audience);
    await expectRefused(await forger.issue(officers.policeAnalyst), /key|signature/);
    const { privateKey } = await generateKeyPair('ES256');
    const sameKid = await new SignJWT({ agency: 'police', roles: ['analyst'], purpose: 'youth-crime-prevention' })
      .setProtectedHeader({ alg: 'ES256', kid: federation.identityProvider.jwks.keys[0].kid })
      .setSubject('police-analyst')
      .setIssuer(federation.identityProvider.issuer)
      .setAudience(federation.identityProvider.audience)
      .setExpirationTime('1h')
      .sign(privateKey);
    await expectRefused(sameKid, /signature/);
  });

  it('refuses a token without a purpose', async () => {
    await expectRefused(await federation.identityProvider.issue({ ...officers.policeAnalyst, purpose: '' }), /purpose/);
  });

  it('makes every subgraph refuse a direct call without identity, _entities and _service included, and tell its schema only to the gateway', async () => {
    for (const [name, subgraph] of federation.subgraphs) {
      for (const query of ['{ _service { sdl } }', '{ _entities(representations: [{ __typename: "Area", code: "E09000022" }]) { __typename } }']) {
        const anonymous = await postGraphQL(subgraph.url, query);
        expect(anonymous.status, `${name} without a token`).toBe(401);
        expect(anonymous.data ?? null).toBeNull();
        const forged = await postGraphQL(subgraph.url, query, { token: 'eyJhbGciOiJub25lIn0.e30.' });
        expect(forged.status, `${name} with a forged token`).toBe(401);
      }
      // The gateway's key opens the schema only beside a valid token, never instead of one.
      const keyOnly = await postGraphQL(subgraph.url, '{ _service { sdl } }', { headers: { [GATEWAY_KEY_HEADER]: federation.gatewayKey } });
      expect(keyOnly.status, `${name} with the gateway's key and no token`).toBe(401);
      const officerOnly = await postGraphQL(subgraph.url, '{ _service { sdl } }', { token: await federation.token() });
      expect(officerOnly.status, `${name} with an officer's token alone`).toBe(403);
      const gateway = await postGraphQL(subgraph.url, '{ _service { sdl } }', {
        token: await federation.token(),
        headers: { [GATEWAY_KEY_HEADER]: federation.gatewayKey },
      });
      expect(gateway.status, `${name} with a valid token and the gateway's key`).toBe(200);
    }
  });
});
