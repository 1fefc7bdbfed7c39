import { sql, type Kysely } from 'kysely';
import { comparisonLevelsSql, COMPARISONS, type ComparisonName } from './comparisons.js';
import { toPattern } from './compare-pairs.js';
import { estimateU } from './estimate-u.js';
import { expectationMaximisation, type ComparisonPattern } from './expectation-maximisation.js';
import type { MatchModel } from './match-model.js';
import { levelsByComparison, MODEL_TERMS, termLevels } from './model-terms.js';

export interface TrainingOptions {
  /** Random pairs compared to estimate u. */
  uSamplePairs: number;
  /** Pairs sampled for each EM training session. */
  sessionPairs: number;
  /** Training blocks larger than this are left out (a placeholder date of birth shared by thousands says nothing). */
  maxGroupSize: number;
  seed: string;
}

export interface TrainingSession {
  name: string;
  /** Every pair of records in the session's blocks (within the group-size cap). */
  pairsInBlocks: number;
  /** The pairs compared: a random sample of whole blocks. */
  pairsSampled: number;
  /** Share of matches among the session's pairs, as EM estimated it. */
  lambda: number;
  iterations: number;
  converged: boolean;
}

export interface TrainedModel {
  model: MatchModel;
  sessions: TrainingSession[];
  /** Estimated number of matching pairs among all pairs of records. */
  matchingPairs: number;
  uPairs: number;
}

const term = (name: string) => MODEL_TERMS.findIndex((candidate) => candidate.name === name);
const TERM = {
  given: term('given_name'),
  family: term('family_name'),
  dateOfBirth: term('date_of_birth'),
  dateOfBirthHousehold: term('date_of_birth_same_household'),
  postcode: term('postcode'),
  postcodeSameFamily: term('postcode_same_family'),
  sex: term('sex'),
  sexSameGiven: term('sex_same_given'),
};
/** Exact agreement on names and postcodes. */
const EXACT = 3;
const DATE_LEVEL = { generation: 0, different: 1, oneDigit: 2, exact: 4 };

/** The least m a date beyond one slip keeps (see `twoSlipBound`). */
const WHOLE_DATE_REPLACED = 1e-4;

/**
 * m for dates that differ beyond one slip, bounded by how a date is keyed
 * wrongly rather than learnt. In the same-name session a parent and child,
 * or two brothers, of one name at one address (given name, family name and
 * postcode alike, dates apart) can only be told from one person with a
 * mangled date by the date itself, and EM took them for matches:
 * m(date different) 0.11 where the truth at 10,000 people is 0.0013, so
 * every such pair scored about six bits too high. Keying slips are what move
 * a date: one slip leaves it one digit from the truth (m of that level, which
 * relatives do not reach, is learnt soundly); to differ in two or more
 * digits (Dice below 0.8, not a day-month swap) takes two slips at once, and
 * to land a generation apart two slips in the year. With slips independent
 * at the rate one digit of eight shows (m(one digit) / 8 per digit), two
 * among the eight digits happen with chance C(8,2)·(m(one digit)/8)²: each
 * of the two levels is held at most at that, the bound for the two together,
 * so the date counts, if anything, a little too little against a match.
 */
function twoSlipBound(dateM: number[]): number[] {
  const slip = dateM[DATE_LEVEL.oneDigit] / 8;
  // Not below the chance of a date replaced whole (another person's, a
  // placeholder), which no slip model covers: where few one-digit slips are
  // seen (a small run) the square would otherwise put a different date tens
  // of bits against a match, beyond what any other evidence could outweigh.
  const bound = Math.max(28 * slip * slip, WHOLE_DATE_REPLACED);
  const bounded = [DATE_LEVEL.generation, DATE_LEVEL.different];
  const capped = dateM.map((value, level) => (bounded.includes(level) ? Math.min(value, bound) : value));
  const freed = bounded.reduce((sum, level) => sum + dateM[level] - capped[level], 0);
  const rest = 1 - bounded.reduce((sum, level) => sum + dateM[level], 0);
  return capped.map((value, level) => (bounded.includes(level) ? value : value * (1 + freed / rest)));
}

