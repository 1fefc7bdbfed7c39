import { describe, expect, it } from 'vitest';
import { ageOn } from '../index.js';
import { ageInYears, daysFromCivil, isoDate, isoMonth, monthIndexOf, toDay, weekday } from '../dates.js';

describe('dates', () => {
  it('counts whole years, turning on the birthday', () => {
    expect(ageOn('2010-06-15', '2026-06-14')).toBe(15);
    expect(ageOn('2010-06-15', '2026-06-15')).toBe(16);
    expect(ageOn('2008-02-29', '2026-02-28')).toBe(17);
    expect(ageOn('2008-02-29', '2026-03-01')).toBe(18);
  });

  it('round-trips day numbers and ISO dates across leap years and centuries', () => {
    for (let day = toDay('1899-12-25'); day < toDay('2101-01-05'); day += 17) {
      expect(toDay(isoDate(day))).toBe(day);
    }
    expect(toDay('1970-01-01')).toBe(0);
    expect(isoDate(daysFromCivil(2024, 2, 29))).toBe('2024-02-29');
    expect(isoDate(toDay('2023-12-31') + 1)).toBe('2024-01-01');
  });

  it('agrees with the Date object', () => {
    for (const iso of ['1936-07-04', '2000-02-29', '2023-01-01', '2026-11-28']) {
      expect(toDay(iso)).toBe(Date.parse(iso) / 86_400_000);
      expect(weekday(toDay(iso))).toBe((new Date(iso).getUTCDay() + 6) % 7);
    }
  });

  it('names months by their first day and ages by day numbers', () => {
    expect(isoMonth(monthIndexOf(toDay('2025-09-17')))).toBe('2025-09-01');
    expect(ageInYears(toDay('2010-06-15'), toDay('2026-06-15'))).toBe(16);
  });
});
