import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDatabase, type AgencyDatabase } from '@joined-up/db';
import { testDatabaseOptions, type TestDatabaseOptions } from '@joined-up/db/testing';
import { createRecordEncoder } from '../encode-record.js';
import { applyIdentityFrequency, IDENTITY_LEVEL_LABELS, type IdentityFrequency } from '../identity-frequency.js';
import { createLinkageTables } from '../linkage-tables.js';
import { weightFromProbability } from '../match-model.js';
import { firstPassGroups } from '../scored-records.js';
import { storeEncodings } from '../store-encodings.js';

const LINK = weightFromProbability(0.8);

/** A record: agency, id, full identity (given, family, date) and postcode. */
type Row = [agency: string, recordId: string, identity: [string, string, string], postcode: string];

const rows: Row[] = [];
/** A name of letters only (normalising drops digits), distinct for each i. */
const name = (stem: string, i: number) => stem + String.fromCharCode(97 + (i % 26), 97 + Math.floor(i / 26));
/** First-pass weights, as `lk_scored` holds them: [record, record, weight]. */
const pairs: [string, string, number][] = [];

// Thirty people whose full name and date no one else holds, each at two addresses, scored 3 bits (0.89) as the model would.
for (let i = 0; i < 30; i++) {
  const identity: [string, string, string] = [name('Mar', i), name('Ols', i), '1980-01-01'];
  rows.push(['health', `U${i}a`, identity, `SE${i + 1} 1AB`], ['housing', `U${i}b`, identity, `N${i + 1} 2AB`]);
  pairs.push([`U${i}a`, `U${i}b`, 3]);
}
// Thirty identities held by three strangers and thirty by four, at as many addresses, every pair scored 0 bits (0.5).
const STRANGERS = ['health', 'housing', 'police', 'voluntary'];
for (let j = 0; j < 60; j++) {
  const identity: [string, string, string] = [name('Mohamm', j), 'Khan', '1975-05-05'];
  const held = STRANGERS.slice(0, j < 30 ? 3 : 4).map((agency, k) => [agency, `C${j}${'abcd'[k]}`] as const);
  held.forEach(([agency, recordId], k) => rows.push([agency, recordId, identity, `E${j + 1} ${k + 1}AB`]));
  held.forEach(([, x], k) => held.slice(k + 1).forEach(([, y]) => pairs.push([x, y, 0])));
}
// One person whose identity only they hold, at two districts, just under the match threshold.
rows.push(['health', 'P1', ['Alia', 'Begum', '1990-02-03'], 'SE5 7AB'], ['education', 'P2', ['Alia', 'Begum', '1990-02-03'], 'N7 2AB']);
pairs.push(['P1', 'P2', 1.8]);
// Three strangers of one identity held by health at three addresses, and a fourth person held by housing at a fourth,
// whose pair with each scores just over the threshold: the first pass joins K1 to one of them (one record per agency), not all.
const sam: [string, string, string] = ['Sam', 'Patel', '1988-08-08'];
rows.push(['health', 'H1', sam, 'E1 1AB'], ['health', 'H2', sam, 'SW9 1AD'], ['health', 'H3', sam, 'W10 6AB'], ['housing', 'K1', sam, 'NW1 3AB']);
pairs.push(['H1', 'K1', 2.3], ['H2', 'K1', 2.3], ['H3', 'K1', 2.3], ['H1', 'H2', -5], ['H1', 'H3', -5], ['H2', 'H3', -5]);
// One person held twice by health (a duplicate at one address, a plausible pair) and once by housing elsewhere;
// another held by health and education at one address (linked) and by housing elsewhere.
const dee: [string, string, string] = ['Dee', 'Okafor', '1970-07-07'];
rows.push(['health', 'D1', dee, 'SE15 1AA'], ['health', 'D1b', dee, 'SE15 1AA'], ['housing', 'D2', dee, 'N15 5AB']);
pairs.push(['D1', 'D1b', 8], ['D1', 'D2', 1.8], ['D1b', 'D2', 1.8]);
const quinn: [string, string, string] = ['Quinn', 'Adeyemi', '2010-10-10'];
rows.push(['health', 'Q1', quinn, 'SE22 8AA'], ['education', 'Q2', quinn, 'SE22 8AA'], ['housing', 'Q3', quinn, 'E17 4AB']);
pairs.push(['Q1', 'Q2', 12], ['Q1', 'Q3', 1.8], ['Q2', 'Q3', 1.8]);
// One person held by health and education at one address and by housing and police at another, each address's two linked.
const rae: [string, string, string] = ['Rae', 'Nowak', '1960-06-06'];
rows.push(['health', 'R1', rae, 'E8 1AA'], ['education', 'R2', rae, 'E8 1AA'], ['housing', 'R3', rae, 'N16 2AB'], ['police', 'R4', rae, 'N16 2AB']);
pairs.push(['R1', 'R2', 12], ['R3', 'R4', 12], ['R1', 'R3', 1.8], ['R1', 'R4', 1.8], ['R2', 'R3', 1.8], ['R2', 'R4', 1.8]);
// One person held by all five agencies: health and education at one address, the other three at another.
const lee: [string, string, string] = ['Lee', 'Varga', '1955-05-15'];
const leeAt = (recordId: string) => (['L1', 'L2'].includes(recordId) ? 'SE1 9AA' : 'W12 7AB');
(['health', 'education', 'housing', 'police', 'voluntary'] as const).forEach((agency, k) => rows.push([agency, `L${k + 1}`, lee, leeAt(`L${k + 1}`)]));
pairs.push(['L1', 'L2', 12], ['L3', 'L4', 12], ['L3', 'L5', 12], ['L4', 'L5', 12]);
for (const x of ['L1', 'L2']) for (const y of ['L3', 'L4', 'L5']) pairs.push([x, y, 1.8]);

