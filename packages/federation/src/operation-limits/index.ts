export { OPERATION_LIMITS, LIST_SIZES, DEFAULT_LIST_SIZE } from './limits.js';
export { LIMIT_CODES, limitExceeded, type LimitName } from './limit-error.js';
export { measureShape, type OperationShape } from './measure-operation.js';
export { operationCost } from './operation-cost.js';
export { operationLimitsPlugin, observeOperations, type OperationMeasure } from './operation-limits-plugin.js';
export { requestBudgetPlugin, requestDeadline, remainingMs, type BudgetedContext } from './request-budget-plugin.js';
export { parseOptions, describeTokenLimit } from './token-limit.js';
