import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { keptCountsDrift, migrateToLatest, placeOtherThan } from '@joined-up/db';
import { startTestSubgraph, officers, type TestSubgraph } from '@joined-up/testing';
import { migrations } from '../../migrations/index.js';
import { housingSubgraph } from '../server.js';
import type { HousingTables } from '../tables.js';

const PERSON_QUERY = `query($representations: [_Any!]!) {
  _entities(representations: $representations) {
    ... on Person { id housing {
      households { memberId householdId relationship addressLine postcode lsoaCode localAuthorityCode }
      tenancies { id householdId tenure startedOn endedOn weeklyRent arrears { latestMonth latestBalance history { month balance } } }
      homelessnessApplications { id householdId appliedOn duty reason outcome decidedOn lsoaCode localAuthorityCode }
      temporaryAccommodation { id householdId kind startedOn endedOn }
    } }
  }
}`;

const FROM = '2023-01';
const TO = '2026-10';
const AREA_QUERY = `query($representations: [_Any!]!) {
  _entities(representations: $representations) {
    ... on Area { code housing(from: "${FROM}", to: "${TO}") {
      period { from to }
      homelessnessApplications { value suppressed }
      applicationsByDuty { duty count { value suppressed } }
      householdsInTemporaryAccommodation { value suppressed }
      tenanciesInArrears { value suppressed }
      households { value suppressed }
    } }
  }
}`;

/** The disclosure rule, restated independently of @joined-up/statistics. */
const disclosed = (raw: number) => ({ value: raw === 0 ? 0 : raw <= 7 ? null : Math.round(raw / 5) * 5, suppressed: raw >= 1 && raw <= 7 });

