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

export type CoverResult = { covered: true; agreement: SharingAgreementTerms } | { covered: false; missing: string };

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
  return { covered: true, agreement: candidates[0] };
}