/**
 * Name groups larger than this are left out of the same-name session. A
 * person has a handful of records, so a group of a dozen is mostly different
 * people sharing a common name; at 100,000 people such groups (the Mohammed
 * Khans of a few sectors) held 19 non-matches for each match, and EM took
 * "same postcode sector" for the mark of a match, so m for the date of birth
 * fell to 0.01 and the prior rose a hundredfold. How a name is recorded does
 * not depend on how common it is, so m learnt on the rarer names holds for all.
 */
const SAME_NAME_GROUP_CAP = 12;

/**
 * Estimates the model as Splink trains one:
 *
 * - u from random pairs of records (`estimateU`), held fixed during EM
 *   (but for the family name among same-date pairs, which twins make common,
 *   and the postcode there, which marks the session's strata);
 * - m by EM in two training sessions, each over pairs that share one thing,
 *   drawn from all records (not from the prediction candidates, whose
 *   non-matches agree on names far more often than random pairs do). A
 *   session cannot learn about what its pairs share, so that comparison is
 *   switched off in it, and each session supplies the m it can learn:
 *   1. pairs born on the same date, those at other postcodes sampled so
 *      the share of matches does not fall as records grow
 *      (`sameDatePatterns`): m for names and sex;
 *   2. pairs with the same given and family name: m for date of birth and
 *      postcode.
 * - the prior: matches among session 1's pairs, divided by the share of
 *   matches that session keeps (same date, from session 2; same postcode,
 *   or a sampled other one; both present), over all pairs.
 *
 * u for the postcode among pairs whose family names agree cannot come from
 * random pairs at scale (at a million records a random sample holds almost
 * no two members of one household), so it is counted exactly in SQL: pairs
 * sharing family name and postcode over pairs sharing family name, less the
 * matches expected among each. (Exact family agreement stands in for partial
 * agreement here: households mostly share the name exactly, and only exact
 * agreement can be counted by grouping.)
 */
