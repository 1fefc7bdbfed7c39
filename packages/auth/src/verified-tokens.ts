import type { Identity } from './identity.js';

/** Tokens remembered at once; a full cache forgets its oldest entry. */
const MAX_TOKENS = 10_000;
/** How long a verification is trusted, at most: a key withdrawn from the key set takes effect within it. */
const MAX_AGE_MS = 60_000;

/**
 * Identities of tokens already verified, by the exact token text, until the
 * token expires or a minute has passed, whichever is sooner. One officer
 * request reaches the gateway and up to seven subgraphs with the same token,
 * and each used to check its ECDSA signature again; an exact match of the
 * whole signed text is as good as the check it remembers, for as long as the
 * token itself says it is good.
 */
export class VerifiedTokens {
  readonly #entries = new Map<string, { identity: Identity; until: number }>();

  get(token: string, now: number = Date.now()): Identity | undefined {
    const entry = this.#entries.get(token);
    if (!entry) return undefined;
    if (entry.until > now) return entry.identity;
    this.#entries.delete(token);
    return undefined;
  }

  /** Remembers `identity` for `token`, whose `exp` claim is `expiresAtSeconds`. */
  remember(token: string, identity: Identity, expiresAtSeconds: number, now: number = Date.now()): void {
    const until = Math.min(expiresAtSeconds * 1000, now + MAX_AGE_MS);
    if (until <= now) return;
    if (this.#entries.size >= MAX_TOKENS) this.#entries.delete(this.#entries.keys().next().value!);
    this.#entries.set(token, { identity, until });
  }
}
