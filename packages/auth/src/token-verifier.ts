import { createLocalJWKSet, createRemoteJWKSet, errors, jwtVerify, type JWTVerifyGetKey } from 'jose';
import { GraphQLError } from 'graphql';
import type { AuthConfig } from './auth-config.js';
import type { Identity } from './identity.js';
import { VerifiedTokens } from './verified-tokens.js';

export type TokenVerifier = (token: string) => Promise<Identity>;

/**
 * Verifies an officer's token: signature against the configured keys, an
 * allow-listed algorithm, issuer, audience, a required and unexpired `exp`,
 * `nbf` when present, and the claims Joined-Up needs (officer, agency, roles,
 * purpose). Each refusal says which check failed, without echoing the token.
 * A token verified once is remembered until it expires (at most a minute).
 */
export function createTokenVerifier(config: AuthConfig): TokenVerifier {
  const keys: JWTVerifyGetKey =
    'jwksUrl' in config.keys ? createRemoteJWKSet(new URL(config.keys.jwksUrl)) : createLocalJWKSet(config.keys.jwks);
  const verified = new VerifiedTokens();
  return async (token) => {
    const known = verified.get(token);
    if (known) return known;
    let payload;
    try {
      ({ payload } = await jwtVerify(token, keys, {
        issuer: config.issuer,
        audience: config.audience,
        algorithms: config.algorithms,
        requiredClaims: ['exp', 'sub'],
        clockTolerance: 5,
      }));
    } catch (error) {
      throw unauthenticated(describeRejection(error));
    }
    const { sub, agency, roles, purpose, jti, exp } = payload as Record<string, unknown>;
    if (typeof agency !== 'string' || !agency) throw unauthenticated('The token has no `agency` claim.');
    if (!Array.isArray(roles) || !roles.every((role) => typeof role === 'string')) {
      throw unauthenticated('The token has no `roles` claim (a list of role names).');
    }
    if (typeof purpose !== 'string' || !purpose) {
      throw unauthenticated('The token has no `purpose` claim: every request must state the one purpose it is made for.');
    }
    // Frozen: the same identity now serves every request that carries the token.
    const identity: Identity = Object.freeze({
      officerId: sub as string,
      agency,
      roles: Object.freeze([...(roles as string[])]),
      purpose,
      tokenId: typeof jti === 'string' ? jti : undefined,
      token,
    });
    verified.remember(token, identity, exp as number);
    return identity;
  };
}

function describeRejection(error: unknown): string {
  if (error instanceof errors.JWTExpired) return 'The token has expired; request a new one.';
  if (error instanceof errors.JWTClaimValidationFailed) {
    return `The token's \`${error.claim}\` claim is not acceptable (${error.reason}).`;
  }
  if (error instanceof errors.JOSEAlgNotAllowed) return 'The token is signed with an algorithm this service does not accept.';
  if (error instanceof errors.JWSSignatureVerificationFailed) return 'The token signature does not verify.';
  if (error instanceof errors.JWKSNoMatchingKey) return 'The token was signed by a key this service does not know.';
  if (error instanceof errors.JOSEError) return 'The token is not a valid signed JWT.';
  return 'The token could not be verified.';
}

/** Reads `Authorization: Bearer <token>`; undefined when absent. */
export function bearerToken(header: string | undefined): string | undefined {
  if (!header) return undefined;
  const match = /^Bearer\s+(\S+)$/i.exec(header.trim());
  return match?.[1];
}

/** Refuses a request without valid identity: HTTP 401 and no data. */
export function unauthenticated(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } });
}
