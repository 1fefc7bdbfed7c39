import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AGENCY_IDS as AGENCIES } from '@joined-up/agencies';
import { startTestFederation, type TestFederation } from '@joined-up/testing';

describe('the federated graph answers its contract queries over real HTTP', () => {
  let federation: TestFederation;

  beforeAll(async () => {
    federation = await startTestFederation('contract');
  });
  afterAll(() => federation?.stop());

  it('lists every declared delivering agency', async () => {
    const response = await federation.query('{ agencies { id name } }');
    expect(response.errors).toBeUndefined();
    expect(response.data.agencies.map((agency: { id: string }) => agency.id).sort()).toEqual([...AGENCIES].sort());
  });

  it('shows an area with figures from every agency', async () => {
    const fields = AGENCIES.map((agency) => `${agency} { __typename }`).join(' ');
    const response = await federation.query(`{ area(code: "E09000022") { code name ${fields} } }`);
    expect(response.errors).toBeUndefined();
    expect(response.data.area).toMatchObject({ code: 'E09000022', name: 'Lambeth' });
    for (const agency of AGENCIES) expect(response.data.area[agency]).not.toBeNull();
  });

  it('shows one person through every agency that knows them, and null for the others', async () => {
    const db = federation.subgraphs.get('person-index')!.database.db;
    const { person_id } = await db
      .selectFrom('person_records')
      .select('person_id')
      .groupBy('person_id')
      .orderBy((eb) => eb.fn.count('agency_id').distinct(), 'desc')
      .orderBy('person_id')
      .limit(1)
      .executeTakeFirstOrThrow();
    const knownTo = new Set((await db.selectFrom('person_records').select('agency_id').where('person_id', '=', person_id).execute()).map((row) => row.agency_id));
    expect(knownTo.size).toBeGreaterThanOrEqual(5);
    const fields = AGENCIES.map((agency) => `${agency} { __typename }`).join(' ');
    const response = await federation.query(`{ person(id: "${person_id}") { id ${fields} } }`);
    expect(response.errors).toBeUndefined();
    for (const agency of AGENCIES) expect(response.data.person[agency] !== null, agency).toBe(knownTo.has(agency));
  });

  it('answers bad arguments with a GraphQL error code and no stack trace', async () => {
    const cases: [string, string][] = [
      ['{ area(code: "E09999999") { code } }', 'BAD_USER_INPUT'],
      ['{ area(code: "Lambeth") { code } }', 'BAD_USER_INPUT'],
      ['{ person(id: "not-an-id") { id } }', 'BAD_USER_INPUT'],
      ['{ person(id: "JU0000000000") { id } }', 'NOT_FOUND'],
      ['{ area(code: "E09000022") { health(from: "2025-13") { aeAttendances { value } } } }', 'BAD_USER_INPUT'],
      ['{ area(code: "E09000022") { police(from: "2025-06", to: "2025-01") { recordedOffences { value } } } }', 'BAD_USER_INPUT'],
    ];
    for (const [query, code] of cases) {
      const response = await federation.query(query);
      expect(response.errors?.[0]?.extensions?.code, query).toBe(code);
      expect(response.text).not.toMatch(/stacktrace|node_modules|at .*\.ts:\d+|127\.0\.0\.1|localhost/);
    }
  });
});
