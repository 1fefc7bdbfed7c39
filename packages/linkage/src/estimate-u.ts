import { sql, type Kysely } from 'kysely';
import { COMPARISONS, comparisonLevelsSql, type ComparisonName } from './comparisons.js';
import { toPattern } from './compare-pairs.js';
import { levelsByComparison, MODEL_TERMS, termLevels } from './model-terms.js';

export interface UEstimate {
  /** Per model term (`MODEL_TERMS` order), indexed by level: P(level | two different people). */
  u: number[][];
  /** Random pairs compared. */
  pairs: number;
}

/**
 * u probabilities from random pairs of records, as Splink's
 * `estimate_u_using_random_sampling` does: almost every random pair is two
 * different people, so the share of random pairs at each level is the chance
 * of that level among non-matches. A random sample of n records gives
 * n(n-1)/2 pairs; n is chosen to give about `targetPairs`. The sample is
 * ordered by a keyed hash of the record so a run is repeatable under one seed.
 *
 * A level never seen among the sampled pairs (an exact date of birth in a
 * small sample) gets half a pair's worth, not zero: zero would make its Bayes
 * factor infinite.
 */
export async function estimateU(db: Kysely<any>, targetPairs: number, seed: string): Promise<UEstimate> {
  const records = Math.ceil((1 + Math.sqrt(1 + 8 * targetPairs)) / 2);
  const result = await sql<Record<ComparisonName | 'count', number>>`
    with sample as materialized (
      select * from linkage_encodings order by md5(encoding_id::text || ${seed}) limit ${records}
    )
    select ${sql.raw(comparisonLevelsSql('ea', 'eb'))}, count(*)::bigint as count
    from sample ea join sample eb on ea.encoding_id < eb.encoding_id
    group by ${sql.raw(COMPARISONS.map((_, index) => index + 1).join(', '))}`.execute(db);
  const patterns = result.rows.map(toPattern);
  const pairs = patterns.reduce((sum, pattern) => sum + pattern.count, 0);
  const counts = MODEL_TERMS.map((term) => term.levels.map(() => 0.5));
  for (const pattern of patterns) {
    termLevels(levelsByComparison(pattern.levels)).forEach((level, term) => {
      if (level >= 0) counts[term][level] += pattern.count;
    });
  }
  const u = counts.map((row) => {
    const total = row.reduce((sum, count) => sum + count, 0);
    return row.map((count) => count / total);
  });
  return { u, pairs };
}