export async function trainModel(db: Kysely<any>, records: number, options: TrainingOptions): Promise<TrainedModel> {
  const { u: randomU, pairs: uPairs } = await estimateU(db, options.uSamplePairs, options.seed);
  const sameDate = await sameDatePatterns(db, options);
  const present = await presentShares(db);
  const sameName = await sessionPatterns(
    db,
    'given and family name',
    sql`md5(given_name::text || '/' || family_name::text)`,
    sql`given_name is not null and family_name is not null`,
    { ...options, maxGroupSize: Math.min(options.maxGroupSize, SAME_NAME_GROUP_CAP) },
  );
  const household = await householdPairs(db);
  const sameDateU = await sameDateChance(db);
  const householdDates = await sessionPatterns(
    db,
    'family name and postcode',
    sql`md5(family_name::text || '/' || postcode::text)`,
    sql`family_name is not null and postcode is not null and date_of_birth is not null and given_name is not null`,
    options,
    sql.raw(`2.0 * bit_count(ea.given_name & eb.given_name) / nullif(ea.given_name_bits + eb.given_name_bits, 0) < ${UNRELATED_GIVEN_NAMES}`),
    false, // a few hundred records may hold no two relatives: the date's u then stays as random pairs give it
  );
  const allPairs = (records * (records - 1)) / 2;
  const levels = MODEL_TERMS.map((candidate) => candidate.levels.length);
  const initialM = levels.map((n) => Array.from({ length: n }, (_, level) => (level === n - 1 ? 0.9 : 0.1 / (n - 1))));

  let u = randomU;
  let m = initialM;
  let matchingPairs = 0;
  let sessions: TrainingSession[] = [];
  // Twice: the household u and the correction of u for matches among random
  // pairs both need the number of matches, which needs m for the date of birth.
  for (let round = 0; round < 2; round++) {
    u = householdU(randomU, m, matchingPairs, allPairs, household, householdDates, sameDateU);
    // Among pairs born on one date the family name is not independent of
    // being one person: twins share both. With the family name's u held at
    // what random pairs show (1 in 100), a pair of twins (same family, given
    // names unrelated) could only be explained as one person with a mangled
    // given name, and EM learnt m(given names different) ≈ 0.065 against a
    // true ≈ 0.007, scoring every twin pair 3 bits too high. Left free in
    // this session, the family name's u rises to what these pairs show,
    // and twins (half of them differing in sex) are counted as two people.
    const first = session(
      sameDate,
      'same date of birth',
      [TERM.dateOfBirth, TERM.dateOfBirthHousehold, TERM.postcodeSameFamily],
      { levels, m: initialM, u },
      [TERM.family, TERM.postcode],
    );
    const second = session(
      sameName,
      'same given and family name',
      [TERM.given, TERM.family, TERM.postcode, TERM.sex, TERM.sexSameGiven],
      { levels, m: initialM, u },
      [],
      (sessionM) => sessionM.map((row, t) => (t === TERM.dateOfBirth || t === TERM.dateOfBirthHousehold ? twoSlipBound(row) : row)),
    );
    // A mistyped date is as likely at home as elsewhere: the household term
    // shares the date's m. Sex is mis-recorded as often whatever the given
    // names say, so both sex terms take the m learnt where the given names
    // agree: where they differ, twins of the same date (and household) pass
    // for matches in EM and teach it that matches often differ in sex. An
    // address is out of date as often whatever the family name says, so
    // both postcode terms take the m learnt among same-name pairs: among
    // same-date pairs at other postcodes, strangers sharing a common given
    // name outnumber the matches whose surname changed, and EM there learnt
    // m(postcode exact | family names differ) 0.59 at 100,000 people and
    // 0.21 at a million, where the truth is 0.90 at both.
    const dateM = pooled(sameName, second.m, TERM.dateOfBirth, TERM.dateOfBirthHousehold);
    m = MODEL_TERMS.map((_, t) => {
      if (t === TERM.dateOfBirth || t === TERM.dateOfBirthHousehold) return dateM;
      if (t === TERM.postcode || t === TERM.postcodeSameFamily) return second.m[TERM.postcodeSameFamily];
      if (t === TERM.sex) return first.m[TERM.sexSameGiven];
      return first.m[t];
    });
    // The session holds every match with the same date and postcode, and a share `otherPlaceRate` of those with the same date elsewhere.
    const samePlace = present.postcode ** 2 * m[TERM.postcodeSameFamily][EXACT];
    const sampled = present.dateOfBirth ** 2 * m[TERM.dateOfBirth][DATE_LEVEL.exact] * (samePlace + sameDate.otherPlaceRate * (1 - samePlace));
    matchingPairs = (first.lambda * sameDate.pairsInBlocks) / sampled;
    sessions = [first.summary, second.summary];
  }
  u = householdU(randomU, m, matchingPairs, allPairs, household, householdDates, sameDateU);

  const lambda = Math.min(0.5, Math.max(1e-15, matchingPairs / Math.max(1, allPairs)));
  const model: MatchModel = {
    lambda,
    terms: MODEL_TERMS.map((candidate, t) => ({
      name: candidate.name,
      description: candidate.description,
      levels: candidate.levels.map(({ level, label }) => ({ level, label, m: m[t][level], u: u[t][level] })),
    })),
  };
  return { model, sessions, matchingPairs, uPairs };
}

/**
 * One m for two terms that read the same comparison in different contexts
 * (the date at home and elsewhere): each term's m, weighted by how many of
 * the session's pairs it applied to.
 */
function pooled(data: SessionData, m: number[][], first: number, second: number): number[] {
  let firstPairs = 0;
  let secondPairs = 0;
  for (const pattern of data.patterns) {
    const levels = termLevels(levelsByComparison(pattern.levels));
    if (levels[first] >= 0) firstPairs += pattern.count;
    if (levels[second] >= 0) secondPairs += pattern.count;
  }
  const total = firstPairs + secondPairs;
  if (total === 0) return m[first];
  return m[first].map((value, level) => (value * firstPairs + m[second][level] * secondPairs) / total);
}

