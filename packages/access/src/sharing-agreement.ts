/**
 * For one data category of an agreement, the roles of the receiving agencies'
 * officers who may see its identifying fields (names, dates of birth,
 * identifiers, addresses). Every other role receives the pseudonymised view:
 * the partnership id, age band, LSOA and the events themselves.
 */
export interface CategoryRoles {
  category: string;
  roles: string[];
}

/** The terms of an information sharing agreement, as every subgraph reads them. */
export interface SharingAgreementTerms {
  id: string;
  title: string;
  /** Agencies party to the agreement; each may receive the categories the others hold. */
  parties: string[];
  categories: string[];
  purposes: string[];
  legalBasis: string;
  /** YYYY-MM-DD, inclusive. */
  validFrom: string;
  /** YYYY-MM-DD, inclusive. */
  validTo: string;
  /** False until every party has approved it. */
  approved: boolean;
  /** Per category, who sees identifying fields; a category missing here shows them to no role. */
  identifyingRoles: CategoryRoles[];
}

export interface AccessRequest {
  /** The agency of the officer asking. */
  requester: string;
  /** The agency that holds the data. */
  owner: string;
  category: string;
  purpose: string;
  /** YYYY-MM-DD */
  on: string;
}

/** `agreement` is the first covering agreement; `agreements` all of them (roles may come from any). */
export type CoverResult = { covered: true; agreement: SharingAgreementTerms; agreements: SharingAgreementTerms[] } | { covered: false; missing: string };

export type IdentifyingResult = { shown: true; agreement: SharingAgreementTerms } | { shown: false; missing: string; allowedRoles: string[] };

/**
 * Finds an agreement covering a request, or says what is missing, naming the
 * nearest miss so an officer knows which agreement to ask for: no agreement
 * between the two agencies at all, or one that lacks the purpose, the
 * category, approval, or is outside its dates.
 */
export function findCoveringAgreement(agreements: readonly SharingAgreementTerms[], request: AccessRequest): CoverResult {
  const between = agreements.filter((agreement) => agreement.parties.includes(request.requester) && agreement.parties.includes(request.owner));
  if (between.length === 0) {
    return { covered: false, missing: `no information sharing agreement between ${request.requester} and ${request.owner}` };
  }
  const checks: [string, (agreement: SharingAgreementTerms) => boolean][] = [
    [`purpose "${request.purpose}"`, (agreement) => agreement.purposes.includes(request.purpose)],
    [`data category "${request.category}"`, (agreement) => agreement.categories.includes(request.category)],
    ['approval by every party', (agreement) => agreement.approved],
    [`being in force on ${request.on}`, (agreement) => agreement.validFrom <= request.on && request.on <= agreement.validTo],
  ];
  let candidates = between;
  for (const [requirement, holds] of checks) {
    const remaining = candidates.filter(holds);
    if (remaining.length === 0) {
      const names = candidates.map((agreement) => `"${agreement.title}"`).join(', ');
      return { covered: false, missing: `no agreement between ${request.requester} and ${request.owner} covers ${requirement} (nearest: ${names})` };
    }
    candidates = remaining;
  }
  return { covered: true, agreement: candidates[0], agreements: candidates };
}

/** The roles an agreement lets see the identifying fields of `category`. */
export function rolesSeeingIdentifying(agreement: SharingAgreementTerms, category: string): string[] {
  return agreement.identifyingRoles.find((entry) => entry.category === category)?.roles ?? [];
}

/**
 * Among the agreements that cover a request, finds one naming one of the
 * officer's `roles` for the identifying fields of `category`; otherwise says
 * which roles each covering agreement does name, so the officer knows whether
 * to ask a colleague in that role or for the agreement to be changed.
 */
export function findIdentifyingCover(covering: readonly SharingAgreementTerms[], category: string, roles: readonly string[]): IdentifyingResult {
  const agreement = covering.find((candidate) => rolesSeeingIdentifying(candidate, category).some((role) => roles.includes(role)));
  if (agreement) return { shown: true, agreement };
  const allowedRoles = [...new Set(covering.flatMap((candidate) => rolesSeeingIdentifying(candidate, category)))].sort();
  const named = covering.map((candidate) => {
    const allowed = rolesSeeingIdentifying(candidate, category);
    return `"${candidate.title}" shows them to ${allowed.length > 0 ? allowed.join(' or ') : 'no role'}`;
  });
  return {
    shown: false,
    allowedRoles,
    missing: `identifying fields of ${category} are for the roles the agreement names (${named.join('; ')}), and your token carries ${roles.join(', ') || 'no roles'}; the pseudonymised fields are still served`,
  };
}
