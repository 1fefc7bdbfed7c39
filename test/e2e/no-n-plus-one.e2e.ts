import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { officers, startTestFederation, type TestFederation } from '@joined-up/testing';

const CROSS_AGENCY = `query($ids: [ID!]!) {
  people(ids: $ids) {
    id
    knownTo { id name }
    health { patients { nhsNumber } aeAttendances { id chiefComplaint } admissions { id } camhsReferrals { id } }
    police { nominals { nominalId } offences { role offence { id category } } youthJustice { kind } }
    education { pupils { upn school { name } } attendance(from: "2025-09", to: "2025-12") { month } exclusions { kind } }
    housing { households { householdId } tenancies { id arrears { latestBalance } } homelessnessApplications { duty } temporaryAccommodation { kind } }
    voluntary { clients { id } referrals { status service { name } } participation { month } }
  }
}`;

describe('a cross-agency query costs the same SQL whether it asks for a few people or many', () => {
  let federation: TestFederation;
  let everywhere: string[];
  let many: string[];

  beforeAll(async () => {
    federation = await startTestFederation('no-n-plus-one');
    // The small request asks only for people known to all five agencies, so it
    // already does every kind of work; the large one adds a hundred more people.
    const knownTo = (agencies: number) =>
      federation.subgraphs
        .get('person-index')!
        .database.db.selectFrom('person_records')
        .select('person_id')
        .groupBy('person_id')
        .having((eb) => eb.fn.count('agency_id').distinct(), agencies === 5 ? '=' : '>=', agencies)
        .orderBy('person_id')
        .execute()
        .then((rows) => rows.map((row) => row.person_id));
    everywhere = await knownTo(5);
    const others = (await knownTo(2)).filter((id) => !everywhere.includes(id));
    many = [...everywhere, ...others.slice(0, 100)];
    // Warm the agencies' cached copy of the agreement register, read once every 30 s,
    // so both measured requests find it in the same state.
    await federation.query(CROSS_AGENCY, { as: officers.policeCaseworker, variables: { ids: everywhere } });
  });
  afterAll(() => federation?.stop());

  /** Statements per subgraph, by kind: audited reads (the read and its audit entries in one statement), the agreement register, the rest. */
  type Kinds = { audited: number; register: number; other: number; transactions: number };

  async function statementsFor(ids: string[]): Promise<{ statements: number; people: number; kinds: Record<string, Kinds> }> {
    federation.resetStatements();
    const response = await federation.query(CROSS_AGENCY, { as: officers.policeCaseworker, variables: { ids } });
    expect(response.errors).toBeUndefined();
    const kinds: Record<string, Kinds> = {};
    for (const [name, subgraph] of federation.subgraphs) {
      const recent = subgraph.database.statements.recent;
      expect(recent.length, name).toBe(subgraph.database.statements.count);
      const audited = recent.filter((statement) => /^with "audit_write" as \(insert into "audit_entries"/.test(statement)).length;
      const register = recent.filter((statement) => /from "sharing_agreements"/.test(statement)).length;
      const transactions = recent.filter((statement) => /^(begin|commit|rollback)/i.test(statement.trim())).length;
      kinds[name] = { audited, register, transactions, other: recent.length - audited - register - transactions };
    }
    return { statements: federation.statementCount(), people: response.data.people.length, kinds };
  }

  it('runs one statement per entity type per request, independent of the number of people', async () => {
    expect(everywhere.length).toBeGreaterThan(0);
    expect(many.length).toBe(everywhere.length + 100);
    const small = await statementsFor(everywhere);
    const large = await statementsFor(many);
    expect(large.people).toBe(many.length);
    expect(large.statements).toBe(small.statements);
    expect(large.kinds).toEqual(small.kinds);
    // Every personal read carries its own audit entries: one statement per category, no transaction round trips.
    expect(large.kinds).toEqual({
      // The directory names the agencies each person is known to.
      partnership: { audited: 0, register: 0, transactions: 0, other: 1 },
      // The person view: the people with their record ids, and the audited read of who knows them.
      'person-index': { audited: 1, register: 0, transactions: 0, other: 1 },
      health: { audited: 4, register: 0, transactions: 0, other: 0 },
      police: { audited: 3, register: 0, transactions: 0, other: 0 },
      education: { audited: 3, register: 0, transactions: 0, other: 1 },
      housing: { audited: 4, register: 0, transactions: 0, other: 0 },
      voluntary: { audited: 3, register: 0, transactions: 0, other: 0 },
      // The query asks nothing of probation.
      probation: { audited: 0, register: 0, transactions: 0, other: 0 },
    });
  });
});
