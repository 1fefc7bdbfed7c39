import type { SharingAgreementTerms } from './sharing-agreement.js';

/** Where a subgraph reads the partnership's register of sharing agreements. */
export interface AgreementRegister {
  /** Agreements as of now; `token` is the caller's, forwarded to the partnership. */
  agreements(token: string): Promise<readonly SharingAgreementTerms[]>;
}

const QUERY = `{ sharingAgreements(includeInactive: true) { id title parties categories purposes legalBasis validFrom validTo approved identifyingRoles { category roles } } }`;

/**
 * Reads the register from the partnership subgraph over HTTP and keeps it for
 * `ttlMs`. Agreements change by the week; a short cache keeps every
 * personal-data request from costing a round trip, and a change still takes
 * effect within seconds. If the register cannot be read, nothing is shared
 * (the caller gets FORBIDDEN), but an agency's own records stay available.
 */
export class HttpAgreementRegister implements AgreementRegister {
  #cached: { at: number; agreements: readonly SharingAgreementTerms[] } | undefined;
  #pending: Promise<readonly SharingAgreementTerms[]> | undefined;

  constructor(
    private readonly partnershipUrl: () => string | undefined,
    private readonly ttlMs = 30_000,
  ) {}

  async agreements(token: string): Promise<readonly SharingAgreementTerms[]> {
    if (this.#cached && Date.now() - this.#cached.at < this.ttlMs) return this.#cached.agreements;
    this.#pending ??= this.#fetch(token).finally(() => (this.#pending = undefined));
    return this.#pending;
  }

  /** Forgets the cached register (after an agreement changes, in tests). */
  invalidate(): void {
    this.#cached = undefined;
  }

  async #fetch(token: string): Promise<readonly SharingAgreementTerms[]> {
    const url = this.partnershipUrl();
    if (!url) throw new Error('The partnership subgraph URL is not configured (PARTNERSHIP_SUBGRAPH_URL).');
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: QUERY }),
      signal: AbortSignal.timeout(5000),
    });
    const body = (await response.json()) as { data?: { sharingAgreements: SharingAgreementTerms[] }; errors?: unknown[] };
    if (!response.ok || !body.data) throw new Error(`The agreement register answered ${response.status}: ${JSON.stringify(body.errors)}`);
    this.#cached = { at: Date.now(), agreements: body.data.sharingAgreements };
    return this.#cached.agreements;
  }
}

/** A register held in memory: the partnership's own view of its table, and tests. */
export class StaticAgreementRegister implements AgreementRegister {
  constructor(private readonly load: () => Promise<readonly SharingAgreementTerms[]>) {}

  agreements(): Promise<readonly SharingAgreementTerms[]> {
    return this.load();
  }
}
