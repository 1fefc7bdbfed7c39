import { describe, expect, it } from 'vitest';
import { isCalendarDate } from '../calendar-date.js';

describe('isCalendarDate', () => {
  it('accepts real days, leap days included', () => {
    for (const day of ['2024-02-29', '2026-12-31', '0001-01-01', '9999-12-31']) expect(isCalendarDate(day), day).toBe(true);
  });

  it('refuses days no calendar has, and other spellings', () => {
    for (const day of ['2026-02-31', '2023-02-29', '2026-13-01', '2026-00-10', '0000-01-01', '2026-1-5', '2026-01-05T00:00:00Z', ' 2026-01-05', '']) {
      expect(isCalendarDate(day), day).toBe(false);
    }
  });
});