interface SessionData {
  patterns: ComparisonPattern[];
  pairsInBlocks: number;
  pairsSampled: number;
}

/** EM over one session's patterns with the given terms switched off and u held fixed, except for the terms in `freeU`. */
function session(
  data: SessionData,
  name: string,
  inactive: number[],
  start: { levels: number[]; m: number[][]; u: number[][] },
  freeU: number[] = [],
  constrainM?: (m: number[][]) => number[][],
) {
  const patterns = data.patterns.map((pattern) => ({
    levels: termLevels(levelsByComparison(pattern.levels)).map((level, t) => (inactive.includes(t) ? -1 : level)),
    count: pattern.count,
  }));
  const em = expectationMaximisation(patterns, { levels: start.levels, m: start.m, u: start.u, lambda: 0.5, fixU: true, freeU, pseudoCount: 1, constrainM });
  return {
    m: em.m,
    lambda: em.lambda,
    summary: { name, pairsInBlocks: data.pairsInBlocks, pairsSampled: data.pairsSampled, lambda: em.lambda, iterations: em.iterations, converged: em.converged },
  };
}

/**
 * Comparison patterns of pairs of records sharing `key`, from a random sample
 * of whole blocks sized to give about `sessionPairs` pairs. Whole blocks, so
 * the sample's pairs are exactly the pairs of some blocks; sampled by a hash
 * of the block key and the seed, so a run is repeatable.
 */
async function sessionPatterns(
  db: Kysely<any>,
  label: string,
  key: ReturnType<typeof sql>,
  where: ReturnType<typeof sql>,
  options: TrainingOptions,
  pairCondition: ReturnType<typeof sql> = sql`true`,
  required = true,
): Promise<SessionData> {
  await sql`drop table if exists lk_session`.execute(db);
  await sql`create temp table lk_session as
            select encoding_id, ${key} as block from linkage_encodings where ${where}`.execute(db);
  await sql`create temp table lk_session_blocks as
            select block, count(*)::bigint as n from lk_session group by block
            having count(*) between 2 and ${options.maxGroupSize}`.execute(db);
  const total = Number(
    (await sql<{ pairs: number }>`select coalesce(sum(n * (n - 1) / 2), 0)::bigint as pairs from lk_session_blocks`.execute(db)).rows[0].pairs,
  );
  const { patterns, pairsSampled } = await sessionPairs(db, total, options, pairCondition, required ? label : null);
  return { patterns, pairsInBlocks: total, pairsSampled };
}

/**
 * Keeps a random sample of whole blocks in `lk_session_blocks`, sized to give
 * about `sessionPairs` of the `total` pairs (blocks are kept when the first 28
 * bits of a keyed hash of the block fall below the sampling fraction), then
 * counts the comparison patterns of the pairs within them that meet
 * `pairCondition`, and drops the session's tables. With `label`, a session
 * with no pairs is an error naming what the pairs should have shared.
 */
