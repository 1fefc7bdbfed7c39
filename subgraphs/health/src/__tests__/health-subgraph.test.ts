import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { keptCountsDrift, migrateToLatest, placeOtherThan, rowKeys } from '@joined-up/db';
import { startTestSubgraph, officers, type TestSubgraph } from '@joined-up/testing';
import { migrations } from '../../migrations/index.js';
import { healthSubgraph } from '../server.js';
import type { HealthTables } from '../tables.js';

const PERSON_QUERY = `query($representations: [_Any!]!) {
  _entities(representations: $representations) {
    ... on Person { id health { nationalOptOut patients { nhsNumber familyName } aeAttendances { id chiefComplaint } admissions { id } camhsReferrals { id } } }
  }
}`;

const AREA_QUERY = `query($representations: [_Any!]!) {
  _entities(representations: $representations) {
    ... on Area { code health(from: "2025-01", to: "2025-12") { aeAttendances { value suppressed } selfHarmAdmissions { value suppressed } registeredPatients { value } } }
  }
}`;

describe('the health subgraph on its own', () => {
  let health: TestSubgraph<HealthTables>;

  beforeAll(async () => {
    health = await startTestSubgraph(healthSubgraph, 'health-subgraph');
  });
  afterAll(() => health?.stop());

  it('migrates its own schema once and seeds its view of the population', async () => {
    expect(await migrateToLatest(health.database.db, 'health', migrations)).toEqual([]);
    const { count } = await health.database.db.selectFrom('patients').select((eb) => eb.fn.countAll<number>().as('count')).executeTakeFirstOrThrow();
    expect(count).toBe(health.population.records('health').patients.length);
  });

  it('resolves a person reference to the health view for a health officer, and audits the read', async () => {
    const patient = health.population.records('health').patients.find((row) => row.nhs_number)!;
    const response = await health.query(officers.healthCaseworker, PERSON_QUERY, {
      variables: { representations: [health.person('JU0000000001', [patient.nhs_number])] },
    });
    expect(response.errors).toBeUndefined();
    expect(response.data._entities[0].health.patients).toEqual([{ nhsNumber: patient.nhs_number, familyName: patient.family_name }]);
    const expected = health.population.records('health').aeAttendances.filter((row) => row.nhs_number === patient.nhs_number);
    expect(response.data._entities[0].health.aeAttendances).toHaveLength(expected.length);

    const audit = await health.database.db
      .selectFrom('audit_entries' as never)
      .select(['category', 'basis', 'subject_record_id', 'subject_person_id'] as never[])
      .where('subject_record_id' as never, '=', patient.nhs_number as never)
      .execute();
    expect(audit.map((row: any) => row.category).sort()).toEqual(['health.admissions', 'health.mental-health', 'health.registration', 'health.urgent-care']);
    expect(audit.every((row: any) => row.basis === 'own-agency' && row.subject_person_id === 'JU0000000001')).toBe(true);
  });

  it('answers null for a person health holds no record of', async () => {
    const response = await health.query(officers.healthCaseworker, PERSON_QUERY, {
      variables: { representations: [health.person('JU0000000002', [])] },
    });
    expect(response.data._entities[0].health).toBeNull();
  });

  it('computes area figures from its own tables, under disclosure control', async () => {
    const response = await health.query(officers.healthAnalyst, AREA_QUERY, {
      variables: { representations: [{ __typename: 'Area', code: 'E09000022' }, { __typename: 'Area', code: 'E09000023' }] },
    });
    expect(response.errors).toBeUndefined();
    for (const area of response.data._entities) {
      const { rows } = await sql<{ count: number }>`
        select count(*) as count from ae_attendances
        where local_authority_code = ${area.code} and arrived_at >= '2025-01-01' and arrived_at < '2026-01-01'`.execute(health.database.db);
      const raw = rows[0].count;
      expect(area.health.aeAttendances.value).toBe(raw === 0 ? 0 : raw <= 7 ? null : Math.round(raw / 5) * 5);
    }
  });

  it('refuses another agency when it cannot read the register of sharing agreements', async () => {
    const patient = health.population.records('health').patients[0];
    const response = await health.query(officers.policeAnalyst, PERSON_QUERY, {
      variables: { representations: [health.person('JU0000000003', [patient.nhs_number])] },
    });
    expect(response.data._entities[0].health).toBeNull();
    expect(response.errors).toHaveLength(1);
    expect(response.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(response.errors?.[0].message).toContain('register of sharing agreements could not be read');
    expect(response.text).not.toContain(patient.family_name);
  });

  it('withholds opted-out patients from planning and research, not from direct care', async () => {
    const optedOut = health.population.records('health').patients.find((row) => row.national_opt_out)!;
    const representations = [health.person('JU0000000004', [optedOut.nhs_number])];
    for (const purpose of ['planning', 'research']) {
      const response = await health.query({ ...officers.healthAnalyst, purpose }, PERSON_QUERY, { variables: { representations } });
      expect(response.data._entities[0].health).toBeNull();
      expect(response.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'national-data-opt-out' });
    }
    for (const purpose of ['direct-care', 'safeguarding']) {
      const response = await health.query({ ...officers.healthCaseworker, purpose }, PERSON_QUERY, { variables: { representations } });
      expect(response.errors).toBeUndefined();
      expect(response.data._entities[0].health.nationalOptOut).toBe(true);
    }
  });

  it('rejects unknown area codes and malformed periods with BAD_USER_INPUT', async () => {
    const unknown = await health.query(officers.healthAnalyst, AREA_QUERY, { variables: { representations: [{ __typename: 'Area', code: 'E09999999' }] } });
    expect(unknown.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const badPeriod = await health.query(
      officers.healthAnalyst,
      `query($r: [_Any!]!) { _entities(representations: $r) { ... on Area { health(from: "2025-13") { aeAttendances { value } } } } }`,
      { variables: { r: [{ __typename: 'Area', code: 'E09000022' }] } },
    );
    expect(badPeriod.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
    expect(badPeriod.text).not.toMatch(/at .*\.ts:\d+/);
  });

  it('keeps the patients counted by place and birth month equal to a recount as patients are added, moved and removed', async () => {
    const { db } = health.database;
    // Rows that count (a count can fall to zero and stay), against the same counts made from patients.
    const kept = () => rowKeys(db, sql`select local_authority_code, lsoa_code, birth_month, patients from patient_birth_months where patients <> 0`);
    const recounted = () =>
      rowKeys(db, sql`select local_authority_code, lsoa_code, date_trunc('month', (date_of_birth - 1)::timestamp)::date, count(*)
        from patients where date_of_birth is not null and local_authority_code is not null
        group by local_authority_code, lsoa_code, date_trunc('month', (date_of_birth - 1)::timestamp)::date`);

    expect((await kept()).length).toBeGreaterThan(100);
    expect(await kept()).toEqual(await recounted());
    await sql`insert into patients (nhs_number, given_name, family_name, date_of_birth, lsoa_code, local_authority_code, gp_practice_code, registered_on)
      values ('9999999991', 'Test', 'One', '2011-03-01', 'E01003013', 'E09000022', 'G00001', '2020-01-01'),
             ('9999999992', 'Test', 'Two', '2011-03-15', null, 'E09000022', 'G00001', '2020-01-01'),
             ('9999999993', 'Test', 'Three', null, 'E01003013', 'E09000022', 'G00001', '2020-01-01')`.execute(db);
    expect(await kept()).toEqual(await recounted());
    await sql`update patients set lsoa_code = null, date_of_birth = '2012-07-01' where nhs_number = '9999999991'`.execute(db);
    await sql`update patients set date_of_birth = '2009-01-01' where nhs_number in ('9999999992', '9999999993')`.execute(db);
    expect(await kept()).toEqual(await recounted());
    await sql`delete from patients where nhs_number like '999999999_'`.execute(db);
    expect(await kept()).toEqual(await recounted());
  });

  it('keeps self-harm admissions and CAMHS referrals counted by place and period equal to a recount as they are recorded, corrected and removed and patients move', async () => {
    const { db } = health.database;
    const granularities = sql`(values ('month'), ('quarter')) as g(granularity)`;
    const period = (column: string) => sql.raw(`date_trunc(g.granularity, ${column}::timestamp)::date`);
    // The measures' counts as they were made from the events on each request.
    const recounts = {
      self_harm_admissions_by_place: sql`
        select g.granularity, ${period('a.admitted_on')}, p.local_authority_code, p.lsoa_code, count(*)
        from patients p join admissions a on a.nhs_number = p.nhs_number cross join ${granularities}
        where p.local_authority_code is not null and a.self_harm
          and p.date_of_birth <= a.admitted_on - interval '10 years' and p.date_of_birth > a.admitted_on - interval '25 years'
        group by 1, 2, 3, 4`,
      camhs_referrals_by_place: sql`
        select g.granularity, ${period('r.referred_on')}, p.local_authority_code, p.lsoa_code, count(*)
        from patients p join camhs_referrals r on r.nhs_number = p.nhs_number cross join ${granularities}
        where p.local_authority_code is not null
          and p.date_of_birth > r.referred_on - interval '18 years' and p.date_of_birth <= ${period('r.referred_on')}
        group by 1, 2, 3, 4`,
    };
    const drift = () => keptCountsDrift(db, recounts);

    expect(await drift()).toEqual([]);
    const elsewhere = await placeOtherThan(db, 'patients', 'E01003013');
    // Born on the first of a month that begins no quarter: a referral that month counts in the month, not in its quarter.
    await sql`insert into patients (nhs_number, given_name, family_name, date_of_birth, lsoa_code, local_authority_code, gp_practice_code, registered_on)
      values ('9999999981', 'Test', 'Young', '2010-05-01', 'E01003013', 'E09000022', 'G00001', '2020-01-01')`.execute(db);
    await sql`insert into admissions (admission_id, nhs_number, admitted_on, method, primary_diagnosis, self_harm)
      values ('TEST-A1', '9999999981', '2025-03-10', 'emergency', 'X78', true), ('TEST-A2', '9999999981', '2025-03-20', 'emergency', 'X78', true),
             ('TEST-A3', '9999999981', '2025-04-20', 'emergency', 'J45', false)`.execute(db);
    await sql`insert into camhs_referrals (referral_id, nhs_number, referred_on, source, status)
      values ('TEST-R1', '9999999981', '2010-05-20', 'GP', 'accepted'), ('TEST-R2', '9999999981', '2025-04-02', 'school', 'accepted')`.execute(db);
    expect(await drift()).toEqual([]);
    await sql`update admissions set self_harm = not self_harm where admission_id in ('TEST-A2', 'TEST-A3')`.execute(db);
    await sql`update camhs_referrals set referred_on = '2028-06-01' where referral_id = 'TEST-R2'`.execute(db);
    expect(await drift()).toEqual([]);
    await sql`update patients set lsoa_code = ${elsewhere.lsoa_code}, local_authority_code = ${elsewhere.local_authority_code} where nhs_number = '9999999981'`.execute(db);
    expect(await drift()).toEqual([]);
    await sql`update patients set lsoa_code = null, local_authority_code = null where nhs_number = '9999999981'`.execute(db);
    expect(await drift()).toEqual([]);
    await sql`update patients set lsoa_code = 'E01003013', local_authority_code = 'E09000022' where nhs_number = '9999999981'`.execute(db);
    expect(await drift()).toEqual([]);
    await sql`update patients set date_of_birth = '1990-01-01' where nhs_number = '9999999981'`.execute(db);
    expect(await drift()).toEqual([]);
    await sql`update patients set date_of_birth = '2010-05-01' where nhs_number = '9999999981'`.execute(db);
    await sql`delete from admissions where admission_id = 'TEST-A1'`.execute(db);
    expect(await drift()).toEqual([]);
    await sql`delete from admissions where admission_id like 'TEST-A_'`.execute(db);
    await sql`delete from camhs_referrals where referral_id like 'TEST-R_'`.execute(db);
    await sql`delete from patients where nhs_number = '9999999981'`.execute(db);
    expect(await drift()).toEqual([]);
  });

  it('answers nothing without a valid token: 401 on queries, _entities and _service', async () => {
    for (const query of ['{ _service { sdl } }', PERSON_QUERY]) {
      const response = await health.query(officers.healthCaseworker, query, { token: 'not-a-token' });
      expect(response.status).toBe(401);
      expect(response.data ?? null).toBeNull();
      const anonymous = await fetch(health.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
      expect(anonymous.status).toBe(401);
    }
  });
});
