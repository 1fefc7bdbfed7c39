import { describe, expect, it } from 'vitest';
import { Polarity, ProgressStatus } from '../indicator-enums.js';
import { monthIndex, trajectoryStatus, worstStatus, type TrajectoryDefinition } from '../trajectory.js';

// Baseline 20 in January 2024, target 10 by January 2026 (24 months): the
// trajectory expects 15 in January 2025, and the at-risk band is 10% of the
// 10-point journey, i.e. one point.
const lowerIsBetter: TrajectoryDefinition = {
  polarity: Polarity.LOWER_IS_BETTER,
  baseline: 20,
  baselineMonth: monthIndex('2024-01'),
  target: 10,
  targetMonth: monthIndex('2026-01'),
};
const january2025 = monthIndex('2025-01');

describe('trajectoryStatus: progress against the straight line from baseline to target', () => {
  it('is on track at or better than the trajectory', () => {
    expect(trajectoryStatus([15, 15, 15], january2025, lowerIsBetter)).toBe(ProgressStatus.ON_TRACK);
    expect(trajectoryStatus([14, 13, 12], january2025, lowerIsBetter)).toBe(ProgressStatus.ON_TRACK);
  });

  it('is at risk when behind by no more than 10% of the journey', () => {
    expect(trajectoryStatus([16, 16, 16], january2025, lowerIsBetter)).toBe(ProgressStatus.AT_RISK);
    expect(trajectoryStatus([15.5, 15.5, 15.5], january2025, lowerIsBetter)).toBe(ProgressStatus.AT_RISK);
  });

  it('is off track when further behind', () => {
    expect(trajectoryStatus([16.5, 16.5, 16.5], january2025, lowerIsBetter)).toBe(ProgressStatus.OFF_TRACK);
    expect(trajectoryStatus([20, 21, 22], january2025, lowerIsBetter)).toBe(ProgressStatus.OFF_TRACK);
  });

  it('uses the mean of the last three periods', () => {
    // Older periods do not count; the last three average 15.
    expect(trajectoryStatus([40, 40, 14, 15, 16], january2025, lowerIsBetter)).toBe(ProgressStatus.ON_TRACK);
  });

  it('mirrors the rule when higher is better', () => {
    const higher: TrajectoryDefinition = { ...lowerIsBetter, polarity: Polarity.HIGHER_IS_BETTER, baseline: 10, target: 20 };
    expect(trajectoryStatus([15, 15, 15], january2025, higher)).toBe(ProgressStatus.ON_TRACK);
    expect(trajectoryStatus([14.5, 14.5, 14.5], january2025, higher)).toBe(ProgressStatus.AT_RISK);
    expect(trajectoryStatus([12, 12, 12], january2025, higher)).toBe(ProgressStatus.OFF_TRACK);
  });

  it('holds the target after the target date and the baseline before the start', () => {
    expect(trajectoryStatus([10, 10, 10], monthIndex('2027-06'), lowerIsBetter)).toBe(ProgressStatus.ON_TRACK);
    expect(trajectoryStatus([11.5, 11.5, 11.5], monthIndex('2027-06'), lowerIsBetter)).toBe(ProgressStatus.OFF_TRACK);
    expect(trajectoryStatus([20, 20, 20], monthIndex('2023-06'), lowerIsBetter)).toBe(ProgressStatus.ON_TRACK);
  });

  it('needs two published values among the last three periods', () => {
    expect(trajectoryStatus([15, null, null], january2025, lowerIsBetter)).toBe(ProgressStatus.NOT_ENOUGH_DATA);
    expect(trajectoryStatus([15, null, 15], january2025, lowerIsBetter)).toBe(ProgressStatus.ON_TRACK);
    expect(trajectoryStatus([], january2025, lowerIsBetter)).toBe(ProgressStatus.NOT_ENOUGH_DATA);
  });
});

describe('worstStatus: an outcome takes the worst of its indicators', () => {
  it('orders off track, at risk, not enough data, on track', () => {
    expect(worstStatus([ProgressStatus.ON_TRACK, ProgressStatus.AT_RISK])).toBe(ProgressStatus.AT_RISK);
    expect(worstStatus([ProgressStatus.AT_RISK, ProgressStatus.OFF_TRACK, ProgressStatus.ON_TRACK])).toBe(ProgressStatus.OFF_TRACK);
    expect(worstStatus([ProgressStatus.ON_TRACK, ProgressStatus.NOT_ENOUGH_DATA])).toBe(ProgressStatus.NOT_ENOUGH_DATA);
    expect(worstStatus([ProgressStatus.ON_TRACK])).toBe(ProgressStatus.ON_TRACK);
    expect(worstStatus([])).toBe(ProgressStatus.NOT_ENOUGH_DATA);
  });
});
