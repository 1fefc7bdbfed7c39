import { sql, type Kysely } from 'kysely';

export interface BlockingSummary {
  /** Distinct pairs of records sharing at least one blocking key in a block within the cap. */
  candidatePairs: number;
  /** Pairs (counted per block, before removing duplicates) in blocks over the cap. */
  skippedPairs: number;
  skippedBlocks: number;
  /** Pairs each rule proposed (counted per block, before removing duplicates across rules). */
  pairsByRule: Record<string, number>;
}

/**
 * Blocking, in the database: every unordered pair of records that share a
 * blocking key, once, into the temporary table `lk_candidates (a, b)` with
 * a < b. Pairs within one agency are included: agencies hold duplicates.
 *
 * A block larger than `maxBlockSize` (a key that many records share, such as
 * a very common name at one address block) is skipped and counted rather than
 * expanded, since a block of n records costs n²/2 comparisons and says little
 * about any one pair; its records still meet under their other rules.
 */
export async function buildCandidatePairs(db: Kysely<any>, maxBlockSize: number): Promise<BlockingSummary> {
  await sql`drop table if exists lk_block_sizes, lk_blocked, lk_candidates`.execute(db);
  // Freshly stored blocks may not have been analysed yet: without statistics
  // the planner guessed 200 keys where a million people have two million, and
  // sorted them rather than hashing (at a million people, 38 s against 29 s).
  await sql`analyze linkage_blocks`.execute(db);
  await sql`create temp table lk_block_sizes as
            select key, count(*)::bigint as n from linkage_blocks group by key having count(*) > 1`.execute(db);

  const rules = await sql<{ rule: string; pairs: number; skipped: number; skipped_blocks: number }>`
    select split_part(key, ':', 1) as rule,
           coalesce(sum(n * (n - 1) / 2) filter (where n <= ${maxBlockSize}), 0)::bigint as pairs,
           coalesce(sum(n * (n - 1) / 2) filter (where n > ${maxBlockSize}), 0)::bigint as skipped,
           count(*) filter (where n > ${maxBlockSize})::bigint as skipped_blocks
    from lk_block_sizes group by 1 order by 1`.execute(db);

  // The join runs on a 64-bit hash of the key rather than the key's text:
  // half the bytes per row to hash and to sort (two of the million blocking
  // keys sharing a 64-bit hash is a one-in-millions chance, and would only add pairs).
  await sql`create temp table lk_blocked as
            select hashtextextended(b.key, 0) as key, b.encoding_id from linkage_blocks b
            join lk_block_sizes s on s.key = b.key and s.n <= ${maxBlockSize}`.execute(db);
  await sql`analyze lk_blocked`.execute(db);
  // Duplicates across rules are removed by grouping: a true match shares
  // keys under most rules, so the raw join proposes it several times.
  await sql`create temp table lk_candidates as
            select x.encoding_id as a, y.encoding_id as b
            from lk_blocked x join lk_blocked y on y.key = x.key and y.encoding_id > x.encoding_id
            group by 1, 2`.execute(db);
  await sql`drop table lk_blocked, lk_block_sizes`.execute(db);
  await sql`analyze lk_candidates`.execute(db);
  const counted = await sql<{ n: number }>`select count(*)::bigint as n from lk_candidates`.execute(db);

  const summary: BlockingSummary = { candidatePairs: Number(counted.rows[0].n), skippedPairs: 0, skippedBlocks: 0, pairsByRule: {} };
  for (const rule of rules.rows) {
    summary.pairsByRule[rule.rule] = Number(rule.pairs);
    summary.skippedPairs += Number(rule.skipped);
    summary.skippedBlocks += Number(rule.skipped_blocks);
  }
  return summary;
}
