import { sql, type Kysely } from 'kysely';
import { COMPARISONS, comparisonLevelsSql, type ComparisonName } from './comparisons.js';
import type { ComparisonPattern } from './expectation-maximisation.js';

/**
 * A comparison pattern packed into one integer (each level + 1 as a base-8
 * digit, given name most significant), so pairs join to their pattern's
 * weight on one column.
 */
const BASE = 8;
export const PATTERN_SQL = COMPARISONS.map((comparison, index) => `(${comparison.name} + 1) * ${BASE ** (COMPARISONS.length - 1 - index)}`).join(' + ');

export function patternCode(levels: readonly number[]): number {
  return levels.reduce((code, level) => code * BASE + level + 1, 0);
}

/**
 * Computes the comparison levels of every candidate pair, in the database,
 * into the temporary table `lk_compared (a, b, same_agency, <one column per
 * comparison>, pattern)`.
 */
export async function compareCandidatePairs(db: Kysely<any>): Promise<void> {
  await sql`drop table if exists lk_compared`.execute(db);
  await sql`create temp table lk_compared as
            select *, (${sql.raw(PATTERN_SQL)})::integer as pattern from (
              select c.a, c.b, ea.agency_id = eb.agency_id as same_agency, ${sql.raw(comparisonLevelsSql('ea', 'eb'))}
              from lk_candidates c
              join linkage_encodings ea on ea.encoding_id = c.a
              join linkage_encodings eb on eb.encoding_id = c.b
            ) levels`.execute(db);
  await sql`analyze lk_compared`.execute(db);
}

/** How many candidate pairs (or only those listed in `only`) show each comparison pattern. */
export async function candidatePatterns(db: Kysely<any>, only?: 'lk_moved'): Promise<ComparisonPattern[]> {
  const columns = sql.raw(COMPARISONS.map((comparison) => comparison.name).join(', '));
  const from = only ? sql`lk_compared join ${sql.table(only)} using (a, b)` : sql`lk_compared`;
  const result = await sql<Record<ComparisonName | 'count', number>>`
    select ${columns}, count(*)::bigint as count from ${from} group by ${columns}`.execute(db);
  return result.rows.map(toPattern);
}

export function toPattern(row: Record<string, number>): ComparisonPattern {
  return { levels: COMPARISONS.map((comparison) => Number(row[comparison.name])), count: Number(row.count) };
}
