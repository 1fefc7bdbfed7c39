import { sql, type RawBuilder } from 'kysely';
import { findArea } from '@joined-up/geography';
import { badUserInput } from '@joined-up/federation';
import type { ReportingPeriod } from './reporting-period.js';

/** One area over one period: the key every agency's area-figure loader batches on. */
export interface AreaPeriod {
  areaCode: string;
  period: ReportingPeriod;
}

/** The area, or a BAD_USER_INPUT error naming the code that is not a known GSS code. */
export function knownArea(code: string) {
  const area = findArea(code);
  if (!area) {
    throw badUserInput(`"${code}" is not a GSS code of an area the partnership covers (e.g. E09000022 for Lambeth).`, {
      argument: 'code',
    });
  }
  return area;
}

/**
 * `(values ('E09000022'), ('E01003013')) as area(code)`: join it to an agency
 * table on `lsoa_code` or `local_authority_code` to count for many areas of
 * either kind in one statement.
 */
export function areaCodesTable(codes: readonly string[]): RawBuilder<unknown> {
  return sql`(values ${sql.join(codes.map((code) => sql`(${code}::text)`))}) as area(code)`;
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
