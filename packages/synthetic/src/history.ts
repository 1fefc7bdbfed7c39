/**
 * The months events are drawn over, and the gentle trends and seasons that make
 * indicators move. Rates are annual; a month gets a twelfth, scaled.
 */
import { calendarMonth, daysInMonth, HISTORY_START, monthIndexOf, monthStartDay, toDay } from './dates.js';
import type { Random } from './prng.js';
import type { AddressPeriod, TruePerson } from './true-person.js';

export interface History {
  /** Month indices (year * 12 + month - 1) from January 2023 to the as-of month. */
  months: number[];
  startDay: number;
  asOfDay: number;
}

export function historyUntil(asOfDay: number): History {
  const startDay = toDay(HISTORY_START);
  const months: number[] = [];
  for (let m = monthIndexOf(startDay); m <= monthIndexOf(asOfDay); m++) months.push(m);
  return { months, startDay, asOfDay };
}

/** Years elapsed since the start of the history at the start of a month: drives trends. */
export function yearsIn(history: History, monthIndex: number): number {
  return (monthIndex - history.months[0]) / 12;
}

/** A rate that changes by `perYear` (e.g. +0.07 = 7% a year), never below a fifth of its start. */
export function trend(history: History, monthIndex: number, perYear: number): number {
  return Math.max(0.2, 1 + perYear * yearsIn(history, monthIndex));
}

/** Winter pressure on A&E and absence; summer for street crime. */
export function winter(monthIndex: number, strength: number): number {
  const month = calendarMonth(monthIndex);
  return month === 12 || month <= 2 ? 1 + strength : month >= 6 && month <= 8 ? 1 - strength / 2 : 1;
}

export function summer(monthIndex: number, strength: number): number {
  const month = calendarMonth(monthIndex);
  return month >= 5 && month <= 8 ? 1 + strength : month === 12 || month <= 2 ? 1 - strength / 2 : 1;
}

/** Share of a month that has happened by the as-of day (1 for past months). */
export function monthElapsed(history: History, monthIndex: number): number {
  const start = monthStartDay(monthIndex);
  const length = daysInMonth(Math.floor(monthIndex / 12), calendarMonth(monthIndex));
  return Math.min(1, Math.max(0, (history.asOfDay - start + 1) / length));
}

/** A day within a month, never after the as-of day. */
export function dayInMonth(rng: Random, history: History, monthIndex: number): number {
  const start = monthStartDay(monthIndex);
  const length = daysInMonth(Math.floor(monthIndex / 12), calendarMonth(monthIndex));
  return start + rng.int(Math.max(1, Math.min(length, history.asOfDay - start + 1)));
}

/** A month of the history, later months weighted up by a rising trend. */
export function trendingMonth(rng: Random, history: History, perYear: number): number {
  return rng.weighted(history.months.map((m) => [m, trend(history, m, perYear) * monthElapsed(history, m)] as const));
}

/** Where a person lived on a day (their first known address before it began). */
export function addressOn(person: TruePerson, dayIso: string): AddressPeriod {
  const periods = person.addresses;
  for (let i = periods.length - 1; i >= 0; i--) if (periods[i].from <= dayIso) return periods[i];
  return periods[0];
}
