import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDatabase, type AgencyDatabase } from '@joined-up/db';
import { testDatabaseOptions, type TestDatabaseOptions } from '@joined-up/db/testing';
import { createRecordEncoder } from '../encode-record.js';
import { applyKnownMoves } from '../known-moves.js';
import { firstPassGroups } from '../scored-records.js';
import { weightFromProbability } from '../match-model.js';
import { createLinkageTables } from '../linkage-tables.js';
import { storeEncodings } from '../store-encodings.js';

/** Thresholds as a run at the defaults has them (match 0.8, review 0.5), and a same-agency bar a little under review. */
const OPTIONS = { linkWeight: weightFromProbability(0.8), reviewWeight: 0 };
const SAME_AGENCY_WEIGHT = -3.5;

/** Records by agency: id and postcode (names and dates play no part: the first pass's weights are given). */
const RECORDS: Record<string, [string, string][]> = {
  health: [
    ['A1', 'SE5 7AB'], ['B1', 'SW9 1AD'], // strangers of one name and date, A once at one postcode, B twice at another
    ['M1', 'E1 1AB'], ['C1', 'E1 1AB'], // a mother and child at their old address ...
    ['D1', 'N7 2AB'], ['E1', 'N7 2AB'], ['F1', 'N7 2AB'], // three people of a household whose move two pairs suggest
    ['G1', 'NW1 3AB'], ['H1', 'NW1 3AB'], // two people of a household whose move one pair suggests
  ],
  housing: [
    ['B2', 'SW9 1AD'],
    ['M2', 'E2 4AB'], // ... and at their new one
    ['D2', 'N15 5AB'], ['E2', 'N15 5AB'],
    ['G2', 'W10 6AB'],
  ],
  education: [['C2', 'E2 4AB'], ['F2', 'N15 5AB'], ['H2', 'W10 6AB']],
};

/** The first pass, as `lk_scored` would hold it: [record, record, weight]; postcodes differ unless both records share one. */
const FIRST_PASS: [string, string, number][] = [
  // B's two records at one address link strongly; A meets B2 across agencies just above the match threshold,
  // but B1 within one agency far below the bar for two records of one agency, so the first pass keeps A apart.
  ['B1', 'B2', 12],
  ['A1', 'B2', 2.5],
  ['A1', 'B1', -5],
  // The mother's two records link across the move; her child's do not, yet.
  ['M1', 'M2', 6],
  ['C1', 'C2', 1],
  // Two pairs more likely than not (p = 2/3 each): 1 − (1/3)² ≈ 0.89 reaches 0.8.
  ['D1', 'D2', 1],
  ['E1', 'E2', 1],
  ['F1', 'F2', 1],
  // One such pair alone (p = 2/3) does not.
  ['G1', 'G2', 1],
  ['H1', 'H2', 1],
];

describe('known moves', () => {
  let shared: TestDatabaseOptions;
  let database: AgencyDatabase<any>;
  let moved: string[];
  let count: number;

  beforeAll(async () => {
    shared = await testDatabaseOptions('linkage-known-moves');
    database = await createDatabase<any>({ ...shared, schema: 'partnership' });
    await createLinkageTables(database.db);
    const encode = createRecordEncoder('a secret the agencies share');
    for (const [agency, records] of Object.entries(RECORDS)) {
      const tokens = records.map(([recordId, postcode]) =>
        encode({ recordId, givenName: 'Sam', familyName: 'Khan', dateOfBirth: '1990-01-01', sex: 'F', postcode, localAuthorityCode: null }),
      );
      await storeEncodings(database.db, agency, tokens);
    }
    const ids = new Map<string, number>();
    const agencyOf = new Map<string, string>();
    for (const row of (await sql<{ encoding_id: string; agency_id: string; record_id: string }>`
      select encoding_id, agency_id, record_id from linkage_encodings`.execute(database.db)).rows) {
      ids.set(row.record_id, Number(row.encoding_id));
      agencyOf.set(row.record_id, row.agency_id);
    }
    const postcodeOf = new Map(Object.values(RECORDS).flat());
    const byId = new Map([...ids].map(([record, id]) => [id, record]));
    ({ moved, count } = await database.db.connection().execute(async (connection) => {
      await sql`create temp table lk_scored (a bigint, b bigint, same_agency boolean, postcode smallint, weight double precision)`.execute(connection);
      await sql`create temp table lk_compared (a bigint, b bigint, given_name smallint, family_name smallint, date_of_birth smallint, postcode smallint, sex smallint, pattern integer)`.execute(connection);
      for (const [x, y, weight] of FIRST_PASS) {
        const [a, b] = [ids.get(x)!, ids.get(y)!].sort((p, q) => p - q);
        const postcode = postcodeOf.get(x) === postcodeOf.get(y) ? 3 : 0;
        await sql`insert into lk_scored values (${a}, ${b}, ${agencyOf.get(x) === agencyOf.get(y)}, ${postcode}, ${weight})`.execute(connection);
        await sql`insert into lk_compared values (${a}, ${b}, 4, 3, 4, ${postcode}, 1, 0)`.execute(connection);
      }
      await firstPassGroups(connection, { linkWeight: OPTIONS.linkWeight, sameAgencyWeight: SAME_AGENCY_WEIGHT, reviews: [] });
      const count = await applyKnownMoves(connection, OPTIONS);
      const rows = (await sql<{ a: string; b: string; postcode: number }>`
        select m.a, m.b, c.postcode from lk_moved m join lk_compared c using (a, b) order by 1, 2`.execute(connection)).rows;
      expect(rows.every((row) => Number(row.postcode) === 3)).toBe(true);
      await sql`drop table lk_scored, lk_compared, lk_moved, lk_group`.execute(connection);
      return { count, moved: rows.map((row) => [byId.get(Number(row.a))!, byId.get(Number(row.b))!].sort().join('–')).sort() };
    }));
  });
  afterAll(async () => {
    await database?.destroy();
    await shared?.drop();
  });

  it("counts a household's move that another person's link shows", () => {
    expect(moved).toContain('C1–C2');
    // The mother's own link is no evidence of its own move.
    expect(moved).not.toContain('M1–M2');
  });

  it('reads two pairs of other people, each more likely than not, as a known move; one alone is not', () => {
    expect(moved).toEqual(expect.arrayContaining(['D1–D2', 'E1–E2', 'F1–F2']));
    expect(moved).not.toContain('G1–G2');
    expect(moved).not.toContain('H1–H2');
  });

  it("never takes the pair's own people's other pairs for evidence of a move", () => {
    // A1–B2 is a link across the same two postcodes, but it asks what A1–B1 asks: whether A and B are one person.
    expect(moved).not.toContain('A1–B1');
    expect(moved).not.toContain('A1–B2');
    expect(count).toBe(moved.length);
    expect(moved).toEqual(['C1–C2', 'D1–D2', 'E1–E2', 'F1–F2']);
  });
});
