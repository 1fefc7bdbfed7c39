/** A query the explorer opens with, and the officer whose token it is written for. */
export interface ExampleQuery {
  title: string;
  query: string;
  /** Variables the tab opens with; the stack fills the caseworker's from the seeded data. */
  variables?: Record<string, unknown>;
  /** The token the example needs, when not just any officer's. */
  officer?: { agency: string; role: string; purpose: string };
}

/** Who the caseworker is, written once for the example, the explorer's Headers hint and the README. */
export const CASEWORKER = { agency: 'health', role: 'caseworker', purpose: 'direct-care' } as const;

/**
 * The caseworker's path: find the person in my own agency's records, then see
 * them through all five agencies, in one query. It asks only for what the
 * "Safeguarding and direct care" agreement shares with health for direct care
 * (police offences, say, would come back null with a FORBIDDEN error naming it).
 */
export const caseworkerExample: ExampleQuery = {
  title: 'Caseworker (token: --agency health --role caseworker --purpose direct-care): find the person in your records, then see them across all five agencies',
  officer: CASEWORKER,
  variables: { givenName: 'Amelia', familyName: 'Smith', dateOfBirth: '2010-04-23' },
  query: `query FindAndOpen($givenName: String, $familyName: String, $dateOfBirth: String) {
  searchHealthRecords(givenName: $givenName, familyName: $familyName, dateOfBirth: $dateOfBirth, first: 3) {
    total
    matches {
      score matchedOn
      record {
        recordId givenName familyName dateOfBirth postcode
        person {
          id
          knownTo { id name }
          health { aeAttendances { arrivedAt chiefComplaint } camhsReferrals { referredOn status } }
          police { youthJustice { kind startedOn } }
          education { pupils { school { name } } exclusions { kind startDate } }
          housing { homelessnessApplications { duty appliedOn outcome } temporaryAccommodation { kind startedOn } }
          voluntary { referrals { service { name } status } }
        }
      }
    }
  }
}`,
};

/** The caseworker example with its variables naming a real person of the seeded population. */
export function withCaseworkerVariables(variables: Record<string, unknown> | null): ExampleQuery[] {
  return exampleQueries.map((example) => (example === caseworkerExample && variables ? { ...example, variables } : example));
}

/**
 * The example queries the explorer opens with, one per kind of user; the
 * README shows the same ones, and a test runs every one of them.
 */
export const exampleQueries: ExampleQuery[] = [
  caseworkerExample,
  {
    title: 'Partner app: the agencies of the partnership and who to call',
    query: `{
  agencies { id name officers { name jobTitle email } }
}`,
  },
  {
    title: 'Partnership dashboard: Lambeth outcomes, leads, indicators and warnings',
    query: `{
  outcomes(areaCode: "E09000022") {
    id title status needsLead
    lead { name jobTitle agency { id } }
    indicators { name unit agency { id } trend status values(from: "2025-01", to: "2025-12") { period value } }
    agreements { title warning warningDetail }
  }
}`,
  },
  {
    title: 'Analyst: Lambeth and Lewisham side by side',
    query: `{
  lambeth: area(code: "E09000022") { ...figures }
  lewisham: area(code: "E09000023") { ...figures }
}
fragment figures on Area {
  name
  health(from: "2025-01", to: "2025-12") { aeAttendances { value } selfHarmAdmissions { value suppressed } }
  police(from: "2025-01", to: "2025-12") { recordedOffences { value } youthSuspects { value } }
  education(from: "2025-01", to: "2025-12") { persistentAbsence { value } suspensions { value } }
  housing(from: "2025-01", to: "2025-12") { homelessnessApplications { value } }
  voluntary(from: "2025-01", to: "2025-12") { participants { value } }
}`,
  },
  {
    title: 'Information governance: what may be shared, with whom, why and on what legal basis',
    query: `{
  sharingAgreements { id title parties purposes categories legalBasis validFrom validTo approvals { agencyId approvedBy approvedOn } }
}`,
  },
];
