// type-graphql's decorators need the metadata API before any class below is defined.
import 'reflect-metadata';
export { MEASURES, findMeasure, measuresOf, type MeasureDefinition } from './measures.js';
export { Polarity, Granularity, IndicatorTrend, ProgressStatus } from './indicator-enums.js';
export { trendOf, TREND_WINDOW, TREND_MINIMUM_POINTS, TREND_THRESHOLD } from './trend.js';
export { trajectoryStatus, worstStatus, monthIndex, AT_RISK_TOLERANCE, type TrajectoryDefinition } from './trajectory.js';
export { IndicatorValue } from './indicator-value.type.js';
export { periodsTable, type MeasureImplementation, type MeasureQuery, type MeasureRow } from './measure-implementation.js';
export { seriesRange, periodsCovering, lastPeriods, lastCompleteMonth, discloseValue, firstMonthOf, lastMonthOf, type PeriodRange } from './indicator-series.js';
export { defineAgencyIndicator } from './agency-indicator.js';
export { measureSeries, periodStartOf, inPeriods, keptCounts, type SeriesParts } from './measure-series.js';
