import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { keptCountsDrift, migrateToLatest, placeOtherThan } from '@joined-up/db';
import { startTestSubgraph, officers, type TestSubgraph } from '@joined-up/testing';
import { migrations } from '../../migrations/index.js';
import { voluntarySubgraph } from '../server.js';
import type { VoluntaryTables } from '../tables.js';

const PERSON_QUERY = `query($representations: [_Any!]!) {
  _entities(representations: $representations) {
    ... on Person { id voluntary {
      clients { id givenName familyName dateOfBirth postcode lsoaCode }
      referrals { id referredOn referredBy status service { id name category organisation { id name } areaServed { code } } }
      participation { month sessionsAttended service { id organisation { id } } }
    } }
  }
}`;

const AREA_QUERY = `query($representations: [_Any!]!) {
  _entities(representations: $representations) {
    ... on Area { code voluntary(from: "2024-01", to: "2025-12") {
      period { from to }
      participants { value suppressed }
      sessionsAttended { value suppressed }
      referrals { value suppressed }
      referralsBySource { referredBy count { value suppressed } }
      services { value suppressed }
    } }
  }
}`;

const REFERRAL_SOURCES = ['police', 'school', 'health', 'housing', 'self'];

/** The disclosure rule, restated here so the test does not trust the code it checks. */
const disclosed = (raw: number) => (raw === 0 ? { value: 0, suppressed: false } : raw <= 7 ? { value: null, suppressed: true } : { value: Math.round(raw / 5) * 5, suppressed: false });

