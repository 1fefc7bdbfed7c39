import type { Identity } from '@joined-up/auth';
import { forbidden } from '@joined-up/federation';
import type { GraphQLError } from 'graphql';
import type { AgreementRegister } from './agreement-register.js';
import { findCoveringAgreement, findIdentifyingCover, type AccessRequest, type CoverResult, type SharingAgreementTerms } from './sharing-agreement.js';

/**
 * Why a read of personal data was allowed: the officer's own agency, or an
 * agreement (`covering` lists every agreement that covers it; the roles that
 * see identifying fields may come from any of them).
 */
export type AccessBasis = { kind: 'own-agency' } | { kind: 'agreement'; agreement: SharingAgreementTerms; covering: SharingAgreementTerms[] };

export type AccessDecision = { allowed: true; basis: AccessBasis } | { allowed: false; category: string; missing: string; error: GraphQLError };

/**
 * The access decision one subgraph makes for one request: may this officer,
 * for this purpose, see this agency's data of this category? Decisions are
 * remembered for the request, so a list of a hundred people costs one look.
 */
export class AccessPolicy {
  readonly #decisions = new Map<string, Promise<AccessDecision>>();
  readonly #identifying = new Map<string, Promise<AccessDecision>>();
  readonly #others = new Map<string, AccessPolicy>();

  private readonly register: AgreementRegister;

  constructor(
    private readonly identity: Identity,
    /** The agency whose subgraph this is, and which holds the data. */
    readonly owner: string,
    register: AgreementRegister,
    private readonly today: () => string = currentDay,
  ) {
    this.register = onceForRequest(register);
  }

  /**
   * The same officer's policy towards another agency's data. The partnership
   * holds which records each agency keeps of a person, and shows an agency's
   * record ids only to those that agency shares something with.
   */
  forOwner(owner: string): AccessPolicy {
    if (owner === this.owner) return this;
    let policy = this.#others.get(owner);
    if (!policy) {
      policy = new AccessPolicy(this.identity, owner, this.register, this.today);
      this.#others.set(owner, policy);
    }
    return policy;
  }

  decide(category: string): Promise<AccessDecision> {
    let decision = this.#decisions.get(category);
    if (!decision) {
      decision = this.#decide(category);
      this.#decisions.set(category, decision);
    }
    return decision;
  }

  /** The basis for reading `category`, or a FORBIDDEN error saying what is missing. */
  async require(category: string): Promise<AccessBasis> {
    const decision = await this.decide(category);
    if (!decision.allowed) throw decision.error;
    return decision.basis;
  }

  /**
   * May this officer's role see the identifying fields (names, dates of
   * birth, identifiers, addresses) of `category`? Only when the category may
   * be shown at all, and then:
   * - to officers of the agency that holds the data, whatever their role: an
   *   agency governs its own staff's access to its own records (its own case
   *   systems already show them these), and sharing agreements govern only
   *   what crosses from one agency to another. Every read is still audited.
   * - to an officer of another agency only when a covering agreement names
   *   one of their roles for that category; any other role gets FORBIDDEN on
   *   each identifying field, naming the roles the agreement allows, while
   *   the pseudonymised fields of the same record are served.
   */
  decideIdentifying(category: string): Promise<AccessDecision> {
    let decision = this.#identifying.get(category);
    if (!decision) {
      decision = this.#decideIdentifying(category);
      this.#identifying.set(category, decision);
    }
    return decision;
  }

  /** Requires `decideIdentifying(category)`; throws its FORBIDDEN error otherwise. */
  async requireIdentifying(category: string): Promise<void> {
    const decision = await this.decideIdentifying(category);
    if (!decision.allowed) throw decision.error;
  }

  /** Whether at least one of `categories` may be shown. */
  async allowsAny(categories: readonly string[]): Promise<boolean> {
    const decisions = await Promise.all(categories.map((category) => this.decide(category)));
    return decisions.some((decision) => decision.allowed);
  }

  /**
   * Requires that at least one of `categories` may be shown. Before telling
   * anyone whether an agency holds a record of a person at all (itself
   * personal data), the agency asks this of all its categories: an officer it
   * shares nothing with learns nothing, not even that a record exists.
   */
  async requireAny(categories: readonly string[]): Promise<void> {
    const decision = await this.decideAny(categories);
    if (!decision.allowed) throw decision.error;
  }

