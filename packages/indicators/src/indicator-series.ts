import { discloseCount, discloseRate, addMonths, monthOf, EARLIEST_MONTH } from '@joined-up/statistics';
import { Granularity } from './indicator-enums.js';
import type { IndicatorValue } from './indicator-value.type.js';
import type { MeasureRow } from './measure-implementation.js';

/** The complete periods an indicator has data for: from January 2023 to the last complete month or quarter. */
export function seriesRange(granularity: Granularity, today = new Date()): { startDate: string; endDate: string } {
  const current = monthOf(today);
  if (granularity === Granularity.MONTH) return { startDate: `${EARLIEST_MONTH}-01`, endDate: `${current}-01` };
  const [year, month] = current.split('-').map(Number);
  const quarterStart = `${year}-${String(month - ((month - 1) % 3)).padStart(2, '0')}`;
  return { startDate: `${EARLIEST_MONTH}-01`, endDate: `${quarterStart}-01` };
}

/** A period label's first month: `2025-04` for `2025-04` and for `2025-Q2`. */
export function firstMonthOf(period: string): string {
  const quarter = /^(\d{4})-Q([1-4])$/.exec(period);
  return quarter ? `${quarter[1]}-${String((Number(quarter[2]) - 1) * 3 + 1).padStart(2, '0')}` : period;
}

/** A period label's last month: `2025-06` for `2025-Q2`. */
export function lastMonthOf(period: string): string {
  return /-Q/.test(period) ? addMonths(firstMonthOf(period), 2) : period;
}

/** Applies disclosure control to one period's raw counts, as every published figure is. */
export function discloseValue(row: MeasureRow, per: number | null): IndicatorValue {
  if (per === null) {
    const count = discloseCount(row.count);
    return { period: row.period, count: count.value, denominator: null, value: count.value, suppressed: count.suppressed };
  }
  const rate = discloseRate(row.count, row.denominator ?? 0, per);
  return {
    period: row.period,
    count: rate.numerator.value,
    denominator: rate.denominator.value,
    value: rate.value,
    suppressed: rate.suppressed,
  };
}