/** A reviewer's decision, by record: [record, record, decision]. */
type Review = [string, string, 'match' | 'non-match'];

/**
 * Stores `records`, scores `scored` as the first pass would, groups them into
 * people with `reviews` and weighs who else holds each identity: the levels,
 * and each pair's weight and level after, by 'record–record'.
 */
async function levelIdentities(db: AgencyDatabase<any>['db'], records: Row[], scored: [string, string, number][], reviews: Review[] = []) {
  const encode = createRecordEncoder('a secret the agencies share');
  for (const agency of new Set(records.map(([agencyId]) => agencyId))) {
    const tokens = records
      .filter(([agencyId]) => agencyId === agency)
      .map(([, recordId, [givenName, familyName, dateOfBirth], postcode]) => encode({ recordId, givenName, familyName, dateOfBirth, sex: 'F', postcode, localAuthorityCode: null }));
    await storeEncodings(db, agency, tokens);
  }
  const ids = new Map<string, number>();
  for (const row of (await sql<{ encoding_id: string; record_id: string }>`select encoding_id, record_id from linkage_encodings`.execute(db)).rows) {
    ids.set(row.record_id, Number(row.encoding_id));
  }
  const byRecord = new Map(records.map((row) => [row[1], row]));
  const idPair = (x: string, y: string) => [ids.get(x)!, ids.get(y)!].sort((p, q) => p - q);
  const weights = new Map<string, number>();
  const levels = new Map<string, number | null>();
  const frequency = await db.connection().execute(async (connection) => {
    await sql`create temp table lk_scored (a bigint, b bigint, same_agency boolean, given_name smallint, family_name smallint,
                                           date_of_birth smallint, postcode smallint, weight double precision, identity_level smallint)`.execute(connection);
    for (const [x, y, weight] of scored) {
      const [a, b] = idPair(x, y);
      const [rx, ry] = [byRecord.get(x)!, byRecord.get(y)!];
      await sql`insert into lk_scored values (${a}, ${b}, ${rx[0] === ry[0]}, 4, 3, 4, ${rx[3] === ry[3] ? 3 : 0}, ${weight})`.execute(connection);
    }
    const decisions = reviews.map(([x, y, decision]) => ({ a: idPair(x, y)[0], b: idPair(x, y)[1], decision }));
    await firstPassGroups(connection, { linkWeight: LINK, sameAgencyWeight: 0, reviews: decisions });
    const result = await applyIdentityFrequency(connection);
    const idOf = new Map([...ids].map(([record, id]) => [id, record]));
    for (const row of (await sql<{ a: string; b: string; weight: number; identity_level: number | null }>`
      select a, b, weight, identity_level from lk_scored`.execute(connection)).rows) {
      const pair = [idOf.get(Number(row.a))!, idOf.get(Number(row.b))!].sort().join('–');
      weights.set(pair, Number(row.weight));
      levels.set(pair, row.identity_level === null ? null : Number(row.identity_level));
    }
    await sql`drop table lk_scored, lk_group`.execute(connection);
    return result;
  });
  return { frequency, weights, levels };
}

