export { type Identity, ROLES, hasRole } from './identity.js';
export { type AuthConfig, authConfigFromEnv, devKeysDir, DEFAULT_AUDIENCE, DEFAULT_ISSUER } from './auth-config.js';
export { createTokenVerifier, bearerToken, unauthenticated, type TokenVerifier } from './token-verifier.js';
export { DevIdentityProvider, type OfficerClaims, type IssueOptions } from './dev-identity-provider.js';
export { sharedSecretFromEnv, gatewayKeyFromEnv } from './shared-secret.js';
export { signRecordGrant, recordGrantProblem, RECORD_GRANT_LIFETIME_SECONDS, type RecordGrantTerms } from './record-grant.js';
