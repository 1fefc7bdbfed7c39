import { Counter, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

/**
 * The process's one registry. `pnpm start` hosts every service in one process,
 * so each metric carries the service (or subgraph, schema, agency) it is
 * about; a service deployed on its own reports only itself.
 */
export const registry = new Registry();
collectDefaultMetrics({ register: registry, prefix: 'joined_up_process_' });

const LATENCY_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

/** HTTP requests answered, by service, route (a fixed set) and status. */
export const httpRequests = new Counter({
  name: 'joined_up_http_requests_total',
  help: 'HTTP requests answered, by service, route and status code.',
  labelNames: ['service', 'route', 'status'] as const,
  registers: [registry],
});

export const httpDuration = new Histogram({
  name: 'joined_up_http_request_duration_seconds',
  help: 'Time to answer an HTTP request, by service and route.',
  labelNames: ['service', 'route'] as const,
  buckets: LATENCY_BUCKETS,
  registers: [registry],
});

/** GraphQL errors returned to callers, by their public `extensions.code`. */
export const graphqlErrors = new Counter({
  name: 'joined_up_graphql_errors_total',
  help: 'GraphQL errors returned, by service and extensions.code.',
  labelNames: ['service', 'code'] as const,
  registers: [registry],
});

/** The gateway's calls to each subgraph, by outcome (ok, error, timeout). */
export const subgraphCallDuration = new Histogram({
  name: 'joined_up_subgraph_call_duration_seconds',
  help: 'Time the gateway waited for a subgraph, by subgraph and outcome.',
  labelNames: ['subgraph', 'outcome'] as const,
  buckets: LATENCY_BUCKETS,
  registers: [registry],
});

export const sqlStatements = new Counter({
  name: 'joined_up_sql_statements_total',
  help: 'SQL statements run, by agency schema and outcome (ok or error).',
  labelNames: ['schema', 'outcome'] as const,
  registers: [registry],
});

export const auditWrites = new Counter({
  name: 'joined_up_audit_entries_written_total',
  help: 'Audit log entries appended (one per person and category read), counted when the statement succeeds.',
  registers: [registry],
});

export const loaderBatchSize = new Histogram({
  name: 'joined_up_dataloader_batch_size',
  help: 'Keys per DataLoader batch (one SQL statement each), by loader.',
  labelNames: ['loader'] as const,
  buckets: [1, 2, 5, 10, 25, 50, 100, 250, 500, 1000, 5000],
  registers: [registry],
});
