import { levelLabel, MISSING_LEVEL, COMPARISONS, type ComparisonName } from './comparisons.js';
import { MODEL_TERMS } from './model-terms.js';

/** The m and u probabilities of one level of one model term. */
export interface LevelParameters {
  level: number;
  label: string;
  /** P(level | the records are one person), estimated by expectation maximisation. */
  m: number;
  /** P(level | two different people), estimated from random pairs of records. */
  u: number;
}

export interface MatchModel {
  /** One entry per model term (see `MODEL_TERMS`), in that order. */
  terms: { name: string; description: string; levels: LevelParameters[] }[];
  /** Probability that two records drawn at random are one person. */
  lambda: number;
  /**
   * The prior (log2 odds) for two records from one agency and for two from
   * different agencies, where both kinds were seen (see `priorByKind`);
   * without it every pair starts from lambda.
   */
  priorByKind?: PriorByKind;
}

export interface PriorByKind {
  withinAgency: number;
  acrossAgencies: number;
}

export type PairKind = keyof PriorByKind;

/** The kind of a pair of records, by the agencies that sent them. */
export function pairKind(agencyA: string, agencyB: string): PairKind {
  return agencyA === agencyB ? 'withinAgency' : 'acrossAgencies';
}

export interface WeightContribution {
  term: string;
  description: string;
  level: number;
  label: string;
  /** Null for a missing level, which contributes nothing. */
  m: number | null;
  u: number | null;
  /** log2(m/u): bits of evidence for (positive) or against (negative) a match. */
  weight: number;
}

export interface MatchWeight {
  /** log2(lambda / (1 - lambda)): where every pair starts before any evidence. */
  prior: number;
  /** One per model term that applies to the pair. */
  contributions: WeightContribution[];
  /** Prior plus every contribution. */
  total: number;
  probability: number;
}

/**
 * The match weight of a pair, as Splink's waterfall shows it: the prior log
 * odds, plus one log2 Bayes factor per term, giving the posterior log odds and
 * so the probability that the two records are one person.
 */
export function matchWeight(model: MatchModel, levels: Readonly<Record<ComparisonName, number>>, kind?: PairKind): MatchWeight {
  const prior = kind && model.priorByKind ? model.priorByKind[kind] : Math.log2(model.lambda / (1 - model.lambda));
  const contributions: WeightContribution[] = [];
  MODEL_TERMS.forEach((term, index) => {
    if (term.applies && !term.applies(levels)) return;
    const level = levels[term.comparison];
    const parameters = model.terms[index].levels.find((candidate) => candidate.level === level);
    const comparison = COMPARISONS.find((candidate) => candidate.name === term.comparison)!;
    if (level === MISSING_LEVEL || !parameters) {
      contributions.push({ term: term.name, description: term.description, level, label: levelLabel(comparison, level), m: null, u: null, weight: 0 });
    } else {
      const weight = Math.log2(parameters.m / parameters.u);
      contributions.push({ term: term.name, description: term.description, level, label: parameters.label, m: parameters.m, u: parameters.u, weight });
    }
  });
  const total = contributions.reduce((sum, contribution) => sum + contribution.weight, prior);
  return { prior, contributions, total, probability: probabilityFromWeight(total) };
}

export function probabilityFromWeight(weight: number): number {
  return 1 / (1 + Math.pow(2, -weight));
}

export function weightFromProbability(probability: number): number {
  return Math.log2(probability / (1 - probability));
}
