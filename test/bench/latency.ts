/** Percentile of a list of durations (nearest rank). */
export function percentile(values: readonly number[], fraction: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(fraction * sorted.length) - 1))];
}

export function formatMs(value: number): string {
  return Number.isNaN(value) ? '-' : value < 10 ? value.toFixed(1) : value.toFixed(0);
}
