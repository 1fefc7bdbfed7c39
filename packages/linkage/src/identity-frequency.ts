import { sql, type Kysely } from 'kysely';
import { COMPARISONS, type ComparisonName } from './comparisons.js';
import type { WeightContribution } from './match-model.js';

const exactLevel = (name: ComparisonName): number => COMPARISONS.find((comparison) => comparison.name === name)!.levels.at(-1)!.level;
const GIVEN_EXACT = exactLevel('given_name');
const FAMILY_EXACT = exactLevel('family_name');
const DATE_EXACT = exactLevel('date_of_birth');
const POSTCODE_EXACT = exactLevel('postcode');

/** Who else holds a pair's full identity, the levels of the evidence. */
export const IDENTITY_LEVEL_LABELS = [
  "only the pair's two records",
  "the pair's people hold a third record; no other person",
  "the pair's people hold four records; no other person",
  "the pair's people hold five or more records; no other person",
  'other people hold it too',
] as const;
const IDENTITY_HOLDER_LEVELS = IDENTITY_LEVEL_LABELS.length;

/**
 * One level of who holds the identity, with its m, u and weight (bits): in
 * the first three only the pair's own people hold it, and these count their
 * records (two, three, four or more); the last says other people hold it too.
 */
export interface IdentityFrequencyLevel {
  level: number;
  label: string;
  pairs: number;
  m: number;
  u: number;
  weight: number;
}

export interface IdentityFrequency {
  /** Pairs agreeing exactly on given name, family name and date of birth at two postcodes (or one unknown). */
  pairs: number;
  levels: IdentityFrequencyLevel[];
}

/**
 * Whether a pair's levels make it one the identity's frequency applies to:
 * the same given name, family name and date of birth, exactly, and not at one
 * postcode (there the household's date term already weighs the date).
 */
export function identityFrequencyApplies(levels: Readonly<Record<ComparisonName, number>>): boolean {
  return levels.given_name === GIVEN_EXACT && levels.family_name === FAMILY_EXACT && levels.date_of_birth === DATE_EXACT && levels.postcode !== POSTCODE_EXACT;
}

/** Weight of pseudo-pairs at each level's share of all the pairs (m = u there, no evidence): keeps a level that holds few non-matches, as at small sizes, near zero bits. */
const PSEUDO_PAIRS = 20;
const EM_ROUNDS = 50;

/**
 * Who else holds a pair's full identity, as evidence.
 *
 * The model weighs given name, family name and date of birth as independent
 * (each name's u from its own frequency), so two records agreeing exactly on
 * all three at two addresses score alike whether that name and date are one
 * person's or several people's. At a million people they are not alike: where
 * no third record holds the value, such a pair is one person 97% of the time,
 * where four or five records hold it, half. The partnership can count holders
 * without seeing a name or a date: records with identical given-name,
 * family-name and date filters hold the same value under the agencies'
 * secret. Rivals are counted in *people*, the first pass's groups
 * (`lk_group`), not records: an agency's duplicate or a person's own third
 * record is no rival.
 *
 * Splink's term-frequency adjustment takes u as the value's share of the
 * people; but a full name and date is held by one or two people in a million,
 * so the pair's own records are most of any count: a value only the pair holds
 * would get u of one person in a million, where the model's three independent
 * terms give it about a hundredth of that (at a million people such a pair
 * scores about 0.92, some 27 bits of evidence against a prior of −20), turning
 * the rarest values into the weakest evidence. So who holds the value is read
 * as a comparison of its own, with five levels: only the pair's two records;
 * the pair's own people hold a third record; they hold four; five or more;
 * other people hold it too. A person rarely has four records of one identity
 * (most people are held by one or two agencies, one record each; an agency's
 * duplicate, which the first pass joins as a plausible pair, is the person's
 * own), and five more rarely still, while two strangers of two records each
 * have four between them and of two and three five, so the records the pair's
 * people hold speak to whether they are one person (at a million people:
 * 98%, 93%, 68% and 21% of such pairs are one person at the first four
 * levels; four and five or more were first one level, whose weight, between
 * theirs, left pairs at four too low and at five too high); other people
 * holding it say the value is commoner than its names' frequencies make it.
 * m (the share of matching pairs at each level) and u (of non-matching pairs)
 * are estimated by EM over these pairs with every other term fixed, starting
 * from the pairs' own scores: each pair's probability with its level's weight
 * added, then m and u from those probabilities, until they settle. Each level
 * also holds pseudo-pairs at its overall share, so where the pairs hold few
 * non-matches (small populations) u stays near m and the level near zero bits.
 * EM takes the level as independent of the other terms within matches and
 * within non-matches. Among strangers a commoner name (which the names'
 * frequencies already count) is also more often held by others, so the
 * levels could count some of that twice; measured at a million people they
 * do not, where it matters: near the threshold (0.2 to 0.98) the pairs'
 * probabilities are within 0.04 of the share that are one person in each
 * quarter of name frequency at each level wherever most such pairs are, and
 * too high, not too low, for the rarer names where few are; and taking the
 * names' frequencies out of these pairs for the level to replace lost 2,100
 * of their 65,400 true links.
 *
 * Reads `lk_scored`, `lk_group` and `linkage_encodings`; adds each pair's
 * level weight to its weight in `lk_scored` and records the level in its
 * `identity_level`, which the run saves so `explainPair` can show it.
 */
