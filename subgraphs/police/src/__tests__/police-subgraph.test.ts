import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql, type RawBuilder } from 'kysely';
import { keptCountsDrift, migrateToLatest, placeOtherThan } from '@joined-up/db';
import { startTestSubgraph, officers, type TestSubgraph } from '@joined-up/testing';
import { migrations } from '../../migrations/index.js';
import { policeSubgraph } from '../server.js';
import type { PoliceTables } from '../tables.js';

const PERSON_QUERY = `query($representations: [_Any!]!) {
  _entities(representations: $representations) {
    ... on Person { id police {
      nominals { nominalId givenName familyName dateOfBirth sex addressLine postcode lsoaCode localAuthorityCode }
      offences { role nominalId offence { id committedOn category outcome lsoaCode } }
      youthJustice { id nominalId kind startedOn endedOn firstTimeEntrant }
    } }
  }
}`;

const FIGURES = `period { from to }
  recordedOffences { value suppressed }
  offencesByCategory { category count { value suppressed } }
  youthSuspects { value suppressed }
  firstTimeEntrants { value suppressed }
  chargedOrSummonsed { value suppressed }`;

const AREA_QUERY = `query($representations: [_Any!]!) {
  _entities(representations: $representations) { ... on Area { code police(from: "2025-01", to: "2025-12") { ${FIGURES} } } }
}`;

/** The contract's Home Office categories, written out again so the test does not trust the code under test. */
const CATEGORIES = [
  'violence against the person', 'robbery', 'theft', 'burglary', 'criminal damage and arson',
  'drug offences', 'possession of weapons', 'public order offences', 'sexual offences', 'vehicle offences',
];

/** The published form of a raw count: 0 stays 0, 1 to 7 are suppressed, the rest rounded to the nearest 5. */
function published(raw: number) {
  if (raw === 0) return { value: 0, suppressed: false };
  if (raw <= 7) return { value: null, suppressed: true };
  return { value: Math.round(raw / 5) * 5, suppressed: false };
}


