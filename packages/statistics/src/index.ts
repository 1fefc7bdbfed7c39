// type-graphql's decorators need the metadata API before any class below is defined.
import 'reflect-metadata';
export { reportingPeriod, addMonths, monthOf, monthsBetween, monthsOf, EARLIEST_MONTH, type ReportingPeriod } from './reporting-period.js';
export {
  discloseCount,
  discloseRate,
  SUPPRESSION_THRESHOLD,
  ROUNDING_BASE,
  type DisclosedCount,
  type DisclosedRate,
} from './disclosure-control.js';
export { Count, Rate, Period } from './figure.types.js';
export { knownArea, areaCodesTable, inArea, batchByPeriod, areaPeriodKey, type AreaPeriod } from './area-figures.js';
export { AreaGrouping } from './area-grouping.js';