describe("a full name and date's frequency, counted in people", () => {
  let shared: TestDatabaseOptions;
  let database: AgencyDatabase<any>;
  let frequency: IdentityFrequency;
  let after: Map<string, number>;

  beforeAll(async () => {
    shared = await testDatabaseOptions('linkage-identity-frequency');
    database = await createDatabase<any>({ ...shared, schema: 'partnership' });
    await createLinkageTables(database.db);
    ({ frequency, weights: after } = await levelIdentities(database.db, rows, pairs));
  });
  afterAll(async () => {
    await database?.destroy();
    await shared?.drop();
  });

  it('learns that an identity only the pair holds is evidence for, one that other people hold evidence against', () => {
    const [only, third, four, fiveOrMore, others] = frequency.levels;
    expect([only.pairs, third.pairs, four.pairs, fiveOrMore.pairs, others.pairs]).toEqual([31, 4, 4, 6, 30 * 3 + 30 * 6 + 6]);
    expect(frequency.pairs).toBe(31 + 4 + 4 + 6 + 276);
    expect(only.weight).toBeGreaterThan(0);
    expect(others.weight).toBeLessThan(0);
  });

  it('links one person whose identity only they hold across districts, and keeps strangers of a shared identity apart', () => {
    expect(after.get('P1–P2')!).toBeGreaterThanOrEqual(LINK);
    for (const pair of ['H1–K1', 'H2–K1', 'H3–K1']) expect(after.get(pair)!, pair).toBeLessThan(LINK);
  });

  it("counts people, not records: a person's own records and an agency's duplicate are no rivals", () => {
    const [only, third, four, fiveOrMore, others] = frequency.levels;
    expect(after.get('P1–P2')!).toBeCloseTo(1.8 + only.weight, 9);
    // The housing record the first pass joined to one health record, and the two it did not: other people hold the identity either way.
    for (const pair of ['H1–K1', 'H2–K1', 'H3–K1']) expect(after.get(pair)!, pair).toBeCloseTo(2.3 + others.weight, 9);
    // Dee's duplicate at health is Dee's, and Quinn's second record Quinn's: the pair's own people hold a third record, no one else does.
    for (const pair of ['D1–D2', 'D1b–D2', 'Q1–Q3', 'Q2–Q3']) expect(after.get(pair)!, pair).toBeCloseTo(1.8 + third.weight, 9);
    for (const pair of ['R1–R3', 'R1–R4', 'R2–R3', 'R2–R4']) expect(after.get(pair)!, pair).toBeCloseTo(1.8 + four.weight, 9);
    // Lee's five records: two strangers of two and three records hold five as often, so five is a level of its own.
    for (const pair of ['L1–L3', 'L1–L4', 'L1–L5', 'L2–L3', 'L2–L4', 'L2–L5']) expect(after.get(pair)!, pair).toBeCloseTo(1.8 + fiveOrMore.weight, 9);
    // Pairs at one address are left as they were: there the household's date term weighs the date.
    expect(after.get('Q1–Q2')).toBe(12);
    expect(after.get('D1–D1b')).toBe(8);
    expect(after.get('R3–R4')).toBe(12);
  });
});

describe("a full name and date's holders, counted in people a reviewer has decided", () => {
  let shared: TestDatabaseOptions;
  let database: AgencyDatabase<any>;
  // Ines is held by three agencies at three addresses, no pair of them linked; Tom by two at one address (linked) and a third elsewhere.
  const ines: [string, string, string] = ['Ines', 'Moreau', '1985-03-04'];
  const tom: [string, string, string] = ['Tom', 'Berg', '1950-09-09'];
  const records: Row[] = [
    ['health', 'A', ines, 'E1 1AA'],
    ['housing', 'B', ines, 'N1 1AA'],
    ['police', 'C', ines, 'SW1 1AA'],
    ['health', 'T1', tom, 'E2 2AA'],
    ['education', 'T2', tom, 'E2 2AA'],
    ['housing', 'T3', tom, 'N2 2AA'],
  ];
  const scored: [string, string, number][] = [
    ['A', 'B', 1.8],
    ['A', 'C', 1.8],
    ['B', 'C', 1.8],
    ['T1', 'T2', 12],
    ['T1', 'T3', 1.8],
    ['T2', 'T3', 1.8],
  ];
  const OTHER_PEOPLE = IDENTITY_LEVEL_LABELS.indexOf('other people hold it too');
  let undecided: Map<string, number | null>;
  let decided: Map<string, number | null>;

  beforeAll(async () => {
    shared = await testDatabaseOptions('linkage-identity-reviews');
    database = await createDatabase<any>({ ...shared, schema: 'partnership' });
    await createLinkageTables(database.db);
    ({ levels: undecided } = await levelIdentities(database.db, records, scored));
    ({ levels: decided } = await levelIdentities(database.db, records, scored, [
      ['A', 'C', 'match'],
      ['T1', 'T2', 'non-match'],
    ]));
  });
  afterAll(async () => {
    await database?.destroy();
    await shared?.drop();
  });

  it("counts a record a clerk matched to one of the pair as that person's own, not another person's", () => {
    expect(undecided.get('A–B')).toBe(OTHER_PEOPLE);
    // A and C are one person: the A–B pair's people hold a third record, no one else does.
    expect(decided.get('A–B')).toBe(1);
    expect(decided.get('B–C')).toBe(1);
  });

  it('counts a record a clerk set apart from one of the pair as another person, however strong their link', () => {
    expect(undecided.get('T1–T3')).toBe(1);
    expect(decided.get('T1–T3')).toBe(OTHER_PEOPLE);
    expect(decided.get('T2–T3')).toBe(OTHER_PEOPLE);
    // At one address the household's date term weighs the date: no level.
    expect(decided.get('T1–T2')).toBeNull();
  });
});
