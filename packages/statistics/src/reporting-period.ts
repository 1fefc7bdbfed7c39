import { badUserInput } from '@joined-up/federation';

/** A run of whole calendar months, inclusive at both ends. */
export interface ReportingPeriod {
  /** First month, `YYYY-MM`. */
  from: string;
  /** Last month, `YYYY-MM`. */
  to: string;
  /** First day of the period, `YYYY-MM-DD`. */
  startDate: string;
  /** First day after the period, `YYYY-MM-DD` (exclusive bound for SQL). */
  endDate: string;
}

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;
/** Figures are kept from January 2023; earlier months have no data to show. */
export const EARLIEST_MONTH = '2023-01';
/** Longest period one request may cover, to bound the work it causes. */
const MAX_MONTHS = 120;

/**
 * Reads `from`/`to` arguments (`YYYY-MM`). Missing bounds default to the last
 * twelve complete months. Malformed or reversed bounds are the caller's
 * mistake and get a BAD_USER_INPUT error saying what to send.
 */
export function reportingPeriod(from: string | null | undefined, to: string | null | undefined, today = new Date()): ReportingPeriod {
  const lastComplete = addMonths(monthOf(today), -1);
  const end = to ?? lastComplete;
  const start = from ?? addMonths(end, -11);
  for (const [name, value] of [['from', start], ['to', end]] as const) {
    if (!MONTH.test(value)) throw badUserInput(`\`${name}\` must be a month written YYYY-MM, such as 2025-01; got "${value}".`, { argument: name });
  }
  if (start > end) throw badUserInput(`\`from\` (${start}) is after \`to\` (${end}); swap them.`, { argument: 'from' });
  if (monthsBetween(start, end) > MAX_MONTHS) {
    throw badUserInput(`A period may cover at most ${MAX_MONTHS} months; narrow \`from\`/\`to\`.`, { argument: 'from' });
  }
  return { from: start, to: end, startDate: `${start}-01`, endDate: `${addMonths(end, 1)}-01` };
}

export function monthOf(date: Date): string {
  return date.toISOString().slice(0, 7);
}

/** `YYYY-MM` plus `count` months (negative to go back). */
export function addMonths(month: string, count: number): string {
  const [year, monthNumber] = month.split('-').map(Number);
  const index = year * 12 + (monthNumber - 1) + count;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** Number of months from `from` to `to`, inclusive. */
export function monthsBetween(from: string, to: string): number {
  const [fromYear, fromMonth] = from.split('-').map(Number);
  const [toYear, toMonth] = to.split('-').map(Number);
  return (toYear - fromYear) * 12 + (toMonth - fromMonth) + 1;
}

/** Every month of a period, in order. */
export function monthsOf(period: Pick<ReportingPeriod, 'from' | 'to'>): string[] {
  return Array.from({ length: monthsBetween(period.from, period.to) }, (_, index) => addMonths(period.from, index));
}
