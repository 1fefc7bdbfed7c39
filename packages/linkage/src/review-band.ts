import { sql, type Kysely } from 'kysely';

/**
 * The pairs left for clerical review: those scored between the review and
 * match thresholds that no reviewer has decided and whose records the links
 * have not already put into one person.
 *
 * A pair in the band whose two records are already joined through other
 * links (A–C and C–B linked, A–B just under the match threshold) asks an
 * officer nothing: whatever they answered, the person stays as it is, since a
 * "non-match" there would split a group the links hold together. Such pairs
 * are kept, as `joined`, in `lk_joined (a, b)` so the run records them
 * without putting them in the review queue.
 */
export async function reviewBandPairs(
  db: Kysely<any>,
  thresholds: { reviewWeight: number; matchWeight: number },
  sameGroup: (a: number, b: number) => boolean,
): Promise<{ reviewBand: number; joined: number; records: number }> {
  const band = await sql<{ a: number; b: number }>`
    select a, b from lk_scored c
    where weight >= ${thresholds.reviewWeight} and weight < ${thresholds.matchWeight}
      and not exists (select 1 from lk_reviews r where r.a = c.a and r.b = c.b)`.execute(db);
  const joined = band.rows.filter((pair) => sameGroup(Number(pair.a), Number(pair.b)));
  await keepPairs(db, 'lk_joined', joined);
  const inQueue = new Set<number>();
  for (const pair of band.rows) {
    if (sameGroup(Number(pair.a), Number(pair.b))) continue;
    inQueue.add(Number(pair.a)).add(Number(pair.b));
  }
  return { reviewBand: band.rows.length - joined.length, joined: joined.length, records: inQueue.size };
}

/** Keeps `pairs` (of encoding ids) in a fresh temporary table `table (a, b)`, for the run's save to read. */
export async function keepPairs(db: Kysely<any>, table: 'lk_joined' | 'lk_apart', pairs: readonly { a: number; b: number }[]): Promise<void> {
  await sql`drop table if exists ${sql.table(table)}`.execute(db);
  await sql`create temp table ${sql.table(table)} (a bigint, b bigint, primary key (a, b))`.execute(db);
  for (let start = 0; start < pairs.length; start += 5000) {
    const rows = pairs.slice(start, start + 5000).map((pair) => sql`(${pair.a}, ${pair.b})`);
    await sql`insert into ${sql.table(table)} values ${sql.join(rows)}`.execute(db);
  }
}
