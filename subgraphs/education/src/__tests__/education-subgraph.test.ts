import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { migrateToLatest, rowKeys } from '@joined-up/db';
import { startTestSubgraph, officers, type TestSubgraph } from '@joined-up/testing';
import { migrations } from '../../migrations/index.js';
import { educationSubgraph } from '../server.js';
import type { EducationTables } from '../tables.js';

const PERSON_QUERY = `query($representations: [_Any!]!) {
  _entities(representations: $representations) {
    ... on Person { id education {
      pupils { upn familyName freeSchoolMeals senStatus school { urn name phase } }
      attendance { month possibleSessions authorisedAbsences unauthorisedAbsences attendanceRate school { urn } }
      exclusions { id startDate kind days reason school { urn } }
    } }
  }
}`;

const AREA_QUERY = `query($representations: [_Any!]!) {
  _entities(representations: $representations) {
    ... on Area { code education(from: "2025-01", to: "2025-12") {
      period { from to }
      pupils { value suppressed }
      persistentAbsence { value suppressed numerator { value } denominator { value } }
      absenceRate { value suppressed numerator { value } denominator { value } }
      suspensions { value suppressed }
      permanentExclusions { value suppressed }
      freeSchoolMeals { value suppressed numerator { value } denominator { value } }
      ehcPlans { value suppressed }
    } }
  }
}`;


/** The published form of a raw count, written out again here rather than borrowed from the code under test. */
const published = (raw: number) => ({ value: raw === 0 ? 0 : raw <= 7 ? null : Math.round(raw / 5) * 5, suppressed: raw > 0 && raw <= 7 });
const publishedRate = (numerator: number, denominator: number) => {
  const suppressed = published(numerator).suppressed || published(denominator).suppressed;
  return {
    value: suppressed || denominator === 0 ? null : Math.round((numerator / denominator) * 100 * 10) / 10,
    suppressed,
    numerator: { value: published(numerator).value },
    denominator: { value: published(denominator).value },
  };
};

