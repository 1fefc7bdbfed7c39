/**
 * Calendar arithmetic on day numbers (days since 1970-01-01, UTC). Millions of
 * dates are made per run, so conversions use integer civil-calendar formulas
 * rather than Date objects.
 */

/** Events are generated from this day: the report's trends need history to move against. */
export const HISTORY_START = '2023-01-01';

/** Day number of a `YYYY-MM-DD` date. */
export function toDay(iso: string): number {
  return daysFromCivil(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)), Number(iso.slice(8, 10)));
}

/** Day number of a civil date (Hinnant's days_from_civil). */
export function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** [year, month, day] of a day number (Hinnant's civil_from_days). */
export function civilFromDays(dayNumber: number): [number, number, number] {
  const z = dayNumber + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return [yoe + era * 400 + (month <= 2 ? 1 : 0), month, day];
}

function pad2(value: number): string {
  return value < 10 ? `0${value}` : String(value);
}

export function isoDate(dayNumber: number): string {
  const [year, month, day] = civilFromDays(dayNumber);
  return `${year}-${pad2(month)}-${pad2(day)}`;
}

/** ISO 8601 timestamp in UTC for a day number and minutes past midnight. */
export function isoTimestamp(dayNumber: number, minuteOfDay: number): string {
  return `${isoDate(dayNumber)}T${pad2(Math.floor(minuteOfDay / 60))}:${pad2(minuteOfDay % 60)}:00Z`;
}

export function isValidCivilDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= daysInMonth(year, month);
}

export function daysInMonth(year: number, month: number): number {
  return daysFromCivil(month === 12 ? year + 1 : year, month === 12 ? 1 : month + 1, 1) - daysFromCivil(year, month, 1);
}

/** Whole years from a date of birth to a date, both `YYYY-MM-DD`. */
export function ageOn(dateOfBirth: string, on: string): number {
  const years = Number(on.slice(0, 4)) - Number(dateOfBirth.slice(0, 4));
  return on.slice(5) < dateOfBirth.slice(5) ? years - 1 : years;
}

/** Whole years between two day numbers. */
export function ageInYears(birthDay: number, onDay: number): number {
  const [by, bm, bd] = civilFromDays(birthDay);
  const [y, m, d] = civilFromDays(onDay);
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}

/** The day someone born on `birthDay` turns `age` (1 March for a 29 February birthday in a common year). */
export function anniversary(birthDay: number, age: number): number {
  const [year, month, day] = civilFromDays(birthDay);
  return daysFromCivil(year + age, month, day);
}

/** A calendar month as a running index (year * 12 + month - 1), cheap to step through. */
export function monthIndexOf(dayNumber: number): number {
  const [year, month] = civilFromDays(dayNumber);
  return year * 12 + month - 1;
}

export function monthStartDay(monthIndex: number): number {
  return daysFromCivil(Math.floor(monthIndex / 12), (monthIndex % 12) + 1, 1);
}

/** `YYYY-MM-01` for a month index. */
export function isoMonth(monthIndex: number): string {
  return `${Math.floor(monthIndex / 12)}-${pad2((monthIndex % 12) + 1)}-01`;
}

/** Calendar month (1–12) of a month index. */
export function calendarMonth(monthIndex: number): number {
  return (monthIndex % 12) + 1;
}

/** 0 = Monday … 6 = Sunday. */
export function weekday(dayNumber: number): number {
  return (((dayNumber + 3) % 7) + 7) % 7;
}

/** Moves a weekend day to the following Monday: schools and councils work weekdays. */
export function nextWeekday(dayNumber: number): number {
  const wd = weekday(dayNumber);
  return wd === 5 ? dayNumber + 2 : wd === 6 ? dayNumber + 1 : dayNumber;
}

/** Today's date in UTC, the default "as of" for a population. */
export function todayUtc(): string {
  return new Date().toISOString().slice(0, 10);
}
