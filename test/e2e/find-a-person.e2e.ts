import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Kysely } from 'kysely';
import type { AuditTables } from '@joined-up/audit';
import { officers, startTestFederation, type TestFederation } from '@joined-up/testing';

/** A police caseworker supporting families: no agreement shares health data with police for that purpose. */
const policeForFamilySupport = { ...officers.policeCaseworker, purpose: 'family-support' };

const SEARCH = `query ($familyName: String, $givenName: String, $dateOfBirth: String, $postcode: String) {
  searchHealthRecords(familyName: $familyName, givenName: $givenName, dateOfBirth: $dateOfBirth, postcode: $postcode, first: 5) {
    total nextOffset
    matches {
      score matchedOn
      record {
        recordId givenName familyName dateOfBirth
        person {
          id
          knownTo { id }
          health { patients { nhsNumber } }
          police { offences { role } }
          education { pupils { upn } }
          housing { homelessnessApplications { duty } }
          voluntary { referrals { status } }
        }
      }
    }
  }
}`;

/** One letter changed in the middle, as a hurried receptionist might type it. */
function misspell(name: string): string {
  const at = Math.floor(name.length / 2);
  const replacement = name[at].toLowerCase() === 'e' ? 'a' : 'e';
  return `${name.slice(0, at)}${replacement}${name.slice(at + 1)}`;
}

