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

/** A range of whole periods, as a measure is asked for it: first day of the first, first day after the last. */
export interface PeriodRange {
  startDate: string;
  endDate: string;
}

const later = (a: string, b: string) => (a > b ? a : b);
const earlier = (a: string, b: string) => (a < b ? a : b);

/** The month after the last complete period: January 2023's series is open to here. */
function seriesEndMonth(granularity: Granularity, today: Date): string {
  return seriesRange(granularity, today).endDate.slice(0, 7);
}

/** The last month of the last complete period: the default end of a values request. */
export function lastCompleteMonth(granularity: Granularity, today = new Date()): string {
  return addMonths(seriesEndMonth(granularity, today), -1);
}

/**
 * The periods of the series that overlap the months `first` to `last`
 * (YYYY-MM), or null when none do. Only these are computed for a values
 * request, rather than the whole series since January 2023.
 */
export function periodsCovering(granularity: Granularity, first: string, last: string, today = new Date()): PeriodRange | null {
  const step = granularity === Granularity.QUARTER ? 3 : 1;
  const periodStart = (month: string) => addMonths(month, -((Number(month.slice(5, 7)) - 1) % step));
  const start = later(periodStart(first), EARLIEST_MONTH);
  const end = earlier(addMonths(periodStart(last), step), seriesEndMonth(granularity, today));
  return start < end ? { startDate: `${start}-01`, endDate: `${end}-01` } : null;
}

/** The last `count` complete periods (fewer when the series is shorter): what trend and status look at. */
export function lastPeriods(granularity: Granularity, count: number, today = new Date()): PeriodRange {
  const end = seriesEndMonth(granularity, today);
  const start = later(addMonths(end, -count * (granularity === Granularity.QUARTER ? 3 : 1)), EARLIEST_MONTH);
  return { startDate: `${start}-01`, endDate: `${end}-01` };
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
