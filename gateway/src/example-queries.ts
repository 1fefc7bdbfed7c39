/**
 * The example queries shown in the explorer's tabs; the README shows the same
 * ones. One per kind of user.
 */
export const exampleQueries = [
  {
    title: 'Partner app: the agencies of the partnership',
    query: `{
  agencies { id name kind officers { name jobTitle } }
}`,
  },
  {
    title: 'Analyst: one borough through every agency',
    query: `{
  area(code: "E09000022") {
    code name
    health { aeAttendances { value suppressed } selfHarmAdmissions { value suppressed } }
    police { recordedOffences { value } }
    education { persistentAbsence { value } }
    housing { homelessnessApplications { value } }
    voluntary { participants { value } }
  }
}`,
  },
];
