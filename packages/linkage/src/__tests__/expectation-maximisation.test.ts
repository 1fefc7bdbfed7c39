import { describe, expect, it } from 'vitest';
import { expectationMaximisation, type ComparisonPattern } from '../expectation-maximisation.js';

/** Known parameters: four comparisons, levels weakest first, as the linkage model has them. */
const TRUTH = {
  lambda: 0.08,
  m: [
    [0.02, 0.08, 0.9],
    [0.05, 0.1, 0.85],
    [0.03, 0.02, 0.95],
    [0.01, 0.99],
  ],
  u: [
    [0.95, 0.04, 0.01],
    [0.9, 0.07, 0.03],
    [0.97, 0.02, 0.01],
    [0.5, 0.5],
  ],
};
/** The third comparison is missing on a fifth of pairs, whatever their class (as a date of birth a voluntary body never asked). */
const MISSING = { comparison: 2, share: 0.2 };

/** The exact expected pattern counts of a million pairs drawn from the model: EM's fixed point should be the truth. */
function expectedPatterns(pairs: number): ComparisonPattern[] {
  const patterns: ComparisonPattern[] = [];
  const levels = TRUTH.m.map((row) => row.length);
  const visit = (prefix: number[]) => {
    if (prefix.length === levels.length) {
      const probability = (class_: number[][]) =>
        prefix.reduce((product, level, c) => {
          if (c === MISSING.comparison) return product * (level < 0 ? MISSING.share : (1 - MISSING.share) * class_[c][level]);
          return product * class_[c][level];
        }, 1);
      patterns.push({ levels: prefix, count: pairs * (TRUTH.lambda * probability(TRUTH.m) + (1 - TRUTH.lambda) * probability(TRUTH.u)) });
      return;
    }
    const c = prefix.length;
    const options = [...Array(levels[c]).keys(), ...(c === MISSING.comparison ? [-1] : [])];
    for (const level of options) visit([...prefix, level]);
  };
  visit([]);
  return patterns;
}

const levels = TRUTH.m.map((row) => row.length);
const flat = (n: number) => Array.from({ length: n }, () => 1 / n);
const peaked = (n: number) => Array.from({ length: n }, (_, level) => (level === n - 1 ? 0.8 : 0.2 / (n - 1)));

describe('expectation maximisation', () => {
  it('recovers known m, u and lambda from the pattern table, starting far from them', () => {
    const result = expectationMaximisation(expectedPatterns(1_000_000), {
      levels,
      m: levels.map(peaked),
      u: levels.map(flat),
      lambda: 0.5,
      maxIterations: 2000,
      tolerance: 1e-10,
    });
    expect(result.converged).toBe(true);
    expect(result.lambda).toBeCloseTo(TRUTH.lambda, 4);
    result.m.forEach((row, c) => row.forEach((value, level) => expect(value).toBeCloseTo(TRUTH.m[c][level], 3)));
    result.u.forEach((row, c) => row.forEach((value, level) => expect(value).toBeCloseTo(TRUTH.u[c][level], 3)));
  });

  it('recovers m and lambda with u held at values estimated elsewhere, as Splink trains', () => {
    const result = expectationMaximisation(expectedPatterns(200_000), {
      levels,
      m: levels.map(peaked),
      u: TRUTH.u,
      lambda: 0.5,
      fixU: true,
      tolerance: 1e-10,
      maxIterations: 2000,
    });
    expect(result.u).toEqual(TRUTH.u);
    expect(result.lambda).toBeCloseTo(TRUTH.lambda, 4);
    result.m.forEach((row, c) => row.forEach((value, level) => expect(value).toBeCloseTo(TRUTH.m[c][level], 3)));
  });

  it('keeps a level no pair reached finite when given a pseudo-count', () => {
    const patterns = expectedPatterns(10_000).filter((pattern) => pattern.levels[3] === 1);
    const result = expectationMaximisation(patterns, { levels, m: levels.map(peaked), u: TRUTH.u, lambda: 0.5, fixU: true, pseudoCount: 1 });
    expect(result.m[3][0]).toBeGreaterThan(0);
    expect(Number.isFinite(Math.log2(result.m[3][0] / TRUTH.u[3][0]))).toBe(true);
  });

  it('holds a level the pairs cannot identify at the bound it is given, and learns the rest', () => {
    // Non-matches that show the first comparison's weakest level far more often than u says
    // (relatives, say) would pull its m up; held at its true value, the rest is still recovered.
    const patterns = expectedPatterns(200_000).map((pattern) => (pattern.levels[0] === 0 && pattern.levels[2] === 2 ? { ...pattern, count: pattern.count * 3 } : pattern));
    const held = TRUTH.m[0][0];
    const options = { levels, m: levels.map(peaked), u: TRUTH.u, lambda: 0.5, fixU: true, tolerance: 1e-10, maxIterations: 2000 };
    expect(expectationMaximisation(patterns, options).m[0][0]).toBeGreaterThan(2 * held);
    const result = expectationMaximisation(patterns, {
      ...options,
      constrainM: (m) => m.map((row, c) => (c === 0 ? row.map((value, level) => (level === 0 ? held : (value / (1 - row[0])) * (1 - held))) : row)),
    });
    expect(result.m[0][0]).toBe(held);
    expect(result.m[0].reduce((sum, value) => sum + value, 0)).toBeCloseTo(1, 10);
    expect(result.lambda).toBeGreaterThan(TRUTH.lambda * 0.9);
  });

  it('returns its starting point for an empty table', () => {
    const result = expectationMaximisation([], { levels, m: TRUTH.m, u: TRUTH.u, lambda: 0.1 });
    expect(result).toMatchObject({ lambda: 0.1, iterations: 0, converged: true });
  });
});
