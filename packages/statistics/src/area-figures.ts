import { sql, type RawBuilder } from 'kysely';
import { areaCodeProblem, findArea } from '@joined-up/geography';
import { badUserInput } from '@joined-up/federation';
import type { ReportingPeriod } from './reporting-period.js';

/** One area over one period: the key every agency's area-figure loader batches on. */
export interface AreaPeriod {
  areaCode: string;
  period: ReportingPeriod;
}

/** The area, or a BAD_USER_INPUT error saying why the code is not an area the partnership covers. */
export function knownArea(code: string) {
  const problem = areaCodeProblem(code);
  if (problem) throw badUserInput(problem, { argument: 'code' });
  return findArea(code)!;
}

/**
 * `(values (...), (...)) as area(code, local_authority_code, lsoa_code)`: one
 * row per requested area, whether a local authority (lsoa_code null) or an
 * LSOA (with its local authority), to count for many areas of either kind in
 * one statement. Join agency tables to it with `inArea`.
 *
 * The place columns are `char(9)`, the type every agency stores GSS codes in
 * (a GSS code is always nine characters). Typed as `text`, a comparison with
 * an agency's column became `column::text = area.…`: PostgreSQL could then use
 * neither the (local_authority_code, ...) indexes nor the column's statistics,
 * guessed that a borough holds 0.5% of the rows rather than half, and planned
 * nested loops over thousands of rows it thought were a few dozen.
 */
export function areaCodesTable(codes: readonly string[]): RawBuilder<unknown> {
  const rows = codes.map((code) => {
    const area = knownArea(code);
    const authority = area.kind === 'LSOA' ? area.parentCode! : area.code;
    const lsoa = area.kind === 'LSOA' ? area.code : null;
    return sql`(${code}::text, ${authority}::char(9), ${lsoa}::char(9))`;
  });
  return sql`(values ${sql.join(rows)}) as area(code, local_authority_code, lsoa_code)`;
}

/**
 * Whether a row of an agency table (by its alias, or unqualified) lies in the
 * current `area`: same local authority, and same LSOA when the area is one.
 * Written this way, rather than "LSOA or authority equals the code", so the
 * (local_authority_code, ...) indexes every agency keeps can be used.
 *
 * Given the codes the `area` table was built from, the condition keeps only
 * the branch those areas need: plain equalities for only local authorities
 * or only LSOAs, which PostgreSQL estimates from the column's statistics.
 * The general form's `area.lsoa_code is null or ...` it cannot estimate: it
 * guessed a borough's thousands of rows were a hundred, and chose its joins
 * for a hundred.
 */
export function inArea(alias?: string, codes?: readonly string[]): RawBuilder<unknown> {
  const column = (name: string) => sql.raw(alias ? `${alias}.${name}` : name);
  const authority = sql`${column('local_authority_code')} = area.local_authority_code`;
  const kinds = new Set(codes?.map((code) => knownArea(code).kind));
  if (kinds.size === 1) return kinds.has('LSOA') ? sql`(${authority} and ${column('lsoa_code')} = area.lsoa_code)` : authority;
  return sql`(${authority} and (area.lsoa_code is null or ${column('lsoa_code')} = area.lsoa_code))`;
}

/**
 * Groups area-period keys by period so each distinct period costs one
 * statement however many areas it covers, then answers every key in order.
 */
export async function batchByPeriod<Value>(
  keys: readonly AreaPeriod[],
  fetch: (period: ReportingPeriod, areaCodes: string[]) => Promise<Map<string, Value>>,
  empty: () => Value,
): Promise<Value[]> {
  const byPeriod = new Map<string, { period: ReportingPeriod; codes: Set<string> }>();
  for (const { areaCode, period } of keys) {
    const periodKey = `${period.from}/${period.to}`;
    const entry = byPeriod.get(periodKey) ?? { period, codes: new Set<string>() };
    entry.codes.add(areaCode);
    byPeriod.set(periodKey, entry);
  }
  const results = new Map<string, Map<string, Value>>();
  await Promise.all(
    [...byPeriod].map(async ([periodKey, { period, codes }]) => {
      results.set(periodKey, await fetch(period, [...codes]));
    }),
  );
  return keys.map(({ areaCode, period }) => results.get(`${period.from}/${period.to}`)?.get(areaCode) ?? empty());
}

/** DataLoader cache key for an area-period. */
export function areaPeriodKey(key: AreaPeriod): string {
  return `${key.areaCode}|${key.period.from}|${key.period.to}`;
}