describe('the voluntary subgraph on its own', () => {
  let voluntary: TestSubgraph<VoluntaryTables>;

  beforeAll(async () => {
    voluntary = await startTestSubgraph(voluntarySubgraph, 'voluntary-subgraph');
  });
  afterAll(() => voluntary?.stop());

  const records = () => voluntary.population.records('voluntary');
  const countRows = async (table: keyof VoluntaryTables) =>
    (await voluntary.database.db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('count')).executeTakeFirstOrThrow()).count;

  /** A client with referrals and participation, so every field of the view has rows to show. */
  const activeClient = () => {
    const attended = new Set(records().participation.map((row) => row.client_id));
    return records().clients.find((client) => attended.has(client.client_id) && client.date_of_birth !== null)!;
  };

  it('migrates its own schema once and seeds its view of the population', async () => {
    expect(await migrateToLatest(voluntary.database.db, 'voluntary', migrations)).toEqual([]);
    expect(await countRows('organisations')).toBe(records().organisations.length);
    expect(await countRows('services')).toBe(records().services.length);
    expect(await countRows('clients')).toBe(records().clients.length);
    expect(await countRows('service_referrals')).toBe(records().referrals.length);
    expect(await countRows('participation')).toBe(records().participation.length);
    expect(records().participation.length).toBeGreaterThan(0);
  });

  it('resolves a person reference to the voluntary view for a voluntary officer, and audits the read', async () => {
    const client = activeClient();
    const response = await voluntary.query(officers.voluntaryCaseworker, PERSON_QUERY, {
      variables: { representations: [voluntary.person('JU0000000001', [client.client_id])] },
    });
    expect(response.errors).toBeUndefined();
    const view = response.data._entities[0].voluntary;
    const db = voluntary.database.db;

    const stored = await db.selectFrom('clients').selectAll().where('client_id', '=', client.client_id).executeTakeFirstOrThrow();
    expect(view.clients).toEqual([
      { id: stored.client_id, givenName: stored.given_name, familyName: stored.family_name, dateOfBirth: stored.date_of_birth, postcode: stored.postcode, lsoaCode: stored.lsoa_code },
    ]);

    const referrals = await db
      .selectFrom('service_referrals')
      .innerJoin('services', 'services.service_id', 'service_referrals.service_id')
      .select(['referral_id', 'referred_on', 'referred_by', 'status', 'services.service_id', 'services.name', 'services.category', 'services.organisation_id', 'services.local_authority_code'])
      .where('client_id', '=', client.client_id)
      .orderBy('referred_on', 'desc')
      .orderBy('referral_id', 'desc')
      .execute();
    expect(referrals.length).toBeGreaterThan(0);
    const organisationName = new Map(records().organisations.map((row) => [row.organisation_id, row.name]));
    expect(view.referrals).toEqual(
      referrals.map((row) => ({
        id: row.referral_id,
        referredOn: row.referred_on,
        referredBy: row.referred_by,
        status: row.status,
        service: {
          id: row.service_id,
          name: row.name,
          category: row.category,
          organisation: { id: row.organisation_id, name: organisationName.get(row.organisation_id) },
          areaServed: { code: row.local_authority_code },
        },
      })),
    );

    const participation = await db
      .selectFrom('participation')
      .innerJoin('services', 'services.service_id', 'participation.service_id')
      .select(['month', 'sessions_attended', 'services.service_id', 'services.organisation_id'])
      .where('client_id', '=', client.client_id)
      .orderBy('month', 'desc')
      .orderBy('services.service_id')
      .execute();
    expect(participation.length).toBeGreaterThan(0);
    expect(view.participation).toEqual(
      participation.map((row) => ({
        month: row.month.slice(0, 7),
        sessionsAttended: row.sessions_attended,
        service: { id: row.service_id, organisation: { id: row.organisation_id } },
      })),
    );

    const audit = await db
      .selectFrom('audit_entries' as never)
      .select(['category', 'fields', 'basis', 'officer_id', 'subject_person_id'] as never[])
      .where('subject_record_id' as never, '=', client.client_id as never)
      .execute();
    expect(audit.map((row: any) => `${row.category}:${row.fields.join(',')}`).sort()).toEqual([
      'voluntary.client:clients',
      'voluntary.referrals:participation',
      'voluntary.referrals:referrals',
    ]);
    expect(audit.every((row: any) => row.basis === 'own-agency' && row.officer_id === 'voluntary-caseworker' && row.subject_person_id === 'JU0000000001')).toBe(
      true,
    );
  });

  it('answers null for a person the voluntary sector holds no record of', async () => {
    const response = await voluntary.query(officers.voluntaryCaseworker, PERSON_QUERY, {
      variables: { representations: [voluntary.person('JU0000000002', [])] },
    });
    expect(response.errors).toBeUndefined();
    expect(response.data._entities[0].voluntary).toBeNull();
  });

  it('computes area figures from its own tables for a local authority and an LSOA, under disclosure control', async () => {
    const db = voluntary.database.db;
    // The Lambeth LSOA where most clients live, so that its figures are not all zero.
    const { rows: busiest } = await sql<{ lsoa_code: string }>`
      select lsoa_code from clients where local_authority_code = 'E09000022' and lsoa_code is not null
      group by lsoa_code order by count(*) desc, lsoa_code limit 1`.execute(db);
    const lsoa = busiest[0].lsoa_code;
    const response = await voluntary.query(officers.voluntaryCaseworker, AREA_QUERY, {
      variables: { representations: [{ __typename: 'Area', code: 'E09000022' }, { __typename: 'Area', code: lsoa }] },
    });
    expect(response.errors).toBeUndefined();

    for (const area of response.data._entities) {
      const livesHere = sql`(c.lsoa_code = ${area.code} or c.local_authority_code = ${area.code})`;
      const { rows: attended } = await sql<{ participants: number; sessions: number | null }>`
        select count(distinct p.client_id) as participants, sum(p.sessions_attended) as sessions
        from participation p, clients c
        where c.client_id = p.client_id and ${livesHere} and p.sessions_attended > 0
          and p.month between '2024-01-01' and '2025-12-01'`.execute(db);
      const { rows: referred } = await sql<{ referred_by: string; count: number }>`
        select r.referred_by, count(*) as count from service_referrals r, clients c
        where c.client_id = r.client_id and ${livesHere} and r.referred_on between '2024-01-01' and '2025-12-31'
        group by r.referred_by`.execute(db);
      // Services are open to a whole local authority: both areas are in Lambeth.
      const { rows: active } = await sql<{ count: number }>`
        select count(distinct s.service_id) as count from services s, participation p
        where p.service_id = s.service_id and p.sessions_attended > 0 and p.month between '2024-01-01' and '2025-12-01'
          and s.local_authority_code = 'E09000022'`.execute(db);
      const bySource = new Map(referred.map((row) => [row.referred_by, row.count]));

      expect(area.voluntary).toEqual({
        period: { from: '2024-01', to: '2025-12' },
        participants: disclosed(attended[0].participants),
        sessionsAttended: disclosed(attended[0].sessions ?? 0),
        referrals: disclosed(referred.reduce((sum, row) => sum + row.count, 0)),
        referralsBySource: REFERRAL_SOURCES.map((source) => ({ referredBy: source, count: disclosed(bySource.get(source) ?? 0) })),
        services: disclosed(active[0].count),
      });
    }
    // The local authority's figures are large enough to be published rather than suppressed.
    expect(response.data._entities[0].voluntary.participants.value).toBeGreaterThan(0);
  });

  it('serves the directory of services to any officer, narrowed by area and category', async () => {
    const lsoa = records().clients.find((client) => client.lsoa_code?.startsWith('E01') && client.local_authority_code === 'E09000023')!.lsoa_code!;
    const response = await voluntary.query(
      officers.policeAnalyst,
      `query($area: ID) { services(areaCode: $area, category: "mentoring") { id name areaServed { code } organisation { id services { id } } } }`,
      { variables: { area: lsoa } },
    );
    expect(response.errors).toBeUndefined();
    const expected = records()
      .services.filter((service) => service.local_authority_code === 'E09000023' && service.category === 'mentoring')
      .sort((a, b) => a.name.localeCompare(b.name));
    expect(response.data.services.map((service: any) => service.id)).toEqual(expected.map((service) => service.service_id));
    for (const service of response.data.services) {
      expect(service.areaServed.code).toBe('E09000023');
      const own = records().services.filter((row) => row.organisation_id === service.organisation.id);
      expect(service.organisation.services.map((row: any) => row.id).sort()).toEqual(own.map((row) => row.service_id).sort());
    }

    const unknown = await voluntary.query(officers.policeAnalyst, `{ services(category: "bingo") { id } }`);
    expect(unknown.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('refuses another agency when it cannot read the register of sharing agreements', async () => {
    const client = activeClient();
    const response = await voluntary.query(officers.policeCaseworker, PERSON_QUERY, {
      variables: { representations: [voluntary.person('JU0000000003', [client.client_id])] },
    });
    const view = response.data._entities[0].voluntary;
    expect(view).toBeNull();
    expect(response.errors).toHaveLength(1);
    expect(response.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(response.errors?.[0].message).toContain('register of sharing agreements could not be read');
    const referral = records().referrals.find((row) => row.client_id === client.client_id)!;
    for (const personal of [client.family_name, client.date_of_birth, client.postcode, referral.referral_id].filter((value) => value !== null)) {
      expect(response.text).not.toContain(personal);
    }
  });

  it('rejects unknown area codes and malformed periods with BAD_USER_INPUT', async () => {
    const unknown = await voluntary.query(officers.voluntaryCaseworker, AREA_QUERY, {
      variables: { representations: [{ __typename: 'Area', code: 'E09999999' }] },
    });
    expect(unknown.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const badPeriod = await voluntary.query(
      officers.voluntaryCaseworker,
      `query($r: [_Any!]!) { _entities(representations: $r) { ... on Area { voluntary(from: "2025-13") { participants { value } } } } }`,
      { variables: { r: [{ __typename: 'Area', code: 'E09000022' }] } },
    );
    expect(badPeriod.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
    for (const response of [unknown, badPeriod]) {
      expect(response.text).not.toMatch(/at .*\.ts:\d+/);
      expect(response.errors?.[0].extensions).not.toHaveProperty('stacktrace');
    }
  });

  it('keeps young people taking part counted by place and period equal to a recount as participation is recorded, corrected and removed and clients move', async () => {
    const db = voluntary.database.db;
    // The measure's count as it was made from participation on each request: a young person once a period.
    const recount = sql`
      select g.granularity, date_trunc(g.granularity, pt.month::timestamp)::date, c.local_authority_code, c.lsoa_code, count(distinct c.client_id)
      from clients c join participation pt on pt.client_id = c.client_id join services s on s.service_id = pt.service_id
        cross join (values ('month'), ('quarter')) as g(granularity)
      where c.local_authority_code is not null and s.category in ('youth club', 'mentoring', 'sport') and pt.sessions_attended > 0
        and c.date_of_birth <= pt.month - interval '10 years' and c.date_of_birth > pt.month - interval '18 years'
      group by 1, 2, 3, 4`;
    const drift = () => keptCountsDrift(db, { youth_participation_by_place: recount });

    expect(await drift()).toEqual([]);
    const elsewhere = await placeOtherThan(db, 'clients', 'E01003013');
    const [youthService] = (await sql<{ service_id: string }>`select service_id from services where category = 'youth club' order by service_id limit 1`.execute(db)).rows;
    const [sportService] = (await sql<{ service_id: string }>`select service_id from services where category = 'sport' order by service_id limit 1`.execute(db)).rows;
    await sql`insert into clients (client_id, given_name, family_name, date_of_birth, lsoa_code, local_authority_code)
      values ('VC-999901', 'Test', 'Young', '2012-01-01', 'E01003013', 'E09000022')`.execute(db);
    // Two months of one quarter at two services: one client a month, and once in the quarter.
    await sql`insert into participation (client_id, service_id, month, sessions_attended)
      values ('VC-999901', ${youthService.service_id}, '2025-01-01', 2), ('VC-999901', ${youthService.service_id}, '2025-02-01', 1),
             ('VC-999901', ${sportService.service_id}, '2025-02-01', 3)`.execute(db);
    expect(await drift()).toEqual([]);
    await sql`update participation set sessions_attended = 0 where client_id = 'VC-999901' and month = '2025-01-01'`.execute(db);
    await sql`delete from participation where client_id = 'VC-999901' and service_id = ${sportService.service_id}`.execute(db);
    expect(await drift()).toEqual([]);
    await sql`update services set category = 'food bank' where service_id = ${youthService.service_id}`.execute(db);
    expect(await drift()).toEqual([]);
    await sql`update services set category = 'youth club' where service_id = ${youthService.service_id}`.execute(db);
    await sql`update clients set lsoa_code = ${elsewhere.lsoa_code}, local_authority_code = ${elsewhere.local_authority_code} where client_id = 'VC-999901'`.execute(db);
    expect(await drift()).toEqual([]);
    await sql`update clients set lsoa_code = null, local_authority_code = null where client_id = 'VC-999901'`.execute(db);
    expect(await drift()).toEqual([]);
    await sql`update clients set lsoa_code = 'E01003013', local_authority_code = 'E09000022' where client_id = 'VC-999901'`.execute(db);
    expect(await drift()).toEqual([]);
    await sql`delete from participation where client_id = 'VC-999901'`.execute(db);
    await sql`delete from clients where client_id = 'VC-999901'`.execute(db);
    expect(await drift()).toEqual([]);
  });

  it('answers nothing without a valid token: 401 on queries, _entities and _service', async () => {
    for (const query of ['{ _service { sdl } }', PERSON_QUERY, '{ services { id name } }']) {
      const response = await voluntary.query(officers.voluntaryCaseworker, query, { token: 'not-a-token' });
      expect(response.status).toBe(401);
      expect(response.data ?? null).toBeNull();
      const anonymous = await fetch(voluntary.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
      expect(anonymous.status).toBe(401);
      expect(await anonymous.text()).not.toContain('"data"');
    }
  });

  it('costs the same number of SQL statements for 1 person as for 50', async () => {
    const representations = records()
      .clients.slice(0, 50)
      .map((client, index) => voluntary.person(`JU${String(index).padStart(10, '0')}`, [client.client_id]));
    const statementsFor = async (people: typeof representations) => {
      voluntary.database.statements.reset();
      const response = await voluntary.query(officers.voluntaryCaseworker, PERSON_QUERY, { variables: { representations: people } });
      expect(response.errors).toBeUndefined();
      expect(response.data._entities).toHaveLength(people.length);
      return voluntary.database.statements.count;
    };
    const one = await statementsFor(representations.slice(0, 1));
    const fifty = await statementsFor(representations);
    expect(representations).toHaveLength(50);
    expect(one).toBeGreaterThan(0);
    expect(fifty).toBe(one);
  });
});
