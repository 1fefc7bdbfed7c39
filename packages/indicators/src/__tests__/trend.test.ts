import { describe, expect, it } from 'vitest';
import { IndicatorTrend, Polarity } from '../indicator-enums.js';
import { trendOf } from '../trend.js';

describe('trendOf: direction over the last six periods', () => {
  it('calls a falling series improving when lower is better, worsening when higher is better', () => {
    const falling = [30, 28, 27, 25, 24, 22];
    expect(trendOf(falling, Polarity.LOWER_IS_BETTER)).toBe(IndicatorTrend.IMPROVING);
    expect(trendOf(falling, Polarity.HIGHER_IS_BETTER)).toBe(IndicatorTrend.WORSENING);
  });

  it('calls a rising series improving when higher is better', () => {
    expect(trendOf([10, 11, 13, 14, 16, 17], Polarity.HIGHER_IS_BETTER)).toBe(IndicatorTrend.IMPROVING);
  });

  it('calls a change of less than 5% of the mean no change', () => {
    expect(trendOf([100, 101, 99, 100, 102, 101], Polarity.LOWER_IS_BETTER)).toBe(IndicatorTrend.NO_CHANGE);
    // 100 -> 104 over the window is 4%: still no change.
    expect(trendOf([100, 100.8, 101.6, 102.4, 103.2, 104], Polarity.LOWER_IS_BETTER)).toBe(IndicatorTrend.NO_CHANGE);
    // 100 -> 106 is 6%: worsening when lower is better.
    expect(trendOf([100, 101.2, 102.4, 103.6, 104.8, 106], Polarity.LOWER_IS_BETTER)).toBe(IndicatorTrend.WORSENING);
  });

  it('looks only at the last six periods', () => {
    expect(trendOf([90, 80, 70, 60, 10, 11, 12, 13, 14, 15], Polarity.LOWER_IS_BETTER)).toBe(IndicatorTrend.WORSENING);
  });

  it('needs four published values among the six', () => {
    expect(trendOf([10, null, 12, null, 14, null], Polarity.HIGHER_IS_BETTER)).toBe(IndicatorTrend.NOT_ENOUGH_DATA);
    expect(trendOf([10, null, 12, 13, 14, null], Polarity.HIGHER_IS_BETTER)).toBe(IndicatorTrend.IMPROVING);
    expect(trendOf([5, 6, 7], Polarity.HIGHER_IS_BETTER)).toBe(IndicatorTrend.NOT_ENOUGH_DATA);
    expect(trendOf([], Polarity.HIGHER_IS_BETTER)).toBe(IndicatorTrend.NOT_ENOUGH_DATA);
  });

  it('treats a flat series of zeros as no change', () => {
    expect(trendOf([0, 0, 0, 0, 0, 0], Polarity.LOWER_IS_BETTER)).toBe(IndicatorTrend.NO_CHANGE);
  });
});