describe('a caseworker finds the person they work with, from their own records', () => {
  let federation: TestFederation;
  const db = (name: string) => federation.subgraphs.get(name)!.database.db as unknown as Kysely<AuditTables & { person_records: { agency_id: string; record_id: string; person_id: string } }>;
  /** A seeded health patient the person index links to records in at least three agencies. */
  let patient: { nhs_number: string; given_name: string; family_name: string; date_of_birth: string };
  let personId: string;

  beforeAll(async () => {
    federation = await startTestFederation('find-a-person');
    const linked = await db('person-index').selectFrom('person_records').select(['agency_id', 'record_id', 'person_id']).execute();
    const agenciesOf = new Map<string, Set<string>>();
    for (const row of linked) agenciesOf.set(row.person_id, (agenciesOf.get(row.person_id) ?? new Set()).add(row.agency_id));
    const personOfNhs = new Map(linked.filter((row) => row.agency_id === 'health').map((row) => [row.record_id, row.person_id]));
    const found = federation.population
      .records('health')
      .patients.find(
        (row) =>
          row.date_of_birth !== null &&
          row.family_name.length >= 5 &&
          /^[A-Za-z]+$/.test(row.family_name) &&
          (agenciesOf.get(personOfNhs.get(row.nhs_number) ?? '')?.size ?? 0) >= 3,
      )!;
    patient = { ...found, date_of_birth: found.date_of_birth! };
    personId = personOfNhs.get(patient.nhs_number)!;
  });
  afterAll(() => federation?.stop());

  it('a health caseworker finds a seeded person by a misspelt name and date of birth, and opens their cross-agency view in the same query', async () => {
    const familyName = misspell(patient.family_name);
    expect(familyName).not.toBe(patient.family_name);
    const response = await federation.query(SEARCH, {
      as: officers.healthCaseworker,
      variables: { familyName, givenName: patient.given_name, dateOfBirth: patient.date_of_birth },
    });
    expect(response.errors).toBeUndefined();
    const [best] = response.data.searchHealthRecords.matches;
    expect(best.record).toMatchObject({ recordId: patient.nhs_number, familyName: patient.family_name, dateOfBirth: patient.date_of_birth });
    expect(best.matchedOn).toContain('date of birth: the same');
    expect(best.matchedOn.some((reason: string) => reason.startsWith('family name: spelt differently'))).toBe(true);
    expect(best.score).toBeLessThan(1);
    expect(best.record.person.id).toBe(personId);
    expect(best.record.person.health.patients.map((row: { nhsNumber: string }) => row.nhsNumber)).toContain(patient.nhs_number);
    expect(best.record.person.knownTo.length).toBeGreaterThanOrEqual(3);

    // The audit logs hold the search (health), the look-up in the person index (person-index) and the read (health), under one request id.
    const healthEntries = await db('health').selectFrom('audit_entries').selectAll().where('subject_record_id', '=', patient.nhs_number).where('officer_id', '=', 'health-caseworker').execute();
    const search = healthEntries.find((entry) => entry.fields.includes('searchHealthRecords'));
    expect(search).toMatchObject({ category: 'health.registration', basis: 'own-agency', purpose: 'direct-care' });
    const read = healthEntries.find((entry) => entry.fields.includes('patients'));
    expect(read).toMatchObject({ subject_person_id: personId, request_id: search!.request_id });
    const lookup = await db('person-index').selectFrom('audit_entries').selectAll().where('subject_record_id', '=', `health:${patient.nhs_number}`).execute();
    expect(lookup).toEqual([expect.objectContaining({ basis: 'own-agency', subject_person_id: personId, fields: ['HealthRecord.person'], request_id: search!.request_id })]);
  });

  it('finds a record by a family name in capitals and a swapped day and month', async () => {
    const swappable = federation.population
      .records('health')
      .patients.find((row) => row.date_of_birth && Number(row.date_of_birth.slice(8)) <= 12 && row.date_of_birth.slice(8) !== row.date_of_birth.slice(5, 7))!;
    const [year, month, day] = swappable.date_of_birth!.split('-');
    const response = await federation.query(SEARCH, {
      as: officers.healthCaseworker,
      variables: { familyName: swappable.family_name.toUpperCase(), dateOfBirth: `${year}-${day}-${month}` },
    });
    expect(response.errors).toBeUndefined();
    const match = response.data.searchHealthRecords.matches.find((candidate: { record: { recordId: string } }) => candidate.record.recordId === swappable.nhs_number);
    expect(match.matchedOn).toContain('date of birth: day and month swapped');
  });

  it('refuses a search of health records to a police officer, saying why', async () => {
    const response = await federation.query(SEARCH, {
      as: officers.policeCaseworker,
      variables: { familyName: patient.family_name, dateOfBirth: patient.date_of_birth },
    });
    expect(response.data?.searchHealthRecords ?? null).toBeNull();
    expect(response.errors?.[0]).toMatchObject({ extensions: { code: 'FORBIDDEN', reason: 'OTHER_AGENCY' } });
    expect(response.errors?.[0].message).toContain('Only health officers may search health');
  });

  it('refuses a search on one criterion alone', async () => {
    const response = await federation.query(SEARCH, { as: officers.healthCaseworker, variables: { familyName: patient.family_name } });
    expect(response.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
  });

  it("looks up the person behind the officer's own record id", async () => {
    const response = await federation.query(`query ($id: ID!) { personByRecord(agency: "health", recordId: $id) { id } }`, {
      as: officers.healthCaseworker,
      variables: { id: patient.nhs_number },
    });
    expect(response.errors).toBeUndefined();
    expect(response.data.personByRecord.id).toBe(personId);
  });

  it("refuses a police caseworker's look-up of a health NHS number without a covering agreement, and audits the refusal", async () => {
    const response = await federation.query(`query ($id: ID!) { personByRecord(agency: "health", recordId: $id) { id } }`, {
      as: policeForFamilySupport,
      variables: { id: patient.nhs_number },
    });
    expect(response.data?.personByRecord ?? null).toBeNull();
    expect(response.errors?.[0]).toMatchObject({ extensions: { code: 'FORBIDDEN' } });
    expect(response.errors?.[0].message).toContain('Not shared with police for purpose "family-support"');
    const refused = await db('person-index')
      .selectFrom('audit_entries')
      .selectAll()
      .where('subject_record_id', '=', `health:${patient.nhs_number}`)
      .where('officer_id', '=', 'police-caseworker')
      .execute();
    expect(refused).toEqual([expect.objectContaining({ basis: 'refused', purpose: 'family-support', subject_person_id: null, fields: ['personByRecord'] })]);
  });

  it('answers NOT_FOUND for an unknown record, naming the agencies whose ids the officer may use', async () => {
    const response = await federation.query(`{ personByRecord(agency: "health", recordId: "0000000000") { id } }`, { as: officers.healthCaseworker });
    expect(response.errors?.[0]).toMatchObject({ extensions: { code: 'NOT_FOUND', agenciesYouMayLookUp: expect.arrayContaining(['health']) } });
    expect(response.errors?.[0].message).toContain('you may look up ids of: health');
  });
});
