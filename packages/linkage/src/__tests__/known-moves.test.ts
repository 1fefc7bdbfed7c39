import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDatabase, type AgencyDatabase } from '@joined-up/db';
import { testDatabaseOptions, type TestDatabaseOptions } from '@joined-up/db/testing';
import { applyKnownMoves } from '../known-moves.js';
import { createLinkageTables } from '../linkage-tables.js';
import { weightFromProbability } from '../match-model.js';

/**
 * The second pass on hand-made first-pass scores: which candidate pairs at two
 * different postcodes come to count them as one household's old and new
 * address. Thresholds as a run's defaults (links at 0.8, review from 0.5); a
 * pair of pattern 0 at one postcode scores 15 bits more than across two, one
 * of pattern 1 a single bit more.
 */
const THRESHOLDS = { linkWeight: weightFromProbability(0.8), reviewWeight: weightFromProbability(0.5) };
const MOVE_BITS = new Map([
  [0, 15],
  [1, 1],
]);

// Each record's postcode (a stand-in filter per letter), and first-pass pairs with their match weight.
const POSTCODES: Record<number, string> = {
  // A household of three that moved from A to B: each member's pair scores 0.6, so none links on its own.
  1: 'A', 2: 'B', 3: 'A', 4: 'B', 17: 'A', 18: 'B',
  // A couple that moved from C to D, each pair at 0.6.
  5: 'C', 6: 'D', 7: 'C', 8: 'D',
  // A link (0.9) from E to F, and a weak pair (0.1) across the same move.
  9: 'E', 10: 'F', 11: 'E', 12: 'F',
  // Two pairs from G to H at 0.3, both under the review bar.
  13: 'G', 14: 'H', 15: 'G', 16: 'H',
  // A link (0.9) from I to J beside a pair at −10 bits and one at −14.
  21: 'I', 22: 'J', 23: 'I', 24: 'J', 25: 'I', 26: 'J',
  // A link (0.9) from K to L beside a pair at 0.5 whose pattern gains a single bit at one postcode.
  27: 'K', 28: 'L', 29: 'K', 30: 'L',
};
const FILTERS: Record<string, string> = {
  A: '1010000000', B: '0101000000', C: '0000101000', D: '0000010100', E: '1100000000',
  F: '0011000000', G: '0000110000', H: '0000001100', I: '1000000001', J: '0100000010',
  K: '1000000010', L: '0100000001',
};
const p = weightFromProbability;
const PAIRS: [number, number, number, number?][] = [
  [1, 2, p(0.6)],
  [3, 4, p(0.6)],
  [17, 18, p(0.6)],
  [5, 6, p(0.6)],
  [7, 8, p(0.6)],
  [9, 10, p(0.9)],
  [11, 12, p(0.1)],
  [13, 14, p(0.3)],
  [15, 16, p(0.3)],
  [21, 22, p(0.9)],
  [23, 24, -10],
  [25, 26, -14],
  [27, 28, p(0.9)],
  [29, 30, p(0.5), 1],
];

describe('known moves', () => {
  let shared: TestDatabaseOptions;
  let database: AgencyDatabase<any>;
  let moved: number;
  let movedPairs: string[];
  let postcodeLevels: Map<string, number>;

  beforeAll(async () => {
    shared = await testDatabaseOptions('linkage-known-moves');
    database = await createDatabase<any>({ ...shared, schema: 'partnership' });
    await createLinkageTables(database.db);
    for (const [id, place] of Object.entries(POSTCODES)) {
      await sql`insert into linkage_encodings (encoding_id, agency_id, record_id, exact_key, postcode)
                overriding system value values (${Number(id)}, ${Number(id) % 2 ? 'health' : 'housing'}, ${id}, ${id}, ${FILTERS[place]}::bit varying)`.execute(
        database.db,
      );
    }
    await database.db.connection().execute(async (db) => {
      // As the first pass leaves them: names and date exact, postcodes in different districts.
      await sql`create temp table lk_compared (a bigint, b bigint, same_agency boolean, given_name integer, family_name integer,
                date_of_birth integer, postcode integer, sex integer, pattern integer)`.execute(db);
      await sql`create temp table lk_scored (a bigint, b bigint, postcode integer, pattern integer, weight double precision)`.execute(db);
      for (const [a, b, weight, pattern = 0] of PAIRS) {
        await sql`insert into lk_compared values (${a}, ${b}, false, 4, 3, 4, 0, 1, ${pattern})`.execute(db);
        await sql`insert into lk_scored values (${a}, ${b}, 0, ${pattern}, ${weight})`.execute(db);
      }
      moved = await applyKnownMoves(db, THRESHOLDS, MOVE_BITS);
      const rows = await sql<{ a: string; b: string }>`select a, b from lk_moved order by a`.execute(db);
      movedPairs = rows.rows.map((row) => `${row.a}-${row.b}`);
      const levels = await sql<{ a: string; b: string; postcode: number }>`select a, b, postcode from lk_compared`.execute(db);
      postcodeLevels = new Map(levels.rows.map((row) => [`${row.a}-${row.b}`, Number(row.postcode)]));
      await sql`drop table lk_compared, lk_scored, lk_moves, lk_moved`.execute(db);
    });
  });
  afterAll(async () => {
    await database?.destroy();
    await shared?.drop();
  });

  it('counts a move the members of a household show together, none linked on its own', () => {
    // Read jointly, two pairs at 0.6 across the same two postcodes are both true far more often than one is.
    expect(movedPairs).toEqual(expect.arrayContaining(['1-2', '3-4', '17-18', '5-6', '7-8']));
  });

  it('counts a move a link shows for the other pairs across it, not for the link itself', () => {
    expect(movedPairs).toEqual(expect.arrayContaining(['11-12', '23-24']));
    expect(movedPairs).not.toContain('9-10');
    expect(movedPairs).not.toContain('21-22');
  });

  it('does not count a move for a pair the model all but rules out, nor one only pairs under review show', () => {
    // −14 bits: 2^−14 · (9 · 2^15 + 1) = 18 against 4 · 10 = 40; the two pairs at 0.3 are not evidence.
    for (const pair of ['25-26', '13-14', '15-16']) expect(movedPairs).not.toContain(pair);
    expect(moved).toBe(8);
  });

  it("weighs the move by what one postcode would add to the pair's own pattern", () => {
    // 29–30 at 0.5 beside a link: 1 · (9 · 2 + 1) = 19 against 40; the link beside it is moved by the pair's 0.5 (9 · (2^15 + 1) ≥ 8).
    expect(movedPairs).not.toContain('29-30');
    expect(movedPairs).toContain('27-28');
  });

  it('scores the moved pairs as at one postcode and leaves the rest as they were', () => {
    for (const [a, b] of PAIRS) expect(postcodeLevels.get(`${a}-${b}`), `${a}-${b}`).toBe(movedPairs.includes(`${a}-${b}`) ? 3 : 0);
  });
});
