import { sql, type Kysely } from 'kysely';
import type { MatchModel, PriorByKind } from './match-model.js';
import { termFrequencyAdjustmentSql } from './term-frequencies.js';

/** Rounds of re-estimation: the split moves by hundredths of a bit after the third. */
const ROUNDS = 3;

/**
 * The prior for two records of one agency and for two of different agencies.
 *
 * One prior for every pair says that two records drawn at random are one
 * person with the same chance wherever they came from. They are not: an
 * agency keeps one record per person and rarely holds someone twice, so the
 * matches among pairs from one agency are far fewer, for the pairs there
 * are, than among pairs across agencies. The partnership knows which agency
 * sent each record, so it can weigh the two kinds apart, as Splink would
 * with a prior per block of pairs.
 *
 * The number of matches among all pairs comes from training, as the single
 * prior does; how they divide between the kinds is estimated from the
 * candidate pairs, EM-fashion: each kind's expected matches are the sum of
 * its candidates' match probabilities under the current priors, each kind's
 * prior is its share of the matches over its pairs, and that is repeated.
 * Returns null when all records come from one agency (or none match).
 *
 * Reads `lk_compared`, `lk_weights` and `lk_tf`, so it runs on the linking
 * connection after the term frequencies are counted.
 */
export async function priorByKind(db: Kysely<any>, model: MatchModel, matchingPairs: number): Promise<PriorByKind | null> {
  const agencies = await sql<{ n: number }>`select count(*)::bigint as n from linkage_encodings group by agency_id`.execute(db);
  const sizes = agencies.rows.map((row) => Number(row.n));
  const records = sizes.reduce((sum, n) => sum + n, 0);
  const withinPairs = sizes.reduce((sum, n) => sum + (n * (n - 1)) / 2, 0);
  const acrossPairs = (records * (records - 1)) / 2 - withinPairs;
  if (withinPairs === 0 || acrossPairs === 0 || !(matchingPairs > 0)) return null;

  // Candidates by kind and weight (to a sixteenth of a bit): a few thousand rows, whatever the size.
  const histogram = await sql<{ same_agency: boolean; weight: number; n: number }>`
    select c.same_agency, round(((w.match_weight + ${sql.raw(termFrequencyAdjustmentSql(model))}) * 16)::numeric) / 16 as weight, count(*)::bigint as n
    from lk_compared c join lk_weights w using (pattern) join lk_tf ta on ta.encoding_id = c.a
    group by 1, 2`.execute(db);
  const prior = logOdds(model.lambda);
  let kinds: PriorByKind = { withinAgency: prior, acrossAgencies: prior };
  for (let round = 0; round < ROUNDS; round++) {
    let within = 0;
    let across = 0;
    for (const row of histogram.rows) {
      const shift = (row.same_agency ? kinds.withinAgency : kinds.acrossAgencies) - prior;
      const expected = Number(row.n) / (1 + Math.pow(2, -(Number(row.weight) + shift)));
      if (row.same_agency) within += expected;
      else across += expected;
    }
    if (within + across === 0) return null;
    const share = within / (within + across);
    kinds = { withinAgency: logOdds((share * matchingPairs) / withinPairs), acrossAgencies: logOdds(((1 - share) * matchingPairs) / acrossPairs) };
  }
  return kinds;
}

function logOdds(probability: number): number {
  const p = Math.min(0.5, Math.max(1e-15, probability));
  return Math.log2(p / (1 - p));
}