async function sessionPairs(
  db: Kysely<any>,
  total: number,
  options: TrainingOptions,
  pairCondition: ReturnType<typeof sql>,
  label: string | null,
): Promise<{ patterns: ComparisonPattern[]; pairsSampled: number }> {
  const threshold = Math.floor(Math.min(1, options.sessionPairs / Math.max(1, total)) * 2 ** 28);
  await sql`delete from lk_session_blocks where ('x' || substr(md5(block || ${options.seed}), 1, 7))::bit(28)::integer >= ${threshold}`.execute(db);
  await sql`analyze lk_session`.execute(db);
  const result = await sql<Record<ComparisonName | 'count', number>>`
    select ${sql.raw(comparisonLevelsSql('ea', 'eb'))}, count(*)::bigint as count
    from lk_session_blocks k
    join lk_session sa on sa.block = k.block
    join lk_session sb on sb.block = k.block and sb.encoding_id > sa.encoding_id
    join linkage_encodings ea on ea.encoding_id = sa.encoding_id
    join linkage_encodings eb on eb.encoding_id = sb.encoding_id
    where ${pairCondition}
    group by ${sql.raw(COMPARISONS.map((_, index) => index + 1).join(', '))}`.execute(db);
  await sql`drop table lk_session, lk_session_blocks`.execute(db);
  const patterns = result.rows.map(toPattern);
  const pairsSampled = patterns.reduce((sum, pattern) => sum + pattern.count, 0);
  if (pairsSampled === 0 && label !== null) {
    throw new Error(`No two records share a ${label}, so the model cannot be trained: link at least a few hundred records at once.`);
  }
  return { patterns, pairsSampled };
}

/**
 * Pairs born on one date at another postcode are kept at most this many
 * times as often as pairs born on one date at the same postcode. See
 * `sameDatePatterns`.
 */
const OTHER_PLACE_RATIO = 8;

/**
 * The same-date session: pairs of records born on the same date, stratified
 * by postcode. Every pair at the same postcode is kept; pairs at different
 * postcodes are sampled (by a seeded hash of the two records' ids) so they
 * are at most OTHER_PLACE_RATIO times as many.
 *
 * Taken whole, the session's share of matches falls as records grow: a
 * person's duplicates are a handful, but the strangers born on their date
 * grow with the population (about 4 records share a date at 100,000 people,
 * 45 at a million). At a million people matches were 1.4% of these pairs
 * (11% at 100,000), EM took strangers sharing a common given name for
 * matches, learnt m(same postcode, different family) 0.25 where 100,000
 * people give 0.87, and recall fell to 0.94. Sampled this way the share
 * stays near what it is at 100,000 people at every size; up to about that
 * size nothing is left out (at 100,000 people 88% of the pairs at other
 * postcodes are kept, at a million about 10%). The sample depends on the
 * postcode alone, so the names and sex are learnt as from all same-date
 * pairs; the postcode term (different family names) stays in the session
 * with its u free, so EM can tell the strata apart (its m is not used: both
 * postcode terms take the same-name session's).
 */
async function sameDatePatterns(db: Kysely<any>, options: TrainingOptions): Promise<SessionData & { otherPlaceRate: number }> {
  await sql`drop table if exists lk_session, lk_session_blocks`.execute(db);
  await sql`create temp table lk_session as
            select encoding_id, md5(date_of_birth::text) as block, md5(postcode::text) as place
            from linkage_encodings where date_of_birth is not null`.execute(db);
  await sql`create temp table lk_session_blocks as
            select block, count(*)::bigint as n from lk_session group by block
            having count(*) between 2 and ${options.maxGroupSize}`.execute(db);
  const counts = (
    await sql<{ all_pairs: number; same_place: number }>`
      select coalesce((select sum(n * (n - 1) / 2) from lk_session_blocks), 0)::bigint as all_pairs,
             coalesce((select sum(k * (k - 1) / 2) from (
               select count(*)::bigint as k from lk_session s join lk_session_blocks using (block)
               where s.place is not null group by s.block, s.place) places), 0)::bigint as same_place`.execute(db)
  ).rows[0];
  const samePlace = Number(counts.same_place);
  const otherPlace = Number(counts.all_pairs) - samePlace;
  const otherPlaceRate = otherPlace <= 0 ? 1 : Math.min(1, (OTHER_PLACE_RATIO * Math.max(1, samePlace)) / otherPlace);
  const total = samePlace + otherPlaceRate * otherPlace;
  const pairThreshold = Math.floor(otherPlaceRate * 2 ** 28);
  const seed = hashSeed(options.seed);
  const { patterns, pairsSampled } = await sessionPairs(
    db,
    total,
    options,
    sql`sa.place = sb.place or (hashint8extended(sa.encoding_id, hashint8extended(sb.encoding_id, ${seed})) & 268435455) < ${pairThreshold}`,
    'date of birth',
  );
  return { patterns, pairsInBlocks: Math.round(total), pairsSampled, otherPlaceRate };
}

