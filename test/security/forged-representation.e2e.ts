import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signRecordGrant, RECORD_GRANT_LIFETIME_SECONDS } from '@joined-up/auth';
import { officers, startTestFederation, type TestFederation } from '@joined-up/testing';

const HEALTH_VIEW = `query($representations: [_Any!]!) {
  _entities(representations: $representations) { ... on Person { id health { patients { nhsNumber } aeAttendances { id } } } }
}`;

/**
 * A caller with a valid token who reaches an agency directly could pair a
 * real record id with another person's id, and the audit would file the read
 * under the wrong person. Every agency verifies the person index's grant
 * before it reads anything.
 */
describe('an agency refuses a person representation the person index did not sign', () => {
  let federation: TestFederation;
  let owner: { id: string; recordIds: string[]; grant: string };
  let other: string;
  const health = () => federation.subgraphs.get('health')!;
  const auditEntries = async () => Number((await health().database.db.selectFrom('audit_entries' as never).select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);

  /** Sends representations straight to the health subgraph as a health officer, and counts the SQL it ran. */
  async function sendToHealth(representation: Record<string, unknown>) {
    health().database.statements.reset();
    const response = await federation.querySubgraph('health', HEALTH_VIEW, { as: officers.healthCaseworker, variables: { representations: [representation] } });
    return { response, statements: health().database.statements.count };
  }

  beforeAll(async () => {
    federation = await startTestFederation('forged-representation');
    const people = await federation.subgraphs
      .get('person-index')!
      .database.db.selectFrom('person_records')
      .select('person_id')
      .distinct()
      .where('agency_id', '=', 'health')
      .orderBy('person_id')
      .limit(2)
      .execute();
    // The person index's own answer, as the gateway would receive it.
    const indexed = await federation.querySubgraph('person-index', `query($id: ID!) { person(id: $id) { id healthRecordIds healthRecordGrant } }`, {
      as: officers.healthCaseworker,
      variables: { id: people[0].person_id },
    });
    expect(indexed.errors).toBeUndefined();
    owner = { id: indexed.data.person.id, recordIds: indexed.data.person.healthRecordIds, grant: indexed.data.person.healthRecordGrant };
    expect(owner.recordIds.length).toBeGreaterThan(0);
    // Two people, not one person's two health records: the forgery must name somebody else.
    other = people[1].person_id;
    expect(other).not.toBe(owner.id);
  });
  afterAll(() => federation?.stop());

  const forgeries: [string, () => Record<string, unknown>][] = [
    ['without a grant', () => ({ __typename: 'Person', id: other, healthRecordIds: owner.recordIds })],
    ["with the real owner's grant, under another person's id", () => ({ __typename: 'Person', id: other, healthRecordIds: owner.recordIds, healthRecordGrant: owner.grant })],
    ['with the real grant and a record id added', () => ({ __typename: 'Person', id: owner.id, healthRecordIds: [...owner.recordIds, '9434765919'], healthRecordGrant: owner.grant })],
    [
      "signed with another agency's key",
      () => ({
        __typename: 'Person',
        id: other,
        healthRecordIds: owner.recordIds,
        healthRecordGrant: signRecordGrant(federation.recordGrantKey('police'), { agency: 'health', personId: other, recordIds: owner.recordIds }),
      }),
    ],
    [
      'with an expired grant',
      () => ({
        __typename: 'Person',
        id: owner.id,
        healthRecordIds: owner.recordIds,
        healthRecordGrant: signRecordGrant(federation.recordGrantKey('health'), { agency: 'health', personId: owner.id, recordIds: owner.recordIds }, Date.now() - (RECORD_GRANT_LIFETIME_SECONDS + 1) * 1000),
      }),
    ],
  ];

  for (const [how, forge] of forgeries) {
    it(`refuses one ${how} with FORBIDDEN, reads nothing and audits nothing`, async () => {
      const before = await auditEntries();
      const { response, statements } = await sendToHealth(forge());
      expect(response.data._entities[0].health).toBeNull();
      expect(response.errors).toHaveLength(1);
      expect(response.errors![0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'unverified-representation' });
      expect(response.errors![0].message).toMatch(/refused this person representation/);
      expect(statements).toBe(0);
      expect(await auditEntries()).toBe(before);
    });
  }

  it("serves the person index's genuine representation, straight to the agency, and audits it under the right person", async () => {
    const before = await auditEntries();
    const { response } = await sendToHealth({ __typename: 'Person', id: owner.id, healthRecordIds: owner.recordIds, healthRecordGrant: owner.grant });
    expect(response.errors).toBeUndefined();
    expect(response.data._entities[0].health.patients.map((patient: { nhsNumber: string }) => patient.nhsNumber).sort()).toEqual([...owner.recordIds].sort());
    expect(await auditEntries()).toBeGreaterThan(before);
  });

  it('serves the same person through the gateway, which hands on the grant', async () => {
    const response = await federation.query(`query($id: ID!) { person(id: $id) { health { patients { nhsNumber } } } }`, {
      as: officers.healthCaseworker,
      variables: { id: owner.id },
    });
    expect(response.errors).toBeUndefined();
    expect(response.data.person.health.patients.map((patient: { nhsNumber: string }) => patient.nhsNumber).sort()).toEqual([...owner.recordIds].sort());
  });
});
