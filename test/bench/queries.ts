import type { Kysely } from 'kysely';
import type { Federation } from '@joined-up/stack';
import { mostKnownPersonIds } from '@joined-up/testing';

export interface BenchQuery {
  name: string;
  query: string;
  variables?: Record<string, unknown>;
}

const PERSON_FIELDS = `
  id
  knownTo { id }
  health { patients { nhsNumber } aeAttendances { arrivedAt chiefComplaint } admissions { admittedOn } camhsReferrals { referredOn } }
  police { offences { role offence { category committedOn } } youthJustice { kind startedOn } }
  education { pupils { school { name } } attendance(from: "2025-09", to: "2025-12") { month unauthorisedAbsences } exclusions { kind startDate } }
  housing { homelessnessApplications { duty appliedOn } temporaryAccommodation { kind } }
  voluntary { referrals { service { name } status } }`;

const AREA_FIELDS = `
  code name
  health { aeAttendances { value } selfHarmAdmissions { value } camhsReferrals { value } }
  police { recordedOffences { value } youthSuspects { value } firstTimeEntrants { value } }
  education { persistentAbsence { value } suspensions { value } }
  housing { homelessnessApplications { value } householdsInTemporaryAccommodation { value } }
  voluntary { participants { value } referrals { value } }`;

/** The README's cross-agency queries, with people drawn from the person index. */
export async function benchQueries(federation: Federation): Promise<BenchQuery[]> {
  return benchQueriesFrom(federation.subgraphs.get('person-index')!.database.db);
}

/** The same queries, with people drawn from the person index's database. */
export async function benchQueriesFrom(db: Kysely<any>): Promise<BenchQuery[]> {
  const ids = await mostKnownPersonIds(db, 100);
  return [
    { name: 'baseline: agencies', query: '{ agencies { id name } }' },
    { name: 'one person, five agencies', query: `query($id: ID!) { person(id: $id) { ${PERSON_FIELDS} } }`, variables: { id: ids[0] } },
    { name: '100 people, five agencies', query: `query($ids: [ID!]!) { people(ids: $ids) { ${PERSON_FIELDS} } }`, variables: { ids } },
    {
      name: 'two areas compared',
      query: `{ lambeth: area(code: "E09000022") { ${AREA_FIELDS} } lewisham: area(code: "E09000023") { ${AREA_FIELDS} } }`,
    },
    { name: 'all LSOAs of Lambeth', query: `{ areas(within: "E09000022") { ${AREA_FIELDS} } }` },
    {
      name: 'Lambeth outcomes, live indicators',
      query: `{ outcomes(areaCode: "E09000022") { id status lead { name } roles { role agency { id } }
        indicators { name values(from: "2025-01", to: "2025-12") { period value } trend status } agreements { warning warningDetail } } }`,
    },
    {
      name: 'Lambeth cohort with members',
      query: `{ cohort(areaCode: "E09000022", minAgencies: 5, ageFrom: 10, ageTo: 17) { size { value } combinations { people { value } }
        members { id police { youthJustice { kind } } education { exclusions { kind } } health { camhsReferrals { status } } housing { homelessnessApplications { duty } } voluntary { referrals { status } } } } }`,
    },
  ];
}
