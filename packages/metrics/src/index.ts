export { auditWrites, graphqlErrors, httpDuration, httpRequests, loaderBatchSize, registry, sqlStatements, subgraphCallDuration } from './metrics.js';
export { metricsRoute } from './metrics-route.js';