describe('the education subgraph on its own', () => {
  let education: TestSubgraph<EducationTables>;

  beforeAll(async () => {
    education = await startTestSubgraph(educationSubgraph, 'education-subgraph');
  });
  afterAll(() => education?.stop());

  it('migrates its own schema once and seeds exactly its view of the population', async () => {
    expect(await migrateToLatest(education.database.db, 'education', migrations)).toEqual([]);
    const records = education.population.records('education');
    const db = education.database.db;
    const count = async (table: keyof EducationTables) =>
      (await db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('count')).executeTakeFirstOrThrow()).count;
    expect(await count('schools')).toBe(records.schools.length);
    expect(await count('pupils')).toBe(records.pupils.length);
    expect(await count('attendance')).toBe(records.attendance.length);
    expect(await count('exclusions')).toBe(records.exclusions.length);
  });

  it('resolves a person reference to the education view for an education officer, and audits each category read', async () => {
    const records = education.population.records('education');
    const excluded = records.exclusions[0].upn;
    const pupil = records.pupils.find((row) => row.upn === excluded)!;
    const response = await education.query(officers.educationCaseworker, PERSON_QUERY, {
      variables: { representations: [education.person('JU0000000001', [pupil.upn])] },
    });
    expect(response.errors).toBeUndefined();
    const view = response.data._entities[0].education;

    const stored = await education.database.db
      .selectFrom('pupils')
      .innerJoin('schools', 'schools.urn', 'pupils.school_urn')
      .select(['pupils.upn', 'pupils.family_name', 'pupils.free_school_meals', 'pupils.sen_status', 'schools.urn', 'schools.name', 'schools.phase'])
      .where('pupils.upn', '=', pupil.upn)
      .executeTakeFirstOrThrow();
    expect(view.pupils).toEqual([
      {
        upn: stored.upn,
        familyName: stored.family_name,
        freeSchoolMeals: stored.free_school_meals,
        senStatus: stored.sen_status,
        school: { urn: stored.urn, name: stored.name, phase: stored.phase },
      },
    ]);

    const { rows: months } = await sql<{ month: string; possible: number; authorised: number; unauthorised: number; urn: string }>`
      select to_char(month, 'YYYY-MM') as month, possible_sessions as possible, authorised_absences as authorised,
        unauthorised_absences as unauthorised, school_urn as urn
      from attendance where upn = ${pupil.upn} order by month desc`.execute(education.database.db);
    expect(months.length).toBeGreaterThan(0);
    expect(view.attendance).toEqual(
      months.map((row) => ({
        month: row.month,
        possibleSessions: row.possible,
        authorisedAbsences: row.authorised,
        unauthorisedAbsences: row.unauthorised,
        attendanceRate: Math.round(((row.possible - row.authorised - row.unauthorised) / row.possible) * 1000) / 10,
        school: { urn: row.urn },
      })),
    );

    const exclusions = await education.database.db.selectFrom('exclusions').selectAll().where('upn', '=', pupil.upn).execute();
    expect(view.exclusions.map((row: { id: string }) => row.id).sort()).toEqual(exclusions.map((row) => row.exclusion_id).sort());
    const first = exclusions[0];
    expect(view.exclusions.find((row: { id: string }) => row.id === first.exclusion_id)).toEqual({
      id: first.exclusion_id,
      startDate: first.start_date,
      kind: first.kind,
      days: first.days,
      reason: first.reason,
      school: { urn: first.school_urn },
    });

    const audit = await education.database.db
      .selectFrom('audit_entries' as never)
      .select(['category', 'basis', 'subject_record_id', 'subject_person_id', 'officer_id'] as never[])
      .where('subject_record_id' as never, '=', pupil.upn as never)
      .execute();
    expect(audit.map((row: any) => row.category).sort()).toEqual(['education.attendance', 'education.exclusions', 'education.pupil']);
    expect(audit.every((row: any) => row.basis === 'own-agency' && row.subject_person_id === 'JU0000000001' && row.officer_id === 'education-caseworker')).toBe(true);
  });

  it('bounds a person\'s attendance by month and rejects malformed bounds', async () => {
    const upn = education.population.records('education').attendance[0].upn;
    const query = (args: string) => `query($r: [_Any!]!) { _entities(representations: $r) { ... on Person { education { attendance${args} { month } } } } }`;
    const bounded = await education.query(officers.educationCaseworker, query('(from: "2025-01", to: "2025-03")'), {
      variables: { r: [education.person('JU0000000005', [upn])] },
    });
    expect(bounded.errors).toBeUndefined();
    const months = bounded.data._entities[0].education.attendance.map((row: { month: string }) => row.month);
    expect(months.every((month: string) => month >= '2025-01' && month <= '2025-03')).toBe(true);

    const malformed = await education.query(officers.educationCaseworker, query('(from: "2025-1")'), { variables: { r: [education.person('JU0000000005', [upn])] } });
    expect(malformed.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('answers null for a person education holds no record of', async () => {
    const response = await education.query(officers.educationCaseworker, PERSON_QUERY, {
      variables: { representations: [education.person('JU0000000002', [])] },
    });
    expect(response.errors).toBeUndefined();
    expect(response.data._entities[0].education).toBeNull();
  });

  it('computes area figures from its own tables, under disclosure control, for a local authority and an LSOA', async () => {
    const db = education.database.db;
    // The LSOA with most pupils, so that some of its figures are published rather than suppressed.
    const { rows: busiest } = await sql<{ code: string }>`
      select lsoa_code as code from pupils where local_authority_code = 'E09000022' group by lsoa_code order by count(*) desc, lsoa_code limit 1`.execute(db);
    const codes = ['E09000022', busiest[0].code];

    const response = await education.query(officers.educationCaseworker, AREA_QUERY, {
      variables: { representations: codes.map((code) => ({ __typename: 'Area', code })) },
    });
    expect(response.errors).toBeUndefined();
    expect(response.data._entities.map((area: { code: string }) => area.code)).toEqual(codes);

    for (const area of response.data._entities) {
      // Written independently of the loader: CTEs and plain joins rather than lateral subqueries.
      const { rows } = await sql<{
        pupils: number;
        persistent: number;
        possible: number;
        absent: number;
        fsm: number;
        ehc: number;
        suspensions: number;
        permanent: number;
      }>`
        with resident as (
          select upn, free_school_meals, sen_status from pupils where lsoa_code = ${area.code} or local_authority_code = ${area.code}
        ),
        sessions as (
          select r.upn, r.free_school_meals, r.sen_status,
            sum(a.possible_sessions)::int as possible,
            sum(a.authorised_absences)::int + sum(a.unauthorised_absences)::int as absent
          from resident r join attendance a on a.upn = r.upn
          where a.month between '2025-01-01' and '2025-12-01'
          group by r.upn, r.free_school_meals, r.sen_status
        ),
        counted as (select * from sessions where possible > 0)
        select
          (select count(*) from counted) as pupils,
          (select count(*) from counted where absent::numeric / possible >= 0.1) as persistent,
          (select coalesce(sum(possible), 0) from counted) as possible,
          (select coalesce(sum(absent), 0) from counted) as absent,
          (select count(*) from counted where free_school_meals) as fsm,
          (select count(*) from counted where sen_status = 'EHC plan') as ehc,
          (select count(*) from exclusions e join resident r on r.upn = e.upn
             where e.kind = 'suspension' and e.start_date between '2025-01-01' and '2025-12-31') as suspensions,
          (select count(*) from exclusions e join resident r on r.upn = e.upn
             where e.kind = 'permanent exclusion' and e.start_date between '2025-01-01' and '2025-12-31') as permanent
      `.execute(db);
      const raw = rows[0];
      expect(raw.pupils).toBeGreaterThan(7);
      expect(area.education).toEqual({
        period: { from: '2025-01', to: '2025-12' },
        pupils: published(raw.pupils),
        persistentAbsence: publishedRate(raw.persistent, raw.pupils),
        absenceRate: publishedRate(raw.absent, raw.possible),
        suspensions: published(raw.suspensions),
        permanentExclusions: published(raw.permanent),
        freeSchoolMeals: publishedRate(raw.fsm, raw.pupils),
        ehcPlans: published(raw.ehc),
      });
    }
  });

  it('lists schools by area and resolves School references, for anyone with a token', async () => {
    const lambeth = education.population.records('education').schools.filter((row) => row.local_authority_code === 'E09000022');
    const listed = await education.query(officers.policeAnalyst, `{ schools(areaCode: "E09000022") { urn name phase lsoaCode localAuthorityCode } }`);
    expect(listed.errors).toBeUndefined();
    expect(listed.data.schools.map((school: { urn: string }) => school.urn).sort()).toEqual(lambeth.map((row) => row.urn).sort());

    const referenced = await education.query(
      officers.policeAnalyst,
      `query($r: [_Any!]!) { _entities(representations: $r) { ... on School { urn name } } }`,
      { variables: { r: [{ __typename: 'School', urn: lambeth[0].urn }, { __typename: 'School', urn: '999999' }] } },
    );
    expect(referenced.errors).toBeUndefined();
    expect(referenced.data._entities).toEqual([{ urn: lambeth[0].urn, name: lambeth[0].name }, null]);
  });

  it('refuses another agency when it cannot read the register of sharing agreements, and leaks nothing personal', async () => {
    const records = education.population.records('education');
    const pupil = records.pupils.find((row) => row.upn === records.exclusions[0].upn)!;
    const response = await education.query(officers.policeAnalyst, PERSON_QUERY, {
      variables: { representations: [education.person('JU0000000003', [pupil.upn])] },
    });
    const view = response.data._entities[0].education;
    expect(view).toBeNull();
    expect(response.errors).toHaveLength(1);
    expect(response.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect([...(response.errors?.[0].extensions?.categories as string[])].sort()).toEqual(['education.attendance', 'education.exclusions', 'education.pupil']);
    expect(response.errors?.[0].message).toContain('register of sharing agreements could not be read');
    for (const value of [pupil.upn, pupil.family_name, pupil.given_name, pupil.postcode!, pupil.date_of_birth!, records.exclusions[0].exclusion_id]) {
      expect(response.text).not.toContain(value);
    }
  });

  it('rejects unknown area codes and malformed periods with BAD_USER_INPUT', async () => {
    const unknown = await education.query(officers.educationCaseworker, AREA_QUERY, {
      variables: { representations: [{ __typename: 'Area', code: 'E09999999' }] },
    });
    expect(unknown.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const unknownSchools = await education.query(officers.educationCaseworker, `{ schools(areaCode: "E09999999") { urn } }`);
    expect(unknownSchools.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const badPeriod = await education.query(
      officers.educationCaseworker,
      `query($r: [_Any!]!) { _entities(representations: $r) { ... on Area { education(from: "2025-13") { pupils { value } } } } }`,
      { variables: { r: [{ __typename: 'Area', code: 'E09000022' }] } },
    );
    expect(badPeriod.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
    for (const response of [unknown, unknownSchools, badPeriod]) {
      expect(response.text).not.toMatch(/at .*\.ts:\d+/);
      expect(response.text).not.toContain('stacktrace');
    }
  });

  it('keeps attendance counted by place, month and quarter equal to a recount as attendance is recorded, corrected and removed and pupils move', async () => {
    const { db } = education.database;
    // Rows that count (a count can fall to zero and stay), against the same counts made from attendance.
    const kept = () =>
      rowKeys(db, sql`select granularity, period_start, local_authority_code, lsoa_code, pupils, persistently_absent
        from attendance_by_place where pupils <> 0 or persistently_absent <> 0`);
    const recounted = () =>
      rowKeys(db, sql`select granularity, period_start, local_authority_code, lsoa_code, count(*) as pupils, count(*) filter (where absent * 10 >= possible) as persistently_absent
        from (
          select g.granularity, date_trunc(g.granularity, a.month::timestamp)::date as period_start, p.local_authority_code, p.lsoa_code, a.upn,
            sum(a.possible_sessions) as possible, sum(a.authorised_absences + a.unauthorised_absences) as absent
          from attendance a join pupils p on p.upn = a.upn cross join (values ('month'), ('quarter')) as g(granularity)
          where p.local_authority_code is not null
          group by 1, 2, 3, 4, 5
          having sum(a.possible_sessions) > 0
        ) pupil_periods
        group by granularity, period_start, local_authority_code, lsoa_code`);

    expect((await kept()).length).toBeGreaterThan(100);
    expect(await kept()).toEqual(await recounted());
    const [pupil] = (await sql<{ upn: string; school_urn: string }>`select upn, school_urn from pupils where local_authority_code is not null order by upn limit 1`.execute(db)).rows;
    const [elsewhere] = (await sql<{ lsoa_code: string; local_authority_code: string }>`
      select lsoa_code, local_authority_code from pupils where lsoa_code is not null and lsoa_code <> (select lsoa_code from pupils where upn = ${pupil.upn}) limit 1`.execute(db)).rows;
    // Months of a quarter of its own, so the pupil's quarter moves in and out of persistent absence.
    await sql`insert into attendance (upn, school_urn, month, possible_sessions, authorised_absences, unauthorised_absences)
      values (${pupil.upn}, ${pupil.school_urn}, '2030-01-01', 40, 0, 0), (${pupil.upn}, ${pupil.school_urn}, '2030-02-01', 40, 10, 2)`.execute(db);
    expect(await kept()).toEqual(await recounted());
    await sql`update attendance set unauthorised_absences = 0, authorised_absences = 1 where upn = ${pupil.upn} and month = '2030-02-01'`.execute(db);
    await sql`update attendance set possible_sessions = 0 where upn = ${pupil.upn} and month = '2030-01-01'`.execute(db);
    expect(await kept()).toEqual(await recounted());
    await sql`update pupils set lsoa_code = ${elsewhere.lsoa_code}, local_authority_code = ${elsewhere.local_authority_code} where upn = ${pupil.upn}`.execute(db);
    expect(await kept()).toEqual(await recounted());
    await sql`update pupils set lsoa_code = null, local_authority_code = null where upn = ${pupil.upn}`.execute(db);
    expect(await kept()).toEqual(await recounted());
    await sql`update pupils set local_authority_code = ${elsewhere.local_authority_code} where upn = ${pupil.upn}`.execute(db);
    await sql`delete from attendance where upn = ${pupil.upn} and month >= '2030-01-01'`.execute(db);
    expect(await kept()).toEqual(await recounted());
  });

  it('answers nothing without a valid token: 401 on queries, _entities and _service', async () => {
    for (const query of ['{ _service { sdl } }', '{ schools { urn } }', PERSON_QUERY]) {
      const response = await education.query(officers.educationCaseworker, query, { token: 'not-a-token' });
      expect(response.status).toBe(401);
      expect(response.data ?? null).toBeNull();
      const anonymous = await fetch(education.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
      expect(anonymous.status).toBe(401);
      expect(await anonymous.text()).not.toContain('"data"');
    }
  });

  it('costs the same number of SQL statements for 1 person as for 50', async () => {
    const upns = [...new Set(education.population.records('education').attendance.map((row) => row.upn))].slice(0, 50);
    expect(upns).toHaveLength(50);
    const statementsFor = async (count: number) => {
      const representations = upns.slice(0, count).map((upn, index) => education.person(`JU${String(index).padStart(10, '0')}`, [upn]));
      education.database.statements.reset();
      const response = await education.query(officers.educationCaseworker, PERSON_QUERY, { variables: { representations } });
      expect(response.errors).toBeUndefined();
      expect(response.data._entities.every((entity: any) => entity.education.pupils.length === 1)).toBe(true);
      return education.database.statements.count;
    };
    const one = await statementsFor(1);
    const fifty = await statementsFor(50);
    expect(fifty).toBe(one);
  });
});
