/**
 * The example queries the explorer opens with, one per kind of user; the
 * README shows the same ones, and a test runs every one of them.
 */
export const exampleQueries = [
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