/** A 31-bit number from the run's seed, for SQL's seeded hashes. */
function hashSeed(seed: string): number {
  let hash = 0;
  for (const char of seed) hash = (Math.imul(hash, 31) + char.charCodeAt(0)) | 0;
  return hash & 0x7fffffff;
}

/** Shares of records with a date of birth, and with a postcode. */
async function presentShares(db: Kysely<any>): Promise<{ dateOfBirth: number; postcode: number }> {
  const row = (
    await sql<{ date_of_birth: number | null; postcode: number | null }>`
      select avg((date_of_birth is not null)::int)::double precision as date_of_birth,
             avg((postcode is not null)::int)::double precision as postcode
      from linkage_encodings`.execute(db)
  ).rows[0];
  return { dateOfBirth: Number(row.date_of_birth ?? 1), postcode: Number(row.postcode ?? 1) };
}

interface HouseholdPairs {
  /** Pairs with the same family name and postcode. */
  sameFamilyAndPostcode: number;
  /** Pairs with the same family name, both with a postcode. */
  sameFamily: number;
}

async function householdPairs(db: Kysely<any>): Promise<HouseholdPairs> {
  const count = async (groups: ReturnType<typeof sql>) =>
    Number(
      (
        await sql<{ pairs: number }>`
          select coalesce(sum(n * (n - 1) / 2), 0)::bigint as pairs from (
            select count(*)::bigint as n from linkage_encodings
            where family_name is not null and postcode is not null group by ${groups}) g`.execute(db)
      ).rows[0].pairs,
    );
  return {
    sameFamilyAndPostcode: await count(sql`md5(family_name::text), md5(postcode::text)`),
    sameFamily: await count(sql`md5(family_name::text)`),
  };
}

/**
 * Random pairs include the matching ones, a share lambda of them: negligible
 * among a million records (a few in a million pairs), but a hundred records
 * from three agencies hold one match in a hundred pairs, enough to make two
 * people sharing a name look common. The level shares among random pairs are
 * lambda·m + (1 − lambda)·u, so u is recovered by taking out lambda·m.
 */
function withoutMatches(randomU: number[][], m: number[][], lambda: number): number[][] {
  if (!(lambda > 0)) return randomU;
  return randomU.map((row, t) => {
    const corrected = row.map((share, level) => Math.max(share * 1e-3, (share - lambda * m[t][level]) / (1 - lambda)));
    const total = corrected.reduce((sum, value) => sum + value, 0);
    return corrected.map((value) => value / total);
  });
}

function householdU(
  randomU: number[][],
  m: number[][],
  matchingPairs: number,
  allPairs: number,
  household: HouseholdPairs,
  dates: SessionData,
  sameDate: number | null,
): number[][] {
  const u = withHouseholdU(withoutMatches(randomU, m, matchingPairs / allPairs), household, matchingPairs, m);
  return withHouseholdDateU(withSameDateU(u, sameDate), dates);
}

/**
 * The chance that two different people share a date of birth, from the
 * spread of birth months (which tokens carry in the clear) and a day of the
 * month drawn evenly: Σ p(month)² / 30.4. Counted from random pairs, the same
 * chance is swamped by the matches among them in a small set (a few thousand
 * records hold one match per few thousand pairs, more than the chance
 * coincidences) and, once those are taken out, rests on a difference of two
 * estimates: the date then weighed 23 bits at 4,000 people and 15 at 20,000.
 * Months barely move when duplicates are added, so this holds at any size.
 */
async function sameDateChance(db: Kysely<any>): Promise<number | null> {
  const row = (
    await sql<{ concentration: number | null }>`
      select sum(n * n)::double precision / nullif(sum(n), 0)^2 as concentration
      from (select count(*)::double precision as n from linkage_encodings where birth_month is not null group by birth_month) months`.execute(db)
  ).rows[0];
  return row.concentration === null ? null : Number(row.concentration) / DAYS_PER_MONTH;
}

