export { flushTracing, startTracing, startTracingFromEnv, stopTracing, tracingEnabled, type TracingOptions } from './tracing-setup.js';
export { ATTRIBUTES, injectTraceContext, nameServerSpan, recordSqlSpan, withClientSpan, withServerSpan } from './spans.js';
