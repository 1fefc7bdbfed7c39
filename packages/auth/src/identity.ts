/**
 * Who is asking, and why: taken only from a verified token, never from a
 * header the client can set freely.
 */
export interface Identity {
  /** The officer's id in the partnership directory (the token's `sub`). */
  readonly officerId: string;
  /** The agency the officer works for: `health`, `police`, ..., or `partnership`. */
  readonly agency: string;
  readonly roles: readonly string[];
  /** The one purpose this request is made for, e.g. `youth-crime-prevention`. */
  readonly purpose: string;
  /** The token's `jti`, recorded in audit entries. */
  readonly tokenId: string | undefined;
  /** The verified token itself, forwarded unchanged to subgraphs. */
  readonly token: string;
}

/** Roles an officer can hold. */
export const ROLES = {
  caseworker: 'caseworker',
  analyst: 'analyst',
  dataProtectionOfficer: 'dpo',
  partnershipAdmin: 'partnership-admin',
  linkageReviewer: 'linkage-reviewer',
  /** An agency's lead: answers for its part in shared outcomes and proposals. */
  lead: 'lead',
  /** A machine identity, e.g. the linkage run collecting tokens from agencies. */
  service: 'service',
} as const;

export function hasRole(identity: Identity, role: string): boolean {
  return identity.roles.includes(role);
}