describe('the housing subgraph on its own', () => {
  let housing: TestSubgraph<HousingTables>;
  const records = () => housing.population.records('housing');

  beforeAll(async () => {
    housing = await startTestSubgraph(housingSubgraph, 'housing-subgraph');
  });
  afterAll(() => housing?.stop());

  it('migrates its own schema once and seeds exactly its view of the population', async () => {
    expect(await migrateToLatest(housing.database.db, 'housing', migrations)).toEqual([]);
    const { rows } = await sql<Record<string, number>>`
      select (select count(*) from households) as households, (select count(*) from household_members) as members,
        (select count(*) from tenancies) as tenancies, (select count(*) from rent_arrears) as arrears,
        (select count(*) from homelessness_applications) as applications,
        (select count(*) from temporary_accommodation) as "temporaryAccommodation"`.execute(housing.database.db);
    const { households, members, tenancies, arrears, applications, temporaryAccommodation } = records();
    expect(rows[0]).toEqual({
      households: households.length,
      members: members.length,
      tenancies: tenancies.length,
      arrears: arrears.length,
      applications: applications.length,
      temporaryAccommodation: temporaryAccommodation.length,
    });
  });

  it('resolves person references to the housing view for a housing officer, from the database, and audits each category', async () => {
    const { members, temporaryAccommodation, tenancies, arrears } = records();
    // One member of a household placed in temporary accommodation, one of a household whose tenancy fell into arrears.
    const placed = new Set(temporaryAccommodation.map((row) => row.household_id));
    const owing = new Set(tenancies.filter((row) => arrears.some((month) => month.tenancy_id === row.tenancy_id)).map((row) => row.household_id));
    const homeless = members.find((row) => placed.has(row.household_id))!;
    const tenant = members.find((row) => owing.has(row.household_id))!;
    const response = await housing.query(officers.housingCaseworker, PERSON_QUERY, {
      variables: {
        representations: [
          housing.person('JU0000000001', [homeless.member_id]),
          housing.person('JU0000000011', [tenant.member_id]),
        ],
      },
    });
    expect(response.errors).toBeUndefined();
    const db = housing.database.db;

    for (const [index, member] of [homeless, tenant].entries()) {
      const view = response.data._entities[index].housing;
      const memberRow = await db.selectFrom('household_members').selectAll().where('member_id', '=', member.member_id).executeTakeFirstOrThrow();
      expect(view.households).toEqual([
        {
          memberId: memberRow.member_id,
          householdId: memberRow.household_id,
          relationship: memberRow.relationship,
          addressLine: memberRow.address_line,
          postcode: memberRow.postcode,
          lsoaCode: memberRow.lsoa_code,
          localAuthorityCode: memberRow.local_authority_code,
        },
      ]);

      const tenancyRows = await db.selectFrom('tenancies').selectAll().where('household_id', '=', memberRow.household_id).orderBy('started_on', 'desc').execute();
      const arrearsRows = await db
        .selectFrom('rent_arrears')
        .selectAll()
        .where('tenancy_id', 'in', [...tenancyRows.map((row) => row.tenancy_id), ''])
        .orderBy('month')
        .execute();
      expect(view.tenancies).toEqual(
        tenancyRows.map((row) => {
          const history = arrearsRows
            .filter((month) => month.tenancy_id === row.tenancy_id)
            .map((month) => ({ month: month.month.slice(0, 7), balance: Number(month.balance) }));
          return {
            id: row.tenancy_id,
            householdId: row.household_id,
            tenure: row.tenure,
            startedOn: row.started_on,
            endedOn: row.ended_on,
            weeklyRent: Number(row.weekly_rent),
            arrears: { latestMonth: history.at(-1)?.month ?? null, latestBalance: history.at(-1)?.balance ?? null, history },
          };
        }),
      );

      const applicationRows = await db
        .selectFrom('homelessness_applications')
        .selectAll()
        .where('household_id', '=', memberRow.household_id)
        .orderBy('applied_on', 'desc')
        .execute();
      expect(view.homelessnessApplications).toEqual(
        applicationRows.map((row) => ({
          id: row.application_id,
          householdId: row.household_id,
          appliedOn: row.applied_on,
          duty: row.duty,
          reason: row.reason,
          outcome: row.outcome,
          decidedOn: row.decided_on,
          lsoaCode: row.lsoa_code,
          localAuthorityCode: row.local_authority_code,
        })),
      );

      const placementRows = await db
        .selectFrom('temporary_accommodation')
        .selectAll()
        .where('household_id', '=', memberRow.household_id)
        .orderBy('started_on', 'desc')
        .execute();
      expect(view.temporaryAccommodation).toEqual(
        placementRows.map((row) => ({ id: row.placement_id, householdId: row.household_id, kind: row.kind, startedOn: row.started_on, endedOn: row.ended_on })),
      );
    }
    // The chosen people really exercise every kind of record.
    expect(response.data._entities[0].housing.temporaryAccommodation.length).toBeGreaterThan(0);
    expect(response.data._entities[0].housing.homelessnessApplications.length).toBeGreaterThan(0);
    expect(response.data._entities[1].housing.tenancies.some((tenancy: any) => tenancy.arrears.history.length > 0)).toBe(true);

    const audit = await db
      .selectFrom('audit_entries' as never)
      .select(['category', 'fields', 'basis', 'subject_person_id'] as never[])
      .where('subject_record_id' as never, '=', homeless.member_id as never)
      .execute();
    expect(audit.map((row: any) => `${row.category} ${row.fields.join(',')}`).sort()).toEqual([
      'housing.homelessness homelessnessApplications',
      'housing.homelessness temporaryAccommodation',
      'housing.household households',
      'housing.tenancy tenancies',
    ]);
    expect(audit.every((row: any) => row.basis === 'own-agency' && row.subject_person_id === 'JU0000000001')).toBe(true);
  });

  it('answers null for a person housing holds no record of', async () => {
    const response = await housing.query(officers.housingCaseworker, PERSON_QUERY, {
      variables: { representations: [housing.person('JU0000000002', [])] },
    });
    expect(response.errors).toBeUndefined();
    expect(response.data._entities[0].housing).toBeNull();
  });

  it('computes area figures for a local authority and an LSOA from its own tables, under disclosure control', async () => {
    const { applications } = records();
    const lsoaCounts = new Map<string, number>();
    for (const row of applications) lsoaCounts.set(row.lsoa_code, (lsoaCounts.get(row.lsoa_code) ?? 0) + 1);
    const lsoa = [...lsoaCounts].sort((a, b) => b[1] - a[1])[0][0];
    const response = await housing.query(officers.housingCaseworker, AREA_QUERY, {
      variables: { representations: [{ __typename: 'Area', code: 'E09000022' }, { __typename: 'Area', code: lsoa }] },
    });
    expect(response.errors).toBeUndefined();
    expect(response.data._entities.map((area: any) => area.code)).toEqual(['E09000022', lsoa]);

    const lastDay = '2026-10-31';
    const lastMonth = '2026-10-01';
    for (const area of response.data._entities) {
      // Counted a different way from the subgraph: one plain query per figure, on the one column the area's level uses.
      const column = sql.ref(area.code.startsWith('E01') ? 'lsoa_code' : 'local_authority_code');
      const inArea = sql`(select household_id from households where ${column} = ${area.code})`;
      const { rows } = await sql<{ duty: string; count: number }>`
        select duty, count(*) as count from homelessness_applications
        where ${column} = ${area.code} and applied_on between '2023-01-01' and ${lastDay}
        group by duty`.execute(housing.database.db);
      const byDuty = (duty: string) => rows.find((row) => row.duty === duty)?.count ?? 0;
      const single = async (query: ReturnType<typeof sql<{ count: number }>>) => (await query.execute(housing.database.db)).rows[0].count;
      const placed = await single(sql<{ count: number }>`
        select count(distinct household_id) as count from temporary_accommodation
        where household_id in ${inArea} and started_on <= ${lastDay} and coalesce(ended_on, '9999-12-31') >= ${lastDay}`);
      const owing = await single(sql<{ count: number }>`
        select count(*) as count from rent_arrears
        where month = ${lastMonth} and balance > 0
          and tenancy_id in (select tenancy_id from tenancies where household_id in ${inArea})`);
      const households = await single(sql<{ count: number }>`select count(*) as count from households where ${column} = ${area.code}`);

      expect(area.housing).toEqual({
        period: { from: FROM, to: TO },
        homelessnessApplications: disclosed(rows.reduce((sum, row) => sum + row.count, 0)),
        applicationsByDuty: ['prevention', 'relief', 'main duty'].map((duty) => ({ duty, count: disclosed(byDuty(duty)) })),
        householdsInTemporaryAccommodation: disclosed(placed),
        tenanciesInArrears: disclosed(owing),
        households: disclosed(households),
      });
    }
  });

  it('refuses another agency when it cannot read the register of sharing agreements, and reveals nothing', async () => {
    const member = records().members.find((row) => row.address_line && row.postcode)!;
    const response = await housing.query(officers.policeAnalyst, PERSON_QUERY, {
      variables: { representations: [housing.person('JU0000000003', [member.member_id])] },
    });
    expect(response.data._entities[0].housing).toBeNull();
    expect(response.errors).toHaveLength(1);
    expect(response.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(response.errors?.[0].message).toContain('register of sharing agreements could not be read');
    for (const value of [member.address_line!, member.postcode!, member.family_name.trim(), member.household_id]) {
      expect(response.text).not.toContain(value);
    }
    const audit = await housing.database.db
      .selectFrom('audit_entries' as never)
      .select('seq' as never)
      .where('subject_person_id' as never, '=', 'JU0000000003' as never)
      .execute();
    expect(audit).toEqual([]);
  });

  it('rejects unknown area codes and malformed periods with BAD_USER_INPUT and no stack trace', async () => {
    const unknown = await housing.query(officers.housingCaseworker, AREA_QUERY, { variables: { representations: [{ __typename: 'Area', code: 'E09999999' }] } });
    expect(unknown.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const badPeriod = await housing.query(
      officers.housingCaseworker,
      `query($r: [_Any!]!) { _entities(representations: $r) { ... on Area { housing(from: "2025-13") { households { value } } } } }`,
      { variables: { r: [{ __typename: 'Area', code: 'E09000022' }] } },
    );
    expect(badPeriod.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
    for (const response of [unknown, badPeriod]) {
      expect(response.text).not.toMatch(/at .*\.ts:\d+/);
      expect(response.text).not.toContain('stacktrace');
    }
  });

  it('keeps youth homelessness applications counted by place and period equal to a recount as applications and members are recorded, corrected and removed and applications move', async () => {
    const db = housing.database.db;
    // The measure's count as it was made from the applications on each request.
    const recount = sql`
      select g.granularity, date_trunc(g.granularity, h.applied_on::timestamp)::date, h.local_authority_code, h.lsoa_code, count(*)
      from homelessness_applications h cross join (values ('month'), ('quarter')) as g(granularity)
      where exists (
        select 1 from household_members m where m.household_id = h.household_id
          and m.date_of_birth <= h.applied_on - interval '16 years' and m.date_of_birth > h.applied_on - interval '25 years')
      group by 1, 2, 3, 4`;
    const drift = () => keptCountsDrift(db, { youth_homelessness_by_place: recount });

    expect(await drift()).toEqual([]);
    const elsewhere = await placeOtherThan(db, 'homelessness_applications', 'E01003013');
    await sql`insert into households (household_id, address_line, postcode, lsoa_code, local_authority_code)
      values ('TEST-H1', '1 Test Street', 'SE11 1AA', 'E01003013', 'E09000022'), ('TEST-H2', '2 Test Street', 'SE11 1AA', 'E01003013', 'E09000022')`.execute(db);
    await sql`insert into household_members (member_id, household_id, relationship, given_name, family_name, date_of_birth)
      values ('TEST-M1', 'TEST-H1', 'lead tenant', 'Test', 'Young', '2005-01-01'), ('TEST-M2', 'TEST-H1', 'child', 'Test', 'Younger', '2006-01-01')`.execute(db);
    await sql`insert into homelessness_applications (application_id, household_id, applied_on, duty, reason, outcome, lsoa_code, local_authority_code)
      values ('TEST-A1', 'TEST-H1', '2025-01-10', 'prevention', 'other', 'ongoing', 'E01003013', 'E09000022'),
             ('TEST-A2', 'TEST-H1', '2025-02-01', 'relief', 'other', 'ongoing', 'E01003013', 'E09000022'),
             ('TEST-A3', 'TEST-H2', '2025-02-01', 'relief', 'other', 'ongoing', 'E01003013', 'E09000022')`.execute(db);
    expect(await drift()).toEqual([]);
    // One of two young members grows up on paper: the applications still count; then the other moves to a household with none.
    await sql`update household_members set date_of_birth = '1970-01-01' where member_id = 'TEST-M1'`.execute(db);
    expect(await drift()).toEqual([]);
    await sql`update household_members set household_id = 'TEST-H2' where member_id = 'TEST-M2'`.execute(db);
    expect(await drift()).toEqual([]);
    await sql`update homelessness_applications set applied_on = '2025-07-01' where application_id = 'TEST-A3'`.execute(db);
    expect(await drift()).toEqual([]);
    await sql`update homelessness_applications set lsoa_code = ${elsewhere.lsoa_code}, local_authority_code = ${elsewhere.local_authority_code} where application_id like 'TEST-A_'`.execute(db);
    expect(await drift()).toEqual([]);
    await sql`update homelessness_applications set lsoa_code = 'E01003013', local_authority_code = 'E09000022' where application_id = 'TEST-A3'`.execute(db);
    expect(await drift()).toEqual([]);
    await sql`delete from household_members where member_id = 'TEST-M2'`.execute(db);
    expect(await drift()).toEqual([]);
    await sql`delete from homelessness_applications where application_id like 'TEST-A_'`.execute(db);
    await sql`delete from household_members where member_id like 'TEST-M_'`.execute(db);
    await sql`delete from households where household_id like 'TEST-H_'`.execute(db);
    expect(await drift()).toEqual([]);
  });

  it('answers nothing without a valid token: 401 on queries, _entities and _service', async () => {
    for (const query of ['{ __typename }', '{ _service { sdl } }', PERSON_QUERY]) {
      const response = await housing.query(officers.housingCaseworker, query, { token: 'not-a-token' });
      expect(response.status).toBe(401);
      expect(response.data ?? null).toBeNull();
      const anonymous = await fetch(housing.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
      expect(anonymous.status).toBe(401);
      expect(((await anonymous.json()) as { data?: unknown }).data ?? null).toBeNull();
    }
  });

  it('costs the same number of SQL statements for 1 person as for 50', async () => {
    const representations = records()
      .members.slice(0, 50)
      .map((row, index) => housing.person(`JU${String(index).padStart(10, '0')}`, [row.member_id]));
    const statementsFor = async (people: typeof representations) => {
      housing.database.statements.reset();
      const response = await housing.query(officers.housingCaseworker, PERSON_QUERY, { variables: { representations: people } });
      expect(response.errors).toBeUndefined();
      expect(response.data._entities.every((person: any) => person.housing.households.length === 1)).toBe(true);
      return housing.database.statements.count;
    };
    const one = await statementsFor(representations.slice(0, 1));
    const fifty = await statementsFor(representations);
    expect(one).toBeGreaterThan(0);
    expect(fifty).toBe(one);
  });
});
