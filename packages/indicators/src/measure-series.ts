import { sql, type Kysely, type RawBuilder } from 'kysely';
import { areaCodesTable, inArea } from '@joined-up/statistics';
import { Granularity } from './indicator-enums.js';
import { periodsTable, type MeasureQuery, type MeasureRow } from './measure-implementation.js';

/**
 * The first day of the period a date column falls in: what measures group by.
 * A date, not the period's label, because grouping and joining on dates is far
 * cheaper than on text formatted per row.
 */
export function periodStartOf(columnName: string, query: MeasureQuery): RawBuilder<string> {
  const column = sql.raw(columnName);
  const unit = query.granularity === Granularity.QUARTER ? sql.raw(`'quarter'`) : sql.raw(`'month'`);
  return sql<string>`date_trunc(${unit}, ${column}::timestamp)::date`;
}

/** Whether a date column lies within the periods of the query. */
export function inPeriods(columnName: string, query: MeasureQuery): RawBuilder<boolean> {
  const column = sql.raw(columnName);
  return sql<boolean>`(${column} >= ${query.startDate}::date and ${column} < ${query.endDate}::date)`;
}

/**
 * Rows of `(code, period_start, n)` from a count the agency keeps per place
 * and period (`granularity`, `period_start`, `local_authority_code`,
 * `lsoa_code`, and the counted `column`, `n` unless named): a few rows per
 * LSOA and period, however many events lie behind them.
 */
export function keptCounts(table: string, query: MeasureQuery, column = 'n'): RawBuilder<unknown> {
  return sql`
    select area.code, c.period_start, sum(c.${sql.id(column)}) as n
    from area join ${sql.id(table)} c on ${inArea('c', query.areaCodes)}
    where c.granularity = ${query.granularity === Granularity.QUARTER ? 'quarter' : 'month'} and ${inPeriods('c.period_start', query)}
    group by area.code, c.period_start`;
}

export interface SeriesParts {
  /** Extra common table expressions (`name as (...)`) the parts below may read. */
  with?: RawBuilder<unknown>[];
  /** Rows of `(code, period_start, n)`: the numerator for each area and period that has any. */
  count: RawBuilder<unknown>;
  /** Rows of `(code, period_start, n)`: the population a rate is taken over; absent for plain counts. */
  denominator?: RawBuilder<unknown>;
}

/**
 * One statement for a measure over many areas and periods. The parts group
 * each agency table once by area and period (one pass over the rows in
 * range), rather than one correlated count per period; the outer select then
 * gives every area and period of the query a row, zero where nothing
 * happened. The parts read the common tables `area(code,
 * local_authority_code, lsoa_code)` and `periods(period, period_start,
 * period_end)`.
 */
export async function measureSeries<DB>(db: Kysely<DB>, query: MeasureQuery, parts: SeriesParts): Promise<MeasureRow[]> {
  const ctes = [
    sql`area as (select * from ${areaCodesTable(query.areaCodes)})`,
    sql`periods as (select * from ${periodsTable(query)})`,
    ...(parts.with ?? []),
    sql`counts as (${parts.count})`,
    ...(parts.denominator ? [sql`denominators as (${parts.denominator})`] : []),
  ];
  const denominator = parts.denominator ? sql`coalesce(denominators.n, 0)::bigint` : sql`null::int`;
  const joinDenominators = parts.denominator
    ? sql`left join denominators on denominators.code = area.code and denominators.period_start = periods.period_start`
    : sql``;
  const { rows } = await sql<MeasureRow>`
    with ${sql.join(ctes)}
    select area.code, periods.period, coalesce(counts.n, 0)::bigint as count, ${denominator} as denominator
    from area cross join periods
    left join counts on counts.code = area.code and counts.period_start = periods.period_start
    ${joinDenominators}
  `.execute(db);
  return rows;
}