  /**
   * The first of `categories` that may be shown (its basis is what an audit
   * entry records), or one refusal naming what each category lacks.
   */
  async decideAny(categories: readonly string[]): Promise<AccessDecision> {
    const decisions = await Promise.all(categories.map((category) => this.decide(category)));
    const allowed = decisions.find((decision) => decision.allowed);
    if (allowed) return allowed;
    const refusals = decisions as Extract<AccessDecision, { allowed: false }>[];
    const missing = refusals.map((refusal) => `${refusal.category}: ${refusal.missing}`).join('; ');
    return {
      allowed: false,
      category: refusals.map((refusal) => refusal.category).join(', '),
      missing,
      error: forbidden(`Not shared with ${this.identity.agency} for purpose "${this.identity.purpose}": none of the data ${this.owner} holds is covered (${missing}).`, {
        categories: refusals.map((refusal) => refusal.category),
        purpose: this.identity.purpose,
      }),
    };
  }

  async #decide(category: string): Promise<AccessDecision> {
    if (this.identity.agency === this.owner) return { allowed: true, basis: { kind: 'own-agency' } };
    let agreements: readonly SharingAgreementTerms[];
    try {
      agreements = await this.register.agreements(this.identity.token);
    } catch {
      return deny(`the register of sharing agreements could not be read, so ${this.owner} shares nothing with other agencies right now`, category, this.identity);
    }
    const result = coveringAgreement(agreements, {
      requester: this.identity.agency,
      owner: this.owner,
      category,
      purpose: this.identity.purpose,
      on: this.today(),
    });
    return result.covered
      ? { allowed: true, basis: { kind: 'agreement', agreement: result.agreement, covering: result.agreements } }
      : deny(result.missing, category, this.identity);
  }

  async #decideIdentifying(category: string): Promise<AccessDecision> {
    const decision = await this.decide(category);
    if (!decision.allowed || decision.basis.kind === 'own-agency') return decision;
    const result = findIdentifyingCover(decision.basis.covering, category, this.identity.roles);
    if (result.shown) return { allowed: true, basis: { kind: 'agreement', agreement: result.agreement, covering: decision.basis.covering } };
    return {
      allowed: false,
      category,
      missing: result.missing,
      error: forbidden(`Not shown to ${this.identity.agency} ${this.identity.roles.join('/') || 'officers without a role'}: ${result.missing}.`, {
        category,
        purpose: this.identity.purpose,
        reason: 'IDENTIFYING_FIELD',
        allowedRoles: result.allowedRoles,
        missing: result.missing,
      }),
    };
  }
}

/** The UTC date (YYYY-MM-DD) now, worked out again only once the day has ended (or the clock was set back before it began). */
let day = { text: '', until: 0 };
function currentDay(): string {
  const now = Date.now();
  if (now >= day.until || now < day.until - 86_400_000) {
    const text = new Date(now).toISOString().slice(0, 10);
    day = { text, until: Date.parse(text) + 86_400_000 };
  }
  return day.text;
}

/** Answers kept per reading of the register, at most this many each (a full set is cleared). */
const MAX_KEPT_COVERS = 10_000;
const keptCovers = new WeakMap<readonly SharingAgreementTerms[], Map<string, CoverResult>>();

/**
 * `findCoveringAgreement`, kept for as long as the register's reading is: a
 * register read over HTTP hands every request the same list for its 30
 * seconds, and the answer depends on nothing else than the request's terms,
 * which repeat from call to call (the same officer's agency, purpose and
 * categories, today). A new reading of the register starts afresh.
 */
function coveringAgreement(agreements: readonly SharingAgreementTerms[], request: AccessRequest): CoverResult {
  let covers = keptCovers.get(agreements);
  if (!covers) keptCovers.set(agreements, (covers = new Map()));
  const key = JSON.stringify([request.requester, request.owner, request.category, request.purpose, request.on]);
  let cover = covers.get(key);
  if (!cover) {
    if (covers.size >= MAX_KEPT_COVERS) covers.clear();
    cover = findCoveringAgreement(agreements, request);
    covers.set(key, cover);
  }
  return cover;
}

function deny(missing: string, category: string, identity: Identity): AccessDecision {
  return {
    allowed: false,
    category,
    missing,
    error: forbidden(`Not shared with ${identity.agency} for purpose "${identity.purpose}": ${missing}.`, {
      category,
      purpose: identity.purpose,
      missing,
    }),
  };
}

/** The register read at most once per request, however many categories and agencies are decided. */
function onceForRequest(register: AgreementRegister): AgreementRegister {
  if (register instanceof OnceForRequest) return register;
  return new OnceForRequest(register);
}

class OnceForRequest implements AgreementRegister {
  #agreements: Promise<readonly SharingAgreementTerms[]> | undefined;

  constructor(private readonly register: AgreementRegister) {}

  agreements(token: string): Promise<readonly SharingAgreementTerms[]> {
    this.#agreements ??= this.register.agreements(token);
    return this.#agreements;
  }
}
