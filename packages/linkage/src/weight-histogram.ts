import { sql, type Kysely } from 'kysely';

/** Candidate pairs whose match weight lies in [from, from + 1) bits. */
export interface WeightBin {
  from: number;
  pairs: number;
}

/**
 * The match-weight histogram of a run's candidate pairs, one bin per bit,
 * from the temporary table of scored pairs (`lk_scored (weight)`): where the
 * two humps of non-matches and matches lie, and how many pairs sit between
 * them in the review band. Weights below -40 and above 40 share the end bins.
 */
export async function weightHistogram(db: Kysely<any>): Promise<WeightBin[]> {
  const rows = await sql<{ bin: number; pairs: number }>`
    select greatest(-40, least(40, floor(weight)))::integer as bin, count(*)::bigint as pairs
    from lk_scored group by 1 order by 1`.execute(db);
  return rows.rows.map((row) => ({ from: Number(row.bin), pairs: Number(row.pairs) }));
}