export async function applyIdentityFrequency(db: Kysely<any>): Promise<IdentityFrequency> {
  await sql`drop table if exists lk_identity, lk_identity_people, lk_identity_pairs`.execute(db);
  // Only records in some pair agreeing exactly on all three can share a full identity with another.
  const fullyExact = sql`given_name = ${GIVEN_EXACT} and family_name = ${FAMILY_EXACT} and date_of_birth = ${DATE_EXACT}`;
  await sql`create temp table lk_identity as
            select e.encoding_id,
                   hashtextextended(e.given_name::text || '|' || e.family_name::text || '|' || e.date_of_birth::text, 0) as identity,
                   coalesce(g.grp, -e.encoding_id) as person
            from (select a as encoding_id from lk_scored where ${fullyExact} union select b from lk_scored where ${fullyExact}) r
            join linkage_encodings e using (encoding_id)
            left join lk_group g using (encoding_id)`.execute(db);
  await sql`alter table lk_identity add primary key (encoding_id)`.execute(db);
  await sql`create temp table lk_identity_people as
            select identity, count(*) as records, count(distinct person) as people from lk_identity group by identity`.execute(db);
  await sql`alter table lk_identity_people add primary key (identity)`.execute(db);
  await sql`analyze lk_identity`.execute(db);
  await sql`analyze lk_identity_people`.execute(db);
  // Other people: the holders less the pair's own one or two groups.
  await sql`create temp table lk_identity_pairs as
            select s.a, s.b, s.weight,
                   case when o.people >= 1 then 4 when p.records >= 5 then 3 when p.records = 4 then 2 when p.records = 3 then 1 else 0 end as level
            from lk_scored s
            join lk_identity ia on ia.encoding_id = s.a
            join lk_identity ib on ib.encoding_id = s.b
            join lk_identity_people p on p.identity = ia.identity
            cross join lateral (select p.people - case when ia.person = ib.person then 1 else 2 end as people) o
            where s.given_name = ${GIVEN_EXACT} and s.family_name = ${FAMILY_EXACT} and s.date_of_birth = ${DATE_EXACT}
              and s.postcode <> ${POSTCODE_EXACT}`.execute(db);
  // The pairs by level and weight (a tenth of a bit), for EM in memory.
  const bins = (
    await sql<{ level: number; weight: number; pairs: number }>`
      select level, round(weight::numeric, 1)::double precision as weight, count(*)::integer as pairs
      from lk_identity_pairs group by 1, 2`.execute(db)
  ).rows.map((bin) => ({ level: Number(bin.level), weight: Number(bin.weight), pairs: Number(bin.pairs) }));
  const levels = identityLevels(bins);
  const weights = levels.map((level) => level.weight);
  await sql`update lk_scored s set weight = s.weight + (${weights}::double precision[])[i.level + 1], identity_level = i.level
            from lk_identity_pairs i where s.a = i.a and s.b = i.b`.execute(db);
  await sql`drop table if exists lk_identity, lk_identity_people, lk_identity_pairs`.execute(db);
  return { pairs: bins.reduce((sum, bin) => sum + bin.pairs, 0), levels };
}

