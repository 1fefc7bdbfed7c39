import { badUserInput } from '@joined-up/federation';

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/** Months from `from` to `to` inclusive, YYYY-MM; either end may be open. */
export interface MonthRange {
  from: string | null;
  to: string | null;
}

/**
 * Reads a person's `attendance(from, to)` arguments. Unlike area figures, a
 * person's history has no default window: without bounds, every month held.
 * Malformed or reversed bounds get a BAD_USER_INPUT error saying what to send.
 */
export function monthRange(from: string | null | undefined, to: string | null | undefined): MonthRange {
  for (const [name, value] of [['from', from], ['to', to]] as const) {
    if (value != null && !MONTH.test(value)) {
      throw badUserInput(`\`${name}\` must be a month written YYYY-MM, such as 2025-01; got "${value}".`, { argument: name });
    }
  }
  if (from != null && to != null && from > to) throw badUserInput(`\`from\` (${from}) is after \`to\` (${to}); swap them.`, { argument: 'from' });
  return { from: from ?? null, to: to ?? null };
}

export function inRange(month: string, range: MonthRange): boolean {
  return (range.from === null || month >= range.from) && (range.to === null || month <= range.to);
}
