import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { exportJWK, generateKeyPair, importJWK, SignJWT, type JWK, type JSONWebKeySet, type CryptoKey } from 'jose';
import { DEFAULT_AUDIENCE, DEFAULT_ISSUER, type AuthConfig } from './auth-config.js';

export interface OfficerClaims {
  officerId: string;
  agency: string;
  roles: string[];
  purpose: string;
}

export interface IssueOptions {
  /** Lifetime in seconds; default one hour. */
  expiresIn?: number;
  /** Extra or overriding claims (tests use this to build bad tokens). */
  claims?: Record<string, unknown>;
  notBefore?: number;
}

/**
 * The development identity provider: an ES256 key pair and a signer. In
 * production officers get tokens from the partnership's identity provider and
 * services only see its JWKS; this stands in for it on a laptop and in tests.
 */
export class DevIdentityProvider {
  private constructor(
    private readonly privateKey: CryptoKey,
    readonly jwks: JSONWebKeySet,
    readonly issuer: string,
    readonly audience: string,
  ) {}

  static async generate(issuer = DEFAULT_ISSUER, audience = DEFAULT_AUDIENCE): Promise<DevIdentityProvider> {
    const { privateKey, publicKey } = await generateKeyPair('ES256', { extractable: true });
    const publicJwk = { ...(await exportJWK(publicKey)), kid: randomUUID(), alg: 'ES256', use: 'sig' };
    return new DevIdentityProvider(privateKey, { keys: [publicJwk] }, issuer, audience);
  }

  /** Loads the keys under `dir`, creating them on first use. */
  static async inDirectory(dir: string): Promise<DevIdentityProvider> {
    const privateFile = path.join(dir, 'signing-key.jwk.json');
    const jwksFile = path.join(dir, 'jwks.json');
    if (existsSync(privateFile) && existsSync(jwksFile)) {
      const privateJwk = JSON.parse(readFileSync(privateFile, 'utf8')) as JWK;
      const jwks = JSON.parse(readFileSync(jwksFile, 'utf8')) as JSONWebKeySet;
      const privateKey = (await importJWK(privateJwk, 'ES256')) as CryptoKey;
      return new DevIdentityProvider(privateKey, jwks, DEFAULT_ISSUER, DEFAULT_AUDIENCE);
    }
    const provider = await DevIdentityProvider.generate();
    mkdirSync(dir, { recursive: true });
    const privateJwk = { ...(await exportJWK(provider.privateKey)), kid: provider.jwks.keys[0].kid };
    writeFileSync(privateFile, JSON.stringify(privateJwk, null, 2), { mode: 0o600 });
    writeFileSync(jwksFile, JSON.stringify(provider.jwks, null, 2));
    return provider;
  }

  /** The configuration services need to verify this provider's tokens. */
  authConfig(): AuthConfig {
    return { issuer: this.issuer, audience: this.audience, algorithms: ['ES256'], keys: { jwks: this.jwks } };
  }

  async issue(officer: OfficerClaims, options: IssueOptions = {}): Promise<string> {
    const now = Math.floor(Date.now() / 1000);
    const payload: Record<string, unknown> = {
      sub: officer.officerId,
      agency: officer.agency,
      roles: officer.roles,
      purpose: officer.purpose,
      iss: this.issuer,
      aud: this.audience,
      iat: now,
      jti: randomUUID(),
      exp: now + (options.expiresIn ?? 3600),
      ...(options.notBefore === undefined ? {} : { nbf: options.notBefore }),
      // Tests override or remove (with `undefined`) standard claims to build bad tokens.
      ...options.claims,
    };
    for (const key of Object.keys(payload)) if (payload[key] === undefined) delete payload[key];
    return new SignJWT(payload).setProtectedHeader({ alg: 'ES256', kid: this.jwks.keys[0].kid, typ: 'JWT' }).sign(this.privateKey);
  }
}