const DAYS_PER_MONTH = 365.25 / 12;

/** u with the date of birth's exact level set to `sameDate`, the other levels sharing the rest as random pairs show. */
function withSameDateU(u: number[][], sameDate: number | null): number[][] {
  if (sameDate === null) return u;
  const row = u[TERM.dateOfBirth];
  const rest = row.reduce((sum, value, level) => (level === DATE_LEVEL.exact ? sum : sum + value), 0);
  const adjusted = row.map((value, level) => (level === DATE_LEVEL.exact ? sameDate : (value / rest) * (1 - sameDate)));
  return u.map((values, t) => (t === TERM.dateOfBirth ? adjusted : values));
}

/** Given-name filters this far apart (Dice) are two names, not one name misspelt or shortened. */
const UNRELATED_GIVEN_NAMES = 0.3;

/**
 * u for the date of birth among pairs of one family name at one postcode,
 * counted from those pairs whose given names are unrelated (Dice below 0.3,
 * which a keying slip or a short form almost never reaches): relatives, with
 * hardly a match among them. Twins are what shares a date there. The few
 * matches left (a name the nickname dictionary lacks) make u a little larger,
 * so the date counts a little less: the cautious side.
 */
function withHouseholdDateU(u: number[][], dates: SessionData): number[][] {
  const dateIndex = COMPARISONS.findIndex((candidate) => candidate.name === 'date_of_birth');
  const levels = MODEL_TERMS[TERM.dateOfBirthHousehold].levels.length;
  const counts = Array.from({ length: levels }, () => 0);
  for (const pattern of dates.patterns) {
    // Different given names, family names that agree exactly: the pairs grouped by identical filters.
    if (pattern.levels[dateIndex] < 0) continue;
    counts[pattern.levels[dateIndex]] += pattern.count;
  }
  const total = counts.reduce((sum, count) => sum + count, 0);
  // Too few relatives to count (a small set): the date counts as it does between strangers.
  if (total < FEWEST_FAMILY_PAIRS) return u.map((row, t) => (t === TERM.dateOfBirthHousehold ? [...u[TERM.dateOfBirth]] : row));
  // Half a pair of pseudo-count per level, so a level no relative shows keeps a small u rather than none.
  const adjusted = counts.map((count) => (count + 0.5) / (total + 0.5 * levels));
  return u.map((row, t) => (t === TERM.dateOfBirthHousehold ? adjusted : row));
}

/** Fewer non-matching same-family pairs than this, and the exact count says nothing reliable. */
const FEWEST_FAMILY_PAIRS = 100;

/**
 * u with the postcode-among-same-family term replaced by exact counts: the
 * chance of an exact postcode among non-matching pairs with the same family
 * name, the other levels sharing the rest in the proportions random pairs show.
 */
function withHouseholdU(randomU: number[][], household: HouseholdPairs, matchingPairs: number, m: number[][]): number[][] {
  const familyMatches = matchingPairs * m[TERM.family][EXACT];
  const nonMatching = household.sameFamily - familyMatches;
  const sameBoth = household.sameFamilyAndPostcode - familyMatches * m[TERM.postcodeSameFamily][EXACT];
  if (nonMatching < FEWEST_FAMILY_PAIRS || sameBoth <= 0) return randomU;
  const exact = Math.min(0.999, Math.max(randomU[TERM.postcodeSameFamily][EXACT], sameBoth / nonMatching));
  const random = randomU[TERM.postcodeSameFamily];
  const rest = random.slice(0, EXACT).reduce((sum, value) => sum + value, 0);
  const adjusted = random.map((value, level) => (level === EXACT ? exact : (value / rest) * (1 - exact)));
  return randomU.map((row, t) => (t === TERM.postcodeSameFamily ? adjusted : row));
}
