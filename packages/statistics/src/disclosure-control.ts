/**
 * Statistical disclosure control for every figure Joined-Up publishes.
 *
 * The rule, as agreed with the agencies' data protection officers:
 * - a count from 1 to 7 is suppressed: it could point at an individual;
 * - zero is shown as zero (it identifies nobody);
 * - every other count is rounded to the nearest 5, so that suppressed cells
 *   cannot be recovered by subtracting published totals;
 * - a rate is suppressed when its numerator or denominator is suppressed, and
 *   otherwise computed from the unrounded counts and shown to one decimal.
 */
export const SUPPRESSION_THRESHOLD = 7;
export const ROUNDING_BASE = 5;

export interface DisclosedCount {
  value: number | null;
  suppressed: boolean;
  reason: string | null;
}

export interface DisclosedRate {
  /** Per `per` (e.g. percentage when `per` is 100), or null when suppressed. */
  value: number | null;
  per: number;
  numerator: DisclosedCount;
  denominator: DisclosedCount;
  suppressed: boolean;
  reason: string | null;
}

export const SUPPRESSION_REASON = `Fewer than ${SUPPRESSION_THRESHOLD + 1} and more than 0: suppressed to protect individuals.`;

export function discloseCount(raw: number): DisclosedCount {
  if (!Number.isFinite(raw) || raw < 0) throw new Error(`A count must be a non-negative number, got ${raw}.`);
  if (raw === 0) return { value: 0, suppressed: false, reason: null };
  if (raw <= SUPPRESSION_THRESHOLD) return { value: null, suppressed: true, reason: SUPPRESSION_REASON };
  return { value: Math.round(raw / ROUNDING_BASE) * ROUNDING_BASE, suppressed: false, reason: null };
}

export function discloseRate(numerator: number, denominator: number, per = 100): DisclosedRate {
  const top = discloseCount(numerator);
  const bottom = discloseCount(denominator);
  if (top.suppressed || bottom.suppressed) {
    return {
      value: null,
      per,
      numerator: top,
      denominator: bottom,
      suppressed: true,
      reason: `Computed from a suppressed ${top.suppressed ? 'numerator' : 'denominator'}.`,
    };
  }
  const value = denominator === 0 ? null : Math.round((numerator / denominator) * per * 10) / 10;
  return {
    value,
    per,
    numerator: top,
    denominator: bottom,
    suppressed: false,
    reason: denominator === 0 ? 'No denominator: nothing to divide by in this period.' : null,
  };
}