/**
 * m, u and weight per level by EM over the pairs' binned weights (log2 odds
 * before this evidence), every other term fixed.
 */
export function identityLevels(bins: readonly { level: number; weight: number; pairs: number }[]): IdentityFrequencyLevel[] {
  const pairs = new Array<number>(IDENTITY_HOLDER_LEVELS).fill(0);
  for (const bin of bins) pairs[bin.level] += bin.pairs;
  const total = pairs.reduce((sum, count) => sum + count, 0);
  const share = pairs.map((count) => (total > 0 ? count / total : 1 / IDENTITY_HOLDER_LEVELS));
  let m = [...share];
  let u = [...share];
  for (let round = 0; round < EM_ROUNDS; round++) {
    const matching = new Array<number>(IDENTITY_HOLDER_LEVELS).fill(0);
    const nonMatching = new Array<number>(IDENTITY_HOLDER_LEVELS).fill(0);
    for (const bin of bins) {
      const p = 1 / (1 + Math.pow(2, -(bin.weight + Math.log2(m[bin.level] / u[bin.level]))));
      matching[bin.level] += bin.pairs * p;
      nonMatching[bin.level] += bin.pairs * (1 - p);
    }
    const sumMatching = matching.reduce((sum, value) => sum + value, 0);
    const sumNonMatching = nonMatching.reduce((sum, value) => sum + value, 0);
    const next = (counts: number[], sum: number) => counts.map((count, level) => (count + PSEUDO_PAIRS * share[level]) / (sum + PSEUDO_PAIRS));
    const [nextM, nextU] = [next(matching, sumMatching), next(nonMatching, sumNonMatching)];
    const change = Math.max(...nextM.map((value, level) => Math.abs(value - m[level]) + Math.abs(nextU[level] - u[level])));
    [m, u] = [nextM, nextU];
    if (change < 1e-7) break;
  }
  return m.map((mk, level) => ({
    level,
    label: IDENTITY_LEVEL_LABELS[level],
    pairs: pairs[level],
    m: mk,
    u: u[level],
    // A level no pair reached says nothing.
    weight: pairs[level] > 0 ? Math.log2(mk / u[level]) : 0,
  }));
}

/**
 * The identity's step of one pair's waterfall, as the last run weighed it.
 * Which level a pair reached depends on the run's first-pass groups, which
 * are not kept, so the run saves each pair's level with it
 * (`linkage_pairs.identity_level`): a pair the run saved gets that level, or
 * no step where the run gave it none. A pair it did not save gets the first
 * level when only its two records hold the identity (no groups needed: no one
 * else can hold it), and otherwise no step, since which people hold the
 * value's other records is not known.
 */
export async function identityFrequencyContribution(
  db: Kysely<any>,
  run: IdentityFrequency | null,
  levels: Readonly<Record<ComparisonName, number>>,
  a: { agencyId: string; recordId: string },
  saved: { identityLevel: number | null } | undefined,
): Promise<WeightContribution | null> {
  if (!run || !identityFrequencyApplies(levels)) return null;
  let level: IdentityFrequencyLevel | undefined;
  if (saved) {
    level = saved.identityLevel === null ? undefined : run.levels[saved.identityLevel];
  } else {
    const { records } = (
      await sql<{ records: number }>`
        select count(*)::integer as records from linkage_encodings o, linkage_encodings e
        where e.agency_id = ${a.agencyId} and e.record_id = ${a.recordId}
          and o.given_name = e.given_name and o.family_name = e.family_name and o.date_of_birth = e.date_of_birth`.execute(db)
    ).rows[0];
    if (Number(records) === 2) level = run.levels[0];
  }
  if (!level) return null;
  return {
    term: 'full_identity_frequency',
    description: "who else holds the pair's given name, family name and date of birth (identical filters), counted in people: the run's first-pass groups",
    level: level.level,
    label: level.label,
    m: level.m,
    u: level.u,
    weight: level.weight,
  };
}
