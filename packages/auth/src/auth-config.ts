import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { JSONWebKeySet } from 'jose';

/** How a service decides which tokens to believe. */
export interface AuthConfig {
  issuer: string;
  audience: string;
  /** Signing algorithms accepted; anything else (including `none`) is refused. */
  algorithms: string[];
  /** Public keys: fetched from a JWKS URL in production, or given inline. */
  keys: { jwksUrl: string } | { jwks: JSONWebKeySet };
}

export const DEFAULT_ISSUER = 'https://identity.joined-up.local';
export const DEFAULT_AUDIENCE = 'joined-up';
export const DEFAULT_ALGORITHMS = ['ES256'];

/** Where the development identity provider keeps its keys. */
export function devKeysDir(env: NodeJS.ProcessEnv = process.env): string {
  return path.resolve(env.JOINED_UP_DATA_DIR || '.data', 'keys');
}

/**
 * Reads the configuration from the environment: `JOINED_UP_JWKS_URL` in
 * production, otherwise the public keys the development identity provider
 * wrote under `.data/keys`.
 */
export function authConfigFromEnv(env: NodeJS.ProcessEnv = process.env): AuthConfig {
  const base = {
    issuer: env.JOINED_UP_JWT_ISSUER || DEFAULT_ISSUER,
    audience: env.JOINED_UP_JWT_AUDIENCE || DEFAULT_AUDIENCE,
    algorithms: env.JOINED_UP_JWT_ALGORITHMS?.split(',').map((name) => name.trim()) ?? DEFAULT_ALGORITHMS,
  };
  if (env.JOINED_UP_JWKS_URL) return { ...base, keys: { jwksUrl: checkedJwksUrl(env.JOINED_UP_JWKS_URL) } };
  const file = path.join(devKeysDir(env), 'jwks.json');
  if (!existsSync(file)) {
    throw new Error(
      `No token keys configured. Set JOINED_UP_JWKS_URL to your identity provider's JWKS, or run \`pnpm start\` once to create development keys in ${file}.`,
    );
  }
  return { ...base, keys: { jwks: JSON.parse(readFileSync(file, 'utf8')) as JSONWebKeySet } };
}

/** A malformed JWKS URL would only fail at the first request; stop at start instead, naming the variable. */
function checkedJwksUrl(value: string): string {
  let url: URL | undefined;
  try {
    url = new URL(value);
  } catch {
    url = undefined;
  }
  if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:')) {
    throw new Error(`JOINED_UP_JWKS_URL must be the http(s) URL of your identity provider's JWKS, e.g. https://login.example.gov.uk/.well-known/jwks.json; got "${value}".`);
  }
  return url.toString();
}
