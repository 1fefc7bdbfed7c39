import { ProgressStatus, Polarity } from './indicator-enums.js';

/** Periods averaged for the current level, and the slack before "at risk" becomes "off track". */
export const CURRENT_LEVEL_PERIODS = 3;
export const CURRENT_LEVEL_MINIMUM_POINTS = 2;
export const AT_RISK_TOLERANCE = 0.1;

export interface TrajectoryDefinition {
  polarity: Polarity;
  baseline: number;
  /** Index (in months) of the baseline period. */
  baselineMonth: number;
  target: number;
  /** Index (in months) of the month containing the target date. */
  targetMonth: number;
}

/** A month as a number of months since year 0, so months subtract simply. */
export function monthIndex(month: string): number {
  const [year, monthNumber] = month.split('-').map(Number);
  return year * 12 + monthNumber - 1;
}

/**
 * Where an indicator stands against the straight line from its baseline to
 * its target. `recent` holds the last complete periods' published values
 * (oldest first, null when suppressed); `currentMonth` is the month index of
 * the last of them.
 */
export function trajectoryStatus(recent: readonly (number | null)[], currentMonth: number, definition: TrajectoryDefinition): ProgressStatus {
  const published = recent.slice(-CURRENT_LEVEL_PERIODS).filter((value): value is number => value !== null);
  if (published.length < CURRENT_LEVEL_MINIMUM_POINTS) return ProgressStatus.NOT_ENOUGH_DATA;
  const current = published.reduce((sum, value) => sum + value, 0) / published.length;
  const span = Math.max(1, definition.targetMonth - definition.baselineMonth);
  const elapsed = Math.min(1, Math.max(0, (currentMonth - definition.baselineMonth) / span));
  const expected = definition.baseline + (definition.target - definition.baseline) * elapsed;
  // Positive shortfall means worse than the trajectory, in the indicator's own direction.
  const shortfall = definition.polarity === Polarity.LOWER_IS_BETTER ? current - expected : expected - current;
  const tolerance = AT_RISK_TOLERANCE * Math.abs(definition.target - definition.baseline);
  if (shortfall <= 0) return ProgressStatus.ON_TRACK;
  if (shortfall <= tolerance) return ProgressStatus.AT_RISK;
  return ProgressStatus.OFF_TRACK;
}

const SEVERITY: Record<ProgressStatus, number> = {
  [ProgressStatus.ON_TRACK]: 0,
  [ProgressStatus.NOT_ENOUGH_DATA]: 1,
  [ProgressStatus.AT_RISK]: 2,
  [ProgressStatus.OFF_TRACK]: 3,
};

/** An outcome's status: the worst of its indicators'; with none, not enough data. */
export function worstStatus(statuses: readonly ProgressStatus[]): ProgressStatus {
  if (statuses.length === 0) return ProgressStatus.NOT_ENOUGH_DATA;
  return statuses.reduce((worst, status) => (SEVERITY[status] > SEVERITY[worst] ? status : worst));
}
