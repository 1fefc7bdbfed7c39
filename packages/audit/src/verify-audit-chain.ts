import { sql, type Kysely } from 'kysely';

export type ChainVerdict = { intact: true; entries: number } | { intact: false; entries: number; firstBrokenSeq: number; problem: string };

/**
 * Recomputes every entry's hash and link in one statement. The first entry
 * whose stored hash or link does not match is reported: it, or the one before
 * it, was altered, inserted or removed outside the rules.
 */
export async function verifyAuditChain(db: Kysely<any>): Promise<ChainVerdict> {
  const { rows } = await sql<{ entries: number; seq: number | null; problem: string | null }>`
    with checked as (
      select e.seq,
        e.prev_hash <> lag(e.hash, 1, 'genesis') over (order by e.seq) as bad_link,
        e.hash <> audit_entry_digest(e.prev_hash, e) as bad_hash
      from audit_entries e
    )
    select (select count(*) from audit_entries) as entries,
      (select seq from checked where bad_link or bad_hash order by seq limit 1) as seq,
      (select case when bad_hash then 'its contents do not match its hash' else 'it does not follow the entry before it' end
         from checked where bad_link or bad_hash order by seq limit 1) as problem
  `.execute(db);
  const { entries, seq, problem } = rows[0];
  return seq === null ? { intact: true, entries } : { intact: false, entries, firstBrokenSeq: seq, problem: problem! };
}
