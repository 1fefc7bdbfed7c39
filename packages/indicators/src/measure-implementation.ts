import { sql, type Kysely, type RawBuilder } from 'kysely';
import { addMonths } from '@joined-up/statistics';
import { Granularity } from './indicator-enums.js';

/** Raw counts for one area and one period, before disclosure control. */
export interface MeasureRow {
  code: string;
  period: string;
  count: number;
  denominator: number | null;
}

export interface MeasureQuery {
  areaCodes: string[];
  /** First day of the first period, YYYY-MM-DD. */
  startDate: string;
  /** First day after the last period, YYYY-MM-DD. */
  endDate: string;
  granularity: Granularity;
}

/** How an agency computes one measure of the catalogue from its own tables, for many areas in one statement. */
export type MeasureImplementation<DB> = (db: Kysely<DB>, query: MeasureQuery) => Promise<MeasureRow[]>;

/**
 * `(values ...) as periods(period, period_start, period_end)`: every month or
 * quarter of the query, labelled as clients see it, to cross join with the
 * area list so that periods with no events still appear with a zero count.
 *
 * Listed here rather than made by `generate_series` over dates, whose row
 * count PostgreSQL cannot foresee: it assumed a thousand periods, costed the
 * statements a hundred times too high and compiled them with JIT, which took
 * longer than running them.
 */
export function periodsTable(query: MeasureQuery): RawBuilder<unknown> {
  const step = query.granularity === Granularity.QUARTER ? 3 : 1;
  const end = query.endDate.slice(0, 7);
  const rows: RawBuilder<unknown>[] = [];
  for (let month = query.startDate.slice(0, 7); addMonths(month, step) <= end; month = addMonths(month, step)) {
    rows.push(sql`(${periodLabel(query.granularity, month)}::text, ${`${month}-01`}::date, ${`${addMonths(month, step)}-01`}::date)`);
  }
  // No period at all still needs a typed, empty table.
  if (rows.length === 0) return sql`(select null::text, null::date, null::date where false) as periods(period, period_start, period_end)`;
  return sql`(values ${sql.join(rows)}) as periods(period, period_start, period_end)`;
}

/** A period's label as clients see it: `2025-04` for a month, `2025-Q2` for the quarter it begins. */
function periodLabel(granularity: Granularity, month: string): string {
  return granularity === Granularity.QUARTER ? `${month.slice(0, 4)}-Q${Math.floor((Number(month.slice(5, 7)) - 1) / 3) + 1}` : month;
}
