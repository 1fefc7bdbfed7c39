import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseSchemaOf, PERSON_INDEX } from '@joined-up/agencies';
import { recordGrantProblem } from '@joined-up/auth';
import { migrateToLatest } from '@joined-up/db';
import { officers, startTestSubgraph, type TestSubgraph } from '@joined-up/testing';
import { migrations } from '../../migrations/index.js';
import { personIndexSubgraph } from '../server.js';
import type { PersonIndexTables } from '../tables.js';

const PERSON_ID = 'JU0123456789';
const PERSON = `query($id: ID!) { person(id: $id) { id healthRecordIds healthRecordGrant policeRecordIds knownTo { id } } }`;

describe('the person index on its own', () => {
  let index: TestSubgraph<PersonIndexTables>;

  beforeAll(async () => {
    index = await startTestSubgraph(personIndexSubgraph, 'person-index-subgraph');
    await index.database.db.insertInto('people').values({ person_id: PERSON_ID, birth_month: '2010-03', local_authority_code: 'E09000022' }).execute();
    await index.database.db
      .insertInto('person_records')
      .values([
        { agency_id: 'health', record_id: '4015528115', person_id: PERSON_ID, linked_at: new Date() },
        { agency_id: 'police', record_id: 'MP-1', person_id: PERSON_ID, linked_at: new Date() },
      ])
      .execute();
  });
  afterAll(() => index?.stop());

  it('keeps its own schema and migration history, and is not seeded: linkage builds it', async () => {
    expect(index.database.target.schema).toBe(databaseSchemaOf(PERSON_INDEX.id));
    expect(await migrateToLatest(index.database.db, databaseSchemaOf(PERSON_INDEX.id), migrations)).toEqual([]);
    expect(await index.database.db.selectFrom('linkage_encodings').select('record_id').execute()).toEqual([]);
  });

  it("serves the partnership's officers who knows a person as their own agency's data, but no agency's record ids without that agency's agreement", async () => {
    const response = await index.query(officers.partnershipAnalyst, PERSON, { variables: { id: PERSON_ID } });
    expect(response.errors).toBeUndefined();
    expect(response.data.person).toEqual({
      id: PERSON_ID,
      healthRecordIds: [],
      healthRecordGrant: expect.any(String),
      policeRecordIds: [],
      knownTo: [{ id: 'health' }, { id: 'police' }],
    });
  });

  it("signs exactly the record ids it hands an agency, with that agency's key", async () => {
    const response = await index.query(officers.healthCaseworker, PERSON, { variables: { id: PERSON_ID } });
    const key = 'test-record-grant-person-index-subgraph-health';
    const terms = { agency: 'health', personId: PERSON_ID, recordIds: ['4015528115'] };
    expect(recordGrantProblem(key, response.data.person.healthRecordGrant, terms)).toBeNull();
    expect(recordGrantProblem(key, response.data.person.healthRecordGrant, { ...terms, recordIds: ['4015528115', '9434765919'] })).not.toBeNull();
    expect(recordGrantProblem('test-record-grant-person-index-subgraph-police', response.data.person.healthRecordGrant, terms)).not.toBeNull();
  });

  it("shows an agency officer only their own agency's records while the register of agreements cannot be read, and audits the refusal", async () => {
    const response = await index.query(officers.healthCaseworker, PERSON, { variables: { id: PERSON_ID } });
    expect(response.data.person).toMatchObject({ healthRecordIds: ['4015528115'], policeRecordIds: [], knownTo: null });
    expect(response.errors?.[0]).toMatchObject({ path: ['person', 'knownTo'], extensions: { code: 'FORBIDDEN' } });

    const lookup = await index.query(officers.healthCaseworker, `{ personByRecord(agency: "police", recordId: "MP-1") { id } }`);
    expect(lookup.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const refused = await index.database.db
      .selectFrom('audit_entries' as never)
      .select(['basis', 'subject_record_id'] as never[])
      .where('officer_id' as never, '=', 'health-caseworker' as never)
      .execute();
    expect(refused).toEqual([{ basis: 'refused', subject_record_id: 'police:MP-1' }]);
  });
});
