import { registerEnumType } from 'type-graphql';

export enum Polarity {
  HIGHER_IS_BETTER = 'HIGHER_IS_BETTER',
  LOWER_IS_BETTER = 'LOWER_IS_BETTER',
}

export enum Granularity {
  MONTH = 'MONTH',
  QUARTER = 'QUARTER',
}

export enum IndicatorTrend {
  IMPROVING = 'IMPROVING',
  WORSENING = 'WORSENING',
  NO_CHANGE = 'NO_CHANGE',
  NOT_ENOUGH_DATA = 'NOT_ENOUGH_DATA',
}

export enum ProgressStatus {
  ON_TRACK = 'ON_TRACK',
  AT_RISK = 'AT_RISK',
  OFF_TRACK = 'OFF_TRACK',
  NOT_ENOUGH_DATA = 'NOT_ENOUGH_DATA',
}

registerEnumType(Polarity, {
  name: 'Polarity',
  description: 'Which direction is better for an indicator.',
  valuesConfig: {
    HIGHER_IS_BETTER: { description: 'A rising value is an improvement (e.g. participation).' },
    LOWER_IS_BETTER: { description: 'A falling value is an improvement (e.g. offences).' },
  },
});

registerEnumType(Granularity, {
  name: 'Granularity',
  description: 'The period an indicator is reported for.',
  valuesConfig: { MONTH: { description: 'Calendar months, YYYY-MM.' }, QUARTER: { description: 'Calendar quarters, YYYY-Qn.' } },
});

registerEnumType(IndicatorTrend, {
  name: 'IndicatorTrend',
  description:
    'Direction over the last six complete periods: a least-squares line through the published values; a change of less than 5% of their mean over the window is NO_CHANGE; fewer than four published values is NOT_ENOUGH_DATA. Whether a change is improving or worsening follows the polarity.',
  valuesConfig: {
    IMPROVING: { description: 'Moving towards the target.' },
    WORSENING: { description: 'Moving away from the target.' },
    NO_CHANGE: { description: 'Changed by less than 5% over the window.' },
    NOT_ENOUGH_DATA: { description: 'Fewer than four published values in the window.' },
  },
});

registerEnumType(ProgressStatus, {
  name: 'ProgressStatus',
  description:
    'Progress against a straight trajectory from the baseline (at the baseline period) to the target (at the target date). The current level is the mean of the last three complete periods with published values; it is ON_TRACK when at or better than the trajectory, AT_RISK when worse by no more than 10% of the distance from baseline to target, OFF_TRACK when worse than that. An outcome takes the worst status of its indicators.',
  valuesConfig: {
    ON_TRACK: { description: 'At or better than the trajectory.' },
    AT_RISK: { description: 'Behind the trajectory by up to 10% of the baseline-to-target distance.' },
    OFF_TRACK: { description: 'Behind the trajectory by more than 10% of the baseline-to-target distance.' },
    NOT_ENOUGH_DATA: { description: 'Fewer than two published values among the last three periods.' },
  },
});
