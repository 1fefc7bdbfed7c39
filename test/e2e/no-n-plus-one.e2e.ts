import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AGENCY_IDS, PERSON_INDEX } from '@joined-up/agencies';
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

  /** One audit entry, as the fields read, whose and which record: `knownTo JU0000000001 JU0000000001`. */
  type Entry = string;

  async function statementsFor(ids: string[]): Promise<{ statements: number; people: number; kinds: Record<string, Kinds>; audited: Entry[]; expected: Entry[] }> {
    const members = [PERSON_INDEX.id, ...AGENCY_IDS];
    const lastSeq = new Map<string, number>();
    for (const member of members) lastSeq.set(member, await lastAuditSeq(member));
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
    const statements = federation.statementCount();
    const audited: Entry[] = [];
    for (const member of members) {
      const entries = await federation.subgraphs
        .get(member)!
        .database.db.selectFrom('audit_entries')
        .select(['fields', 'subject_person_id', 'subject_record_id'])
        .where('seq', '>', lastSeq.get(member)!)
        .execute();
      audited.push(...entries.map((entry) => `${member} ${entry.fields.join(',')} ${entry.subject_person_id} ${entry.subject_record_id}`));
    }
    return { statements, people: response.data.people.length, kinds, audited: audited.sort(), expected: await expectedEntries(response.data.people) };
  }

  async function lastAuditSeq(member: string): Promise<number> {
    const row = await federation.subgraphs
      .get(member)!
      .database.db.selectFrom('audit_entries')
      .select((eb) => eb.fn.max('seq').as('seq'))
      .executeTakeFirst();
    return Number(row?.seq ?? 0);
  }

  /**
   * What the audit trail must hold after a request: the person index's entry
   * for each person's `knownTo`, and for every field an agency served of a
   * person, one entry per record of the person it holds.
   */
  async function expectedEntries(people: { id: string; [agency: string]: unknown }[]): Promise<Entry[]> {
    const records = await federation.subgraphs
      .get(PERSON_INDEX.id)!
      .database.db.selectFrom('person_records')
      .select(['person_id', 'agency_id', 'record_id'])
      .where(
        'person_id',
        'in',
        people.map((person) => person.id),
      )
      .execute();
    const expected: Entry[] = [];
    for (const person of people) {
      expected.push(`${PERSON_INDEX.id} knownTo ${person.id} ${person.id}`);
      for (const agency of AGENCY_IDS) {
        const view = person[agency] as Record<string, unknown> | null | undefined;
        if (!view) continue;
        const recordIds = records.filter((record) => record.person_id === person.id && record.agency_id === agency).map((record) => record.record_id);
        for (const field of Object.keys(view)) for (const recordId of recordIds) expected.push(`${agency} ${field} ${person.id} ${recordId}`);
      }
    }
    return expected.sort();
  }

  it('reads each agency\'s part of a person view in one audited statement, independent of the number of people', async () => {
    expect(everywhere.length).toBeGreaterThan(0);
    expect(many.length).toBe(everywhere.length + 100);
    const small = await statementsFor(everywhere);
    const large = await statementsFor(many);
    expect(large.people).toBe(many.length);
    expect(large.statements).toBe(small.statements);
    expect(large.kinds).toEqual(small.kinds);
    // The audit trail still holds one entry per person, record and field served, whatever the statements.
    expect(large.audited.length).toBeGreaterThan(many.length * 5);
    expect(large.audited).toEqual(large.expected);
    expect(small.audited).toEqual(small.expected);
    // Every category an agency serves of the people is read in one statement that carries all their audit entries: no transaction round trips.
    expect(large.kinds).toEqual({
      // The directory names the agencies each person is known to.
      partnership: { audited: 0, register: 0, transactions: 0, other: 1 },
      // The person view: the people with their record ids, and the audited read of who knows them.
      'person-index': { audited: 1, register: 0, transactions: 0, other: 1 },
      health: { audited: 1, register: 0, transactions: 0, other: 0 },
      police: { audited: 1, register: 0, transactions: 0, other: 0 },
      // Pupils, attendance and exclusions in one statement, then the schools they name (the census, unaudited).
      education: { audited: 1, register: 0, transactions: 0, other: 1 },
      housing: { audited: 1, register: 0, transactions: 0, other: 0 },
      voluntary: { audited: 1, register: 0, transactions: 0, other: 0 },
      // The query asks nothing of probation.
      probation: { audited: 0, register: 0, transactions: 0, other: 0 },
    });
  });
});
