import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { verifyAuditChain } from '@joined-up/audit';
import { officers, personKnownEverywhere, startTestFederation, type TestFederation } from '@joined-up/testing';

const PERSON = `query($id: ID!) { person(id: $id) {
  health { aeAttendances { id } camhsReferrals { id } }
  police { offences { role } youthJustice { kind } }
  housing { homelessnessApplications { duty } }
} }`;

describe('personal data is served only under an agreement covering the requester, the category and the purpose', () => {
  let federation: TestFederation;
  let personId: string;

  beforeAll(async () => {
    federation = await startTestFederation('sharing-agreements');
    personId = await personKnownEverywhere(federation);
  });
  afterAll(() => federation?.stop());

  it('serves every category under the Lambeth youth crime agreement for its purpose, and audits each read with the agreement', async () => {
    const response = await federation.query(PERSON, { as: officers.policeAnalyst, variables: { id: personId } });
    expect(response.errors).toBeUndefined();
    expect(response.data.person.health.aeAttendances).toBeInstanceOf(Array);
    const audit = await federation.subgraphs
      .get('health')!
      .database.db.selectFrom('audit_entries' as never)
      .selectAll()
      .where('subject_person_id' as never, '=', personId as never)
      .where('officer_id' as never, '=', 'police-analyst' as never)
      .execute();
    expect(audit.length).toBeGreaterThanOrEqual(2);
    expect(audit.every((entry: any) => entry.basis === 'agreement' && entry.agreement_id === 'ISA-LAMBETH-YOUTH-CRIME' && entry.purpose === 'youth-crime-prevention')).toBe(true);
  });

  it('files every read under one request id the gateway minted, not one the client sent', async () => {
    const response = await federation.query(PERSON, { as: officers.policeAnalyst, variables: { id: personId }, headers: { 'x-request-id': 'chosen-by-the-client' } });
    expect(response.errors).toBeUndefined();
    const requestIds = new Set<string>();
    for (const agency of ['health', 'housing']) {
      const entries = await federation.subgraphs
        .get(agency)!
        .database.db.selectFrom('audit_entries' as never)
        .select('request_id' as never)
        .where('subject_person_id' as never, '=', personId as never)
        .orderBy('seq' as never, 'desc')
        .limit(1)
        .execute();
      requestIds.add((entries[0] as any).request_id);
    }
    expect(requestIds.size).toBe(1);
    expect(requestIds.has('chosen-by-the-client')).toBe(false);
  });

  it('refuses a purpose no agreement covers, naming the purpose, and serves nothing', async () => {
    const response = await federation.query(PERSON, { as: { ...officers.policeAnalyst, purpose: 'marketing' }, variables: { id: personId } });
    // Not even whether health or housing know the person is told: the whole view is refused.
    const { health, housing } = response.data.person;
    expect(health).toBeNull();
    expect(housing).toBeNull();
    const forbidden = response.errors!.filter((error) => error.extensions?.code === 'FORBIDDEN');
    expect(forbidden.map((error) => error.path?.join('.')).sort()).toEqual(['person.health', 'person.housing']);
    expect(forbidden[0].message).toMatch(/purpose "marketing"/);
  });

  it("tells a direct caller of the person index which records an agency keeps only if that agency shares something with them", async () => {
    const query = `query($id: ID!) { person(id: $id) { healthRecordIds policeRecordIds housingRecordIds } }`;
    const covered = await federation.querySubgraph('person-index', query, { as: officers.policeAnalyst, variables: { id: personId } });
    expect(covered.errors).toBeUndefined();
    expect(covered.data.person.healthRecordIds.length).toBeGreaterThan(0);
    expect(covered.data.person.housingRecordIds.length).toBeGreaterThan(0);
    const uncovered = await federation.querySubgraph('person-index', query, { as: { ...officers.policeAnalyst, purpose: 'marketing' }, variables: { id: personId } });
    expect(uncovered.data.person).toEqual({ healthRecordIds: [], policeRecordIds: expect.any(Array), housingRecordIds: [] });
    expect(uncovered.data.person.policeRecordIds.length).toBeGreaterThan(0);
  });

  it('serves an agency its own records whatever the agreements say', async () => {
    const response = await federation.query(PERSON, { as: { ...officers.policeCaseworker, purpose: 'marketing' }, variables: { id: personId } });
    expect(response.data.person.police.offences).toBeInstanceOf(Array);
    expect(response.data.person.police.youthJustice).toBeInstanceOf(Array);
  });

  it('refuses a category the agreement does not name, and serves the categories it does', async () => {
    // Safeguarding shares youth justice with education, not offences.
    const response = await federation.query(PERSON, { as: officers.educationCaseworker, variables: { id: personId } });
    expect(response.data.person.police.youthJustice).toBeInstanceOf(Array);
    expect(response.data.person.police.offences).toBeNull();
    const refusal = response.errors!.find((error) => error.path?.join('.') === 'person.police.offences')!;
    expect(refusal.extensions).toMatchObject({ code: 'FORBIDDEN', category: 'police.offences' });
    expect(refusal.message).toMatch(/data category "police.offences"/);
  });

  it('refuses under an agreement that has expired', async () => {
    // The Lewisham families pilot shared homelessness data for family support until the end of 2023.
    const response = await federation.query(PERSON, { as: { ...officers.educationCaseworker, purpose: 'family-support' }, variables: { id: personId } });
    expect(response.data.person.housing).toBeNull();
    const refusal = response.errors!.find((error) => error.path?.join('.') === 'person.housing')!;
    expect(refusal.extensions).toMatchObject({ code: 'FORBIDDEN', categories: expect.arrayContaining(['housing.homelessness']) });
    expect(refusal.message).toMatch(/housing.homelessness: [^;]*in force/);
  });

  it('withholds opted-out patients for planning and research but not for direct care or safeguarding', async () => {
    const health = federation.subgraphs.get('health')!.database.db;
    const personIndex = federation.subgraphs.get('person-index')!.database.db;
    const patients = (await sql<{ nhs_number: string }>`select nhs_number from patients where national_opt_out`.execute(health)).rows.map((row) => row.nhs_number);
    const { person_id: optedOutPerson } = await personIndex
      .selectFrom('person_records')
      .select('person_id')
      .where('agency_id', '=', 'health')
      .where('record_id', 'in', patients)
      .limit(1)
      .executeTakeFirstOrThrow();
    const query = `query($id: ID!) { person(id: $id) { health { aeAttendances { id } } } }`;
    for (const purpose of ['planning', 'research']) {
      const response = await federation.query(query, { as: { ...officers.healthAnalyst, purpose }, variables: { id: optedOutPerson } });
      expect(response.data.person.health, purpose).toBeNull();
      expect(response.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'national-data-opt-out' });
    }
    for (const purpose of ['direct-care', 'safeguarding']) {
      const response = await federation.query(query, { as: { ...officers.healthCaseworker, purpose }, variables: { id: optedOutPerson } });
      expect(response.errors, purpose).toBeUndefined();
      expect(response.data.person.health.aeAttendances).toBeInstanceOf(Array);
    }
    // A partner officer planning services under the planning agreement meets the same rule.
    const partner = await federation.query(query, { as: { ...officers.partnershipAnalyst, purpose: 'planning' }, variables: { id: optedOutPerson } });
    expect(partner.data.person.health).toBeNull();
  });

  it('returns nothing when the audit entry cannot be written', async () => {
    const health = federation.subgraphs.get('health')!.database.db;
    await sql`create function refuse_audit() returns trigger language plpgsql as $$ begin raise exception 'audit log unavailable'; end $$`.execute(health);
    await sql`create trigger audit_unavailable before insert on audit_entries for each row execute function refuse_audit()`.execute(health);
    try {
      const before = (await sql<{ count: number }>`select count(*) as count from audit_entries`.execute(health)).rows[0].count;
      const response = await federation.query(`query($id: ID!) { person(id: $id) { health { aeAttendances { id arrivedAt } } } }`, {
        as: officers.healthCaseworker,
        variables: { id: personId },
      });
      expect(response.data.person.health.aeAttendances).toBeNull();
      expect(response.errors?.[0].extensions?.code).toBe('INTERNAL_SERVER_ERROR');
      expect(response.text).not.toMatch(/arrivedAt":"/);
      expect(response.text).not.toMatch(/audit log unavailable/);
      expect((await sql<{ count: number }>`select count(*) as count from audit_entries`.execute(health)).rows[0].count).toBe(before);
    } finally {
      await sql`drop trigger audit_unavailable on audit_entries`.execute(health);
      await sql`drop function refuse_audit()`.execute(health);
    }
  });

  it("answers a subject access request with every agency's reads of the person, for the partnership's data protection officer only", async () => {
    await federation.query(PERSON, { as: officers.policeAnalyst, variables: { id: personId } });
    const query = `query($id: ID!) { auditTrail(personId: $id) { at officer agency purpose fields heldBy category } }`;
    const response = await federation.query(query, { as: officers.partnershipDpo, variables: { id: personId } });
    expect(response.errors).toBeUndefined();
    const trail = response.data.auditTrail;
    expect(new Set(trail.map((entry: { heldBy: string }) => entry.heldBy))).toEqual(new Set(['health', 'police', 'housing']));
    expect(trail.some((entry: { officer: string; purpose: string }) => entry.officer === 'police-analyst' && entry.purpose === 'youth-crime-prevention')).toBe(true);
    const times = trail.map((entry: { at: string }) => entry.at);
    expect([...times].sort().reverse()).toEqual(times);

    for (const officer of [officers.policeAnalyst, officers.healthDpo, { ...officers.partnershipDpo, purpose: 'planning' }]) {
      const refused = await federation.query(query, { as: officer, variables: { id: personId } });
      expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    }
  });

  it("lets an agency's data protection officer read that agency's trail and no other", async () => {
    const own = await federation.query(`{ auditTrail(agencyId: "health") { officer heldBy } }`, { as: officers.healthDpo });
    expect(own.errors).toBeUndefined();
    expect(own.data.auditTrail.length).toBeGreaterThan(0);
    expect(own.data.auditTrail.every((entry: { heldBy: string }) => entry.heldBy === 'health')).toBe(true);
    const other = await federation.query(`{ auditTrail(agencyId: "police") { officer } }`, { as: officers.healthDpo });
    expect(other.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it("leaves every agency's audit chain intact after all these reads", async () => {
    for (const [name, subgraph] of federation.subgraphs) {
      const verdict = await verifyAuditChain(subgraph.database.db);
      expect(verdict.intact, name).toBe(true);
      if (['health', 'police', 'housing'].includes(name)) expect(verdict.entries, name).toBeGreaterThan(0);
    }
  });
});
