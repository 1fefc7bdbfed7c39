import { sql, type Kysely } from 'kysely';

export interface BlockingRecall {
  truePairs: number;
  /** True pairs sharing at least one blocking key in a block within the size cap: the most linkage can find. */
  blocked: number;
  recall: number;
  /** True pairs each rule proposes on its own. */
  byRule: Record<string, number>;
  /** True pairs proposed, by the noise mask of the pair (bit per kind, as `EvaluationTruth` numbers them). */
  byNoiseMask: Map<number, { truePairs: number; blocked: number }>;
}

/**
 * The share of true pairs that any blocking rule generates, counted in SQL
 * from `linkage_eval_truth` (see `EvaluationTruth.store`) and the stored
 * blocking keys, honouring the block-size cap as linking does. A true pair
 * no rule proposes can never be linked, whatever the model says.
 */
export async function blockingRecall(db: Kysely<any>, maxBlockSize: number): Promise<BlockingRecall> {
  return db.connection().execute(async (connection) => {
    await sql`create temp table lk_eval_big_keys as
              select key from linkage_blocks group by key having count(*) > ${maxBlockSize}`.execute(connection);
    const rows = await sql<{ noise: number; rules: string[]; pairs: number }>`
      with true_pairs as (
        select ea.blocking_keys as ka, eb.blocking_keys as kb, ta.noise | tb.noise as noise
        from linkage_eval_truth ta
        join linkage_eval_truth tb on tb.true_id = ta.true_id and (tb.agency_id, tb.record_id) > (ta.agency_id, ta.record_id)
        join linkage_encodings ea on ea.agency_id = ta.agency_id and ea.record_id = ta.record_id
        join linkage_encodings eb on eb.agency_id = tb.agency_id and eb.record_id = tb.record_id)
      select noise,
             array(select distinct split_part(k, ':', 1) from unnest(ka) k
                   where k = any(kb) and not exists (select 1 from lk_eval_big_keys g where g.key = k) order by 1) as rules,
             count(*)::bigint as pairs
      from true_pairs group by 1, 2`.execute(connection);
    await sql`drop table lk_eval_big_keys`.execute(connection);
    const result: BlockingRecall = { truePairs: 0, blocked: 0, recall: 1, byRule: {}, byNoiseMask: new Map() };
    for (const row of rows.rows) {
      const pairs = Number(row.pairs);
      const blocked = row.rules.length > 0 ? pairs : 0;
      result.truePairs += pairs;
      result.blocked += blocked;
      for (const rule of row.rules) result.byRule[rule] = (result.byRule[rule] ?? 0) + pairs;
      const byMask = result.byNoiseMask.get(row.noise) ?? { truePairs: 0, blocked: 0 };
      byMask.truePairs += pairs;
      byMask.blocked += blocked;
      result.byNoiseMask.set(row.noise, byMask);
    }
    result.recall = result.truePairs === 0 ? 1 : result.blocked / result.truePairs;
    return result;
  });
}
