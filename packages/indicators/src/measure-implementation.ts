import { sql, type Kysely, type RawBuilder } from 'kysely';
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
 * `(select ... ) as periods(period, period_start, period_end)`: every month or
 * quarter of the query, labelled as clients see it, to cross join with the
 * area list so that periods with no events still appear with a zero count.
 */
export function periodsTable(query: MeasureQuery): RawBuilder<unknown> {
  const step = query.granularity === Granularity.QUARTER ? sql`interval '3 months'` : sql`interval '1 month'`;
  const label = query.granularity === Granularity.QUARTER ? sql`'YYYY-"Q"Q'` : sql`'YYYY-MM'`;
  return sql`(
    select to_char(start, ${label}) as period, start::date as period_start, (start + ${step})::date as period_end
    from generate_series(${query.startDate}::date, ${query.endDate}::date - ${step}, ${step}) as start
  ) as periods`;
}
