/**
 * Expectation maximisation for the Fellegi–Sunter model, run on the table of
 * comparison patterns (one row per distinct combination of levels, with how
 * many candidate pairs show it) rather than on the pairs themselves: the
 * database groups millions of pairs into at most a few thousand patterns, and
 * this loop runs on those in milliseconds.
 *
 * Each pair is a match (M) or not (U). Given the parameters, the E step gives
 * each pattern its probability of being a match; the M step re-estimates the
 * share of matches (lambda) and, per comparison, the distribution of levels
 * among matches (m) and non-matches (u), weighting every pattern by its count
 * and that probability. A missing level (-1) is evidence of nothing and is
 * left out of both, as Splink does.
 */
export interface ComparisonPattern {
  /** One level per comparison, in the order of `EmOptions.levels`; -1 for missing. */
  levels: readonly number[];
  count: number;
}

export interface EmOptions {
  /** Number of (non-missing) levels of each comparison: levels run 0 … n-1. */
  levels: readonly number[];
  /** Starting m probabilities, per comparison, indexed by level. */
  m: readonly (readonly number[])[];
  /** Starting u probabilities; held fixed when `fixU` is set. */
  u: readonly (readonly number[])[];
  lambda: number;
  /** Keep u at its starting values (when estimated elsewhere, from random pairs). */
  fixU?: boolean;
  /**
   * Comparisons whose u is re-estimated even with `fixU`: those the session's
   * own pairs make more common among non-matches than random pairs show.
   */
  freeU?: readonly number[];
  maxIterations?: number;
  /** Stop when no parameter moves by more than this. */
  tolerance?: number;
  /**
   * Pairs' worth added to every level in each M step (default 0). A level no
   * candidate pair reached in a small run would otherwise get m = 0 and an
   * infinite weight against; one pair's worth keeps it finite and, among
   * thousands of pairs, moves nothing else.
   */
  pseudoCount?: number;
  /**
   * Applied to m after each M step: for a level whose m the session's pairs
   * cannot identify, the value a model of how the field goes wrong bounds it at.
   */
  constrainM?: (m: number[][]) => number[][];
}

export interface EmResult {
  m: number[][];
  u: number[][];
  lambda: number;
  iterations: number;
  converged: boolean;
}

/** Probabilities are kept off 0 and 1, where a log Bayes factor would be infinite. */
const FLOOR = 1e-9;

export function expectationMaximisation(patterns: readonly ComparisonPattern[], options: EmOptions): EmResult {
  const maxIterations = options.maxIterations ?? 200;
  const tolerance = options.tolerance ?? 1e-7;
  let m = options.m.map((row) => normalise([...row]));
  let u = options.u.map((row) => normalise([...row]));
  let lambda = options.lambda;
  const total = patterns.reduce((sum, pattern) => sum + pattern.count, 0);
  if (total === 0) return { m, u, lambda, iterations: 0, converged: true };

  for (let iteration = 1; iteration <= maxIterations; iteration++) {
    const mCounts = options.levels.map((n) => new Array<number>(n).fill(options.pseudoCount ?? 0));
    const uCounts = options.levels.map((n) => new Array<number>(n).fill(options.pseudoCount ?? 0));
    let matches = 0;
    for (const pattern of patterns) {
      const match = matchProbability(pattern.levels, m, u, lambda);
      const asMatch = pattern.count * match;
      const asNonMatch = pattern.count - asMatch;
      matches += asMatch;
      pattern.levels.forEach((level, comparison) => {
        if (level < 0) return;
        mCounts[comparison][level] += asMatch;
        uCounts[comparison][level] += asNonMatch;
      });
    }
    const next = {
      m: options.constrainM ? options.constrainM(mCounts.map(normalise)) : mCounts.map(normalise),
      u: options.fixU ? u.map((row, comparison) => (options.freeU?.includes(comparison) ? normalise(uCounts[comparison]) : row)) : uCounts.map(normalise),
      lambda: Math.min(1 - FLOOR, Math.max(FLOOR, matches / total)),
    };
    const change = Math.max(Math.abs(next.lambda - lambda), largestChange(next.m, m), largestChange(next.u, u));
    ({ m, u, lambda } = next);
    if (change < tolerance) return { m, u, lambda, iterations: iteration, converged: true };
  }
  return { m, u, lambda, iterations: maxIterations, converged: false };
}

/** Posterior probability that a pattern is a match, computed in log space so twenty strong agreements do not overflow. */
export function matchProbability(levels: readonly number[], m: readonly (readonly number[])[], u: readonly (readonly number[])[], lambda: number): number {
  let logOdds = Math.log(lambda) - Math.log(1 - lambda);
  levels.forEach((level, comparison) => {
    if (level >= 0) logOdds += Math.log(m[comparison][level]) - Math.log(u[comparison][level]);
  });
  return 1 / (1 + Math.exp(-logOdds));
}

function normalise(counts: number[]): number[] {
  const floored = counts.map((count) => Math.max(count, 0));
  const sum = floored.reduce((total, count) => total + count, 0);
  if (sum === 0) return floored.map(() => 1 / floored.length);
  return floored.map((count) => Math.min(1 - FLOOR, Math.max(FLOOR, count / sum)));
}

function largestChange(a: readonly (readonly number[])[], b: readonly (readonly number[])[]): number {
  let largest = 0;
  a.forEach((row, i) => row.forEach((value, j) => (largest = Math.max(largest, Math.abs(value - b[i][j])))));
  return largest;
}