describe('the police subgraph on its own', () => {
  let police: TestSubgraph<PoliceTables>;

  beforeAll(async () => {
    police = await startTestSubgraph(policeSubgraph, 'police-subgraph');
  });
  afterAll(() => police?.stop());

  const records = () => police.population.records('police');
  const countRows = async (table: keyof PoliceTables) =>
    (await police.database.db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('count')).executeTakeFirstOrThrow()).count;

  it('migrates its own schema once and seeds exactly its view of the population', async () => {
    expect(await migrateToLatest(police.database.db, 'police', migrations)).toEqual([]);
    expect(await countRows('nominals')).toBe(records().nominals.length);
    expect(await countRows('offences')).toBe(records().offences.length);
    expect(await countRows('offence_involvements')).toBe(records().involvements.length);
    expect(await countRows('youth_justice_interventions')).toBe(records().youthJustice.length);
    await expect(
      sql`insert into offences values ('CR-1999-0000001', '1999-01-01', 'shoplifting', 'no further action', 'E01003013', 'E09000022')`.execute(
        police.database.db,
      ),
    ).rejects.toThrow(/offences_home_office_category/);
  });

  it('resolves a person reference to the police view for a police officer, from the database, and audits each category', async () => {
    const { rows: picked } = await sql<{ nominal_id: string }>`
      select nominal_id from youth_justice_interventions
      where nominal_id in (select nominal_id from offence_involvements) order by nominal_id limit 1`.execute(police.database.db);
    const nominalId = picked[0].nominal_id;
    const response = await police.query(officers.policeCaseworker, PERSON_QUERY, {
      variables: { representations: [police.person('JU0000000001', [nominalId])] },
    });
    expect(response.errors).toBeUndefined();
    const view = response.data._entities[0].police;

    const nominal = await police.database.db.selectFrom('nominals').selectAll().where('nominal_id', '=', nominalId).executeTakeFirstOrThrow();
    expect(view.nominals).toEqual([
      {
        nominalId,
        givenName: nominal.given_name,
        familyName: nominal.family_name,
        dateOfBirth: nominal.date_of_birth,
        sex: nominal.sex,
        addressLine: nominal.address_line,
        postcode: nominal.postcode,
        lsoaCode: nominal.lsoa_code,
        localAuthorityCode: nominal.local_authority_code,
      },
    ]);

    const { rows: offences } = await sql<any>`
      select i.role, i.nominal_id, o.offence_id, o.committed_on, o.category, o.outcome, o.lsoa_code
      from offence_involvements i join offences o on o.offence_id = i.offence_id
      where i.nominal_id = ${nominalId} order by o.committed_on desc, o.offence_id desc`.execute(police.database.db);
    expect(offences.length).toBeGreaterThan(0);
    expect(view.offences).toEqual(
      offences.map((row) => ({
        role: row.role,
        nominalId: row.nominal_id,
        offence: { id: row.offence_id, committedOn: row.committed_on, category: row.category, outcome: row.outcome, lsoaCode: row.lsoa_code },
      })),
    );

    const { rows: interventions } = await sql<any>`
      select * from youth_justice_interventions where nominal_id = ${nominalId} order by started_on desc, intervention_id desc`.execute(
      police.database.db,
    );
    expect(view.youthJustice).toEqual(
      interventions.map((row) => ({
        id: row.intervention_id,
        nominalId,
        kind: row.kind,
        startedOn: row.started_on,
        endedOn: row.ended_on,
        firstTimeEntrant: row.first_time_entrant,
      })),
    );

    const { rows: audit } = await sql<any>`
      select category, basis, officer_id, subject_person_id, fields from audit_entries where subject_record_id = ${nominalId}`.execute(
      police.database.db,
    );
    expect(audit.map((row) => row.category).sort()).toEqual(['police.nominal', 'police.offences', 'police.youth-justice']);
    expect(audit.every((row) => row.basis === 'own-agency' && row.subject_person_id === 'JU0000000001' && row.officer_id === 'police-caseworker')).toBe(
      true,
    );
  });

  it('answers null for a person the police hold no record of', async () => {
    const response = await police.query(officers.policeCaseworker, PERSON_QUERY, {
      variables: { representations: [police.person('JU0000000002', [])] },
    });
    expect(response.errors).toBeUndefined();
    expect(response.data._entities[0].police).toBeNull();
  });

  it('computes area figures for a local authority and an LSOA exactly as an independent count, under disclosure control', async () => {
    const db = police.database.db;
    const { rows: busiest } = await sql<{ lsoa_code: string }>`
      select lsoa_code from offences where committed_on between '2025-01-01' and '2025-12-31'
      group by lsoa_code order by count(*) desc, lsoa_code limit 1`.execute(db);
    const areas = ['E09000022', busiest[0].lsoa_code];

    police.database.statements.reset();
    const response = await police.query(officers.policeAnalyst, AREA_QUERY, {
      variables: { representations: areas.map((code) => ({ __typename: 'Area', code })) },
    });
    expect(response.errors).toBeUndefined();
    expect(police.database.statements.count).toBe(1);

    for (const [index, code] of areas.entries()) {
      const figures = response.data._entities[index].police;
      // Decide the column by the kind of code, where the subgraph matches either: a different route to the same answer.
      const column = code.startsWith('E01') ? 'lsoa_code' : 'local_authority_code';
      const inYear = (date: string) => sql`${sql.ref(date)} between '2025-01-01' and '2025-12-31'`;
      const count = async (query: RawBuilder<{ count: number }>) => Number((await query.execute(db)).rows[0].count);

      const recorded = await count(sql<{ count: number }>`select count(*) as count from offences where ${sql.ref(column)} = ${code} and ${inYear('committed_on')}`);
      const charged = await count(
        sql<{ count: number }>`select count(*) as count from offences where ${sql.ref(column)} = ${code} and ${inYear('committed_on')} and outcome = 'charged or summonsed'`,
      );
      const youthSuspects = await count(sql<{ count: number }>`
        select count(*) as count from (
          select distinct i.nominal_id from offence_involvements i
          join offences o on o.offence_id = i.offence_id join nominals n on n.nominal_id = i.nominal_id
          where i.role = 'suspect' and ${sql.ref(`o.${column}`)} = ${code} and ${inYear('o.committed_on')}
            and date_part('year', age(o.committed_on, n.date_of_birth)) between 10 and 17
        ) suspects`);
      const entrants = await count(sql<{ count: number }>`
        select count(*) as count from youth_justice_interventions y join nominals n on n.nominal_id = y.nominal_id
        where y.first_time_entrant and ${sql.ref(`n.${column}`)} = ${code} and ${inYear('y.started_on')}`);
      const { rows: byCategory } = await sql<{ category: string; count: number }>`
        select category, count(*) as count from offences where ${sql.ref(column)} = ${code} and ${inYear('committed_on')}
        group by category`.execute(db);

      expect(recorded).toBeGreaterThan(7);
      expect(figures.period).toEqual({ from: '2025-01', to: '2025-12' });
      expect(figures.recordedOffences).toEqual(published(recorded));
      expect(figures.chargedOrSummonsed).toEqual(published(charged));
      expect(figures.youthSuspects).toEqual(published(youthSuspects));
      expect(figures.firstTimeEntrants).toEqual(published(entrants));
      expect(figures.offencesByCategory).toEqual(
        CATEGORIES.map((category) => ({ category, count: published(Number(byCategory.find((row) => row.category === category)?.count ?? 0)) })),
      );
    }
  });

  it('refuses another agency when it cannot read the register of sharing agreements, and reveals nothing', async () => {
    const { rows: picked } = await sql<{ nominal_id: string }>`
      select nominal_id from youth_justice_interventions
      where nominal_id in (select nominal_id from offence_involvements) order by nominal_id desc limit 1`.execute(police.database.db);
    const nominal = records().nominals.find((row) => row.nominal_id === picked[0].nominal_id)!;
    const offenceIds = records().involvements.filter((row) => row.nominal_id === nominal.nominal_id).map((row) => row.offence_id);
    const response = await police.query(officers.healthCaseworker, PERSON_QUERY, {
      variables: { representations: [police.person('JU0000000003', [nominal.nominal_id])] },
    });
    expect(response.data._entities[0].police).toBeNull();
    expect(response.errors).toHaveLength(1);
    expect(response.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(response.errors?.[0].message).toContain('register of sharing agreements could not be read');
    const personal = [nominal.family_name, nominal.given_name, nominal.date_of_birth, nominal.postcode, nominal.address_line, ...offenceIds];
    for (const value of personal.filter((value): value is string => value !== null)) {
      expect(response.text).not.toContain(value);
    }
    const { rows: audit } = await sql`select 1 from audit_entries where subject_person_id = 'JU0000000003'`.execute(police.database.db);
    expect(audit).toEqual([]);
  });

  it('rejects unknown area codes and malformed periods with BAD_USER_INPUT, without stack traces', async () => {
    const unknown = await police.query(officers.policeAnalyst, AREA_QUERY, { variables: { representations: [{ __typename: 'Area', code: 'E09999999' }] } });
    expect(unknown.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const badPeriod = await police.query(
      officers.policeAnalyst,
      `query($r: [_Any!]!) { _entities(representations: $r) { ... on Area { police(from: "2025-13") { recordedOffences { value } } } } }`,
      { variables: { r: [{ __typename: 'Area', code: 'E09000022' }] } },
    );
    expect(badPeriod.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
    for (const response of [unknown, badPeriod]) {
      expect(response.text).not.toMatch(/at .*\.ts:\d+/);
      expect(response.text).not.toContain('stacktrace');
    }
  });

  it('keeps youth offences counted by place and period equal to a recount as offences and suspects are recorded, corrected and removed and offences move', async () => {
    const db = police.database.db;
    // The measure's count as it was made from the offences on each request: an offence counts once however many young suspects.
    const recount = sql`
      select g.granularity, date_trunc(g.granularity, o.committed_on::timestamp)::date, o.local_authority_code, o.lsoa_code, count(*)
      from offences o cross join (values ('month'), ('quarter')) as g(granularity)
      where exists (
        select 1 from offence_involvements i join nominals n using (nominal_id)
        where i.offence_id = o.offence_id and i.role = 'suspect'
          and n.date_of_birth <= o.committed_on - interval '10 years' and n.date_of_birth > o.committed_on - interval '18 years')
      group by 1, 2, 3, 4`;
    const drift = () => keptCountsDrift(db, { youth_offences_by_place: recount });

    expect(await drift()).toEqual([]);
    const elsewhere = await placeOtherThan(db, 'offences', 'E01003013');
    await sql`insert into nominals (nominal_id, given_name, family_name, date_of_birth)
      values ('TEST-N1', 'Test', 'One', '2010-01-01'), ('TEST-N2', 'Test', 'Two', '2009-06-01')`.execute(db);
    await sql`insert into offences values ('TEST-O1', '2025-02-10', 'theft', 'youth caution', 'E01003013', 'E09000022'),
      ('TEST-O2', '2025-03-10', 'robbery', 'under investigation', 'E01003013', 'E09000022')`.execute(db);
    await sql`insert into offence_involvements values ('TEST-O1', 'TEST-N1', 'suspect'), ('TEST-O1', 'TEST-N2', 'suspect'), ('TEST-O2', 'TEST-N2', 'victim')`.execute(db);
    expect(await drift()).toEqual([]);
    // One of two young suspects goes: the offence still counts, once. The victim becomes a suspect.
    await sql`delete from offence_involvements where offence_id = 'TEST-O1' and nominal_id = 'TEST-N1'`.execute(db);
    await sql`update offence_involvements set role = 'suspect' where offence_id = 'TEST-O2'`.execute(db);
    expect(await drift()).toEqual([]);
    await sql`update nominals set date_of_birth = '1990-01-01' where nominal_id = 'TEST-N2'`.execute(db);
    expect(await drift()).toEqual([]);
    await sql`update nominals set date_of_birth = '2009-06-01' where nominal_id = 'TEST-N2'`.execute(db);
    await sql`update offences set committed_on = '2025-04-01' where offence_id = 'TEST-O2'`.execute(db);
    expect(await drift()).toEqual([]);
    await sql`update offences set lsoa_code = ${elsewhere.lsoa_code}, local_authority_code = ${elsewhere.local_authority_code} where offence_id like 'TEST-O_'`.execute(db);
    expect(await drift()).toEqual([]);
    await sql`update offences set lsoa_code = 'E01003013', local_authority_code = 'E09000022' where offence_id = 'TEST-O1'`.execute(db);
    expect(await drift()).toEqual([]);
    await sql`delete from offence_involvements where offence_id like 'TEST-O_'`.execute(db);
    await sql`delete from offences where offence_id like 'TEST-O_'`.execute(db);
    await sql`delete from nominals where nominal_id like 'TEST-N_'`.execute(db);
    expect(await drift()).toEqual([]);
  });

  it('answers nothing without a valid token: 401 on a query, _entities and _service', async () => {
    const nominal = records().nominals[0];
    const variables = { representations: [police.person('JU0000000004', [nominal.nominal_id])] };
    for (const query of ['{ __typename }', '{ _service { sdl } }', PERSON_QUERY]) {
      const response = await police.query(officers.policeCaseworker, query, { token: 'not-a-token', variables });
      expect(response.status).toBe(401);
      expect(response.data ?? null).toBeNull();
      expect(response.text).not.toContain(nominal.family_name);
      const anonymous = await fetch(police.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query, variables }),
      });
      expect(anonymous.status).toBe(401);
      expect(await anonymous.text()).not.toContain(nominal.family_name);
    }
  });

  it('costs the same number of SQL statements for 1 person as for 50', async () => {
    const people = records()
      .nominals.slice(0, 50)
      .map((row, index) => police.person(`JU${String(1000 + index).padStart(10, '0')}`, [row.nominal_id]));
    const statementsFor = async (representations: object[]) => {
      police.database.statements.reset();
      const response = await police.query(officers.policeCaseworker, PERSON_QUERY, { variables: { representations } });
      expect(response.errors).toBeUndefined();
      expect(response.data._entities.every((entity: any) => entity.police.nominals.length === 1)).toBe(true);
      return police.database.statements.count;
    };
    const one = await statementsFor(people.slice(0, 1));
    const fifty = await statementsFor(people);
    expect(one).toBeGreaterThan(0);
    expect(fifty).toBe(one);
  });
});
