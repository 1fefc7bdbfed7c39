import { IndicatorTrend, Polarity } from './indicator-enums.js';

/** Periods looked back over, published values needed, and the change that counts as movement. */
export const TREND_WINDOW = 6;
export const TREND_MINIMUM_POINTS = 4;
export const TREND_THRESHOLD = 0.05;

/**
 * The direction of a series over its last `TREND_WINDOW` periods (oldest
 * first; null for a suppressed or missing value). A least-squares line through
 * the published points gives the change across the window; relative to the
 * mean level, less than 5% is no change.
 */
export function trendOf(series: readonly (number | null)[], polarity: Polarity): IndicatorTrend {
  const window = series.slice(-TREND_WINDOW);
  const points = window.flatMap((value, index) => (value === null ? [] : [{ x: index, y: value }]));
  if (points.length < TREND_MINIMUM_POINTS) return IndicatorTrend.NOT_ENOUGH_DATA;
  const meanX = points.reduce((sum, point) => sum + point.x, 0) / points.length;
  const meanY = points.reduce((sum, point) => sum + point.y, 0) / points.length;
  const covariance = points.reduce((sum, point) => sum + (point.x - meanX) * (point.y - meanY), 0);
  const variance = points.reduce((sum, point) => sum + (point.x - meanX) ** 2, 0);
  const change = (covariance / variance) * (window.length - 1);
  const relative = meanY === 0 ? (change === 0 ? 0 : Math.sign(change)) : change / Math.abs(meanY);
  if (Math.abs(relative) < TREND_THRESHOLD) return IndicatorTrend.NO_CHANGE;
  const rising = relative > 0;
  return rising === (polarity === Polarity.HIGHER_IS_BETTER) ? IndicatorTrend.IMPROVING : IndicatorTrend.WORSENING;
}
