import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { createDatabase, createKeptCounts, keptCountsDrift, GRANULARITIES, periodStart, type AgencyDatabase, type KeptCounts } from '../index.js';
import { testDatabaseOptions, type TestDatabaseOptions } from '../test-database.js';

/** Visitors counted once a month and once a quarter by where they live: a count that is no sum of rows. */
const visitors: KeptCounts = {
  name: 'visitors_by_place',
  unit: { column: 'person_id', type: 'text' },
  members: (only) => `
    select distinct p.person_id, granularities.granularity, ${periodStart('v.visited_on')}, p.local_authority_code, p.lsoa_code, 1
    from people p join visits v on v.person_id = p.person_id cross join ${GRANULARITIES}
    where ${only('p.person_id')} and p.local_authority_code is not null`,
  sources: [
    { table: 'people', units: 'person_id' },
    { table: 'visits', units: 'person_id' },
  ],
};

/** The same counts made from scratch. */
const recount = sql`
  select g.granularity, date_trunc(g.granularity, v.visited_on::timestamp)::date, p.local_authority_code, p.lsoa_code, count(distinct p.person_id)
  from people p join visits v on v.person_id = p.person_id cross join (values ('month'), ('quarter')) as g(granularity)
  where p.local_authority_code is not null
  group by 1, 2, 3, 4`;

describe('createKeptCounts', () => {
  let database: AgencyDatabase<any>;
  let options: TestDatabaseOptions;
  const drift = () => keptCountsDrift(database.db, { visitors_by_place: recount });

  beforeAll(async () => {
    options = await testDatabaseOptions('kept-counts');
    database = await createDatabase({ ...options, schema: 'kept' });
    const { db } = database;
    await sql`create table people (person_id text primary key, local_authority_code char(9), lsoa_code char(9))`.execute(db);
    await sql`create table visits (visit_id text primary key, person_id text not null references people, visited_on date not null)`.execute(db);
    // Rows from before the counts were kept: the migration counts them.
    await sql`insert into people values ('P1', 'E09000022', 'E01003013'), ('P2', 'E09000022', 'E01003014'), ('P3', null, null)`.execute(db);
    await sql`insert into visits values ('V1', 'P1', '2025-01-05'), ('V2', 'P1', '2025-01-20'), ('V3', 'P2', '2025-02-01'), ('V4', 'P3', '2025-02-01')`.execute(db);
    await createKeptCounts(db, visitors);
  });
  afterAll(async () => {
    await database?.destroy();
    await options?.drop();
  });

  it('counts the rows already there, then follows inserts, corrections, deletes and a person moving out and back', async () => {
    const { db } = database;
    expect(await drift()).toEqual([]);
    await sql`insert into visits values ('V5', 'P1', '2025-02-10'), ('V6', 'P2', '2025-02-11')`.execute(db);
    expect(await drift()).toEqual([]);
    await sql`update visits set visited_on = '2025-04-01' where visit_id in ('V1', 'V3')`.execute(db);
    expect(await drift()).toEqual([]);
    await sql`update people set local_authority_code = 'E09000023', lsoa_code = 'E01003191' where person_id = 'P1'`.execute(db);
    expect(await drift()).toEqual([]);
    await sql`update people set local_authority_code = null, lsoa_code = null where person_id = 'P1'`.execute(db);
    expect(await drift()).toEqual([]);
    await sql`update people set local_authority_code = 'E09000022', lsoa_code = 'E01003013' where person_id in ('P1', 'P3')`.execute(db);
    expect(await drift()).toEqual([]);
    await sql`delete from visits where visit_id in ('V2', 'V5')`.execute(db);
    expect(await drift()).toEqual([]);
  });

  it('recounts everything when a source table is truncated', async () => {
    const { db } = database;
    await sql`truncate visits`.execute(db);
    expect(await drift()).toEqual(['visitors_by_place counts nothing']);
    await sql`insert into visits values ('V7', 'P2', '2025-03-03')`.execute(db);
    expect(await drift()).toEqual([]);
  });

  it('counts a unit once when two transactions recount it at the same time', async () => {
    const { db } = database;
    // The first transaction recounts P2 and holds on; the second recounts P2 before the first commits.
    let commitFirst!: () => void;
    let firstRecounted!: () => void;
    const recounted = new Promise<void>((resolve) => (firstRecounted = resolve));
    const first = db.transaction().execute(async (trx) => {
      await sql`insert into visits values ('V8', 'P2', '2025-03-04')`.execute(trx);
      firstRecounted();
      await new Promise<void>((resolve) => (commitFirst = resolve));
    });
    await recounted;
    const second = db.transaction().execute(async (trx) => {
      await sql`insert into visits values ('V9', 'P2', '2025-03-05')`.execute(trx);
    });
    // Long enough for the second to reach its recount on PostgreSQL (PGlite, with one connection, runs it after the first).
    await new Promise((resolve) => setTimeout(resolve, 300));
    commitFirst();
    await Promise.all([first, second]);
    expect(await drift()).toEqual([]);
  });
});
