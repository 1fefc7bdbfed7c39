import type { IncomingHttpHeaders } from 'node:http';
import { context, propagation, ROOT_CONTEXT, SpanKind, SpanStatusCode, trace, type Attributes, type Span } from '@opentelemetry/api';
import { tracingEnabled } from './tracing-setup.js';

/**
 * Span attributes carry no personal data: never SQL parameters, GraphQL
 * variables or names. What they carry is listed here, in one place.
 */
export const ATTRIBUTES = {
  requestId: 'joined_up.request_id',
  service: 'joined_up.service',
  subgraph: 'joined_up.subgraph',
  operationName: 'graphql.operation.name',
  statusCode: 'http.response.status_code',
  dbSystem: 'db.system.name',
  dbNamespace: 'db.namespace',
  dbQueryText: 'db.query.text',
} as const;

const tracer = (service: string) => trace.getTracer(`joined-up/${service}`);

/**
 * Runs `work` inside a server span for one GraphQL request. The span continues
 * the caller's trace from its `traceparent` header (the gateway's call span) or,
 * without one, starts a new trace. `work` gets no span when tracing is off.
 */
export async function withServerSpan<T>(service: string, headers: IncomingHttpHeaders, work: (span: Span | undefined) => Promise<T>): Promise<T> {
  if (!tracingEnabled()) return work(undefined);
  // Only the header decides the parent: a span left active by whatever opened
  // the socket (another service in the same process) must not adopt it.
  const parent = propagation.extract(ROOT_CONTEXT, headers);
  const span = tracer(service).startSpan(`${service} graphql`, { kind: SpanKind.SERVER, attributes: { [ATTRIBUTES.service]: service } }, parent);
  try {
    return await context.with(trace.setSpan(parent, span), () => work(span));
  } catch (error) {
    span.setStatus({ code: SpanStatusCode.ERROR });
    throw error;
  } finally {
    span.end();
  }
}

/** Names the active server span after the GraphQL operation it serves (names are not personal data; variables are, and stay out). */
export function nameServerSpan(service: string, operationName: string): void {
  if (!tracingEnabled()) return;
  const span = trace.getActiveSpan();
  span?.updateName(`${service} ${operationName}`);
  span?.setAttribute(ATTRIBUTES.operationName, operationName);
}

/** Runs `work` inside a client span (the gateway calling one subgraph); `injectTraceContext` inside it passes the span on. */
export async function withClientSpan<T>(service: string, name: string, attributes: Attributes, work: () => Promise<T>): Promise<T> {
  if (!tracingEnabled()) return work();
  return tracer(service).startActiveSpan(name, { kind: SpanKind.CLIENT, attributes }, async (span) => {
    try {
      return await work();
    } catch (error) {
      // No message: an error can quote the data it failed on.
      span.setStatus({ code: SpanStatusCode.ERROR });
      throw error;
    } finally {
      span.end();
    }
  });
}

/** Writes the active span's `traceparent` into outgoing request headers. */
export function injectTraceContext(headers: { set(name: string, value: string): unknown }): void {
  if (!tracingEnabled()) return;
  propagation.inject(context.active(), headers, { set: (carrier, key, value) => carrier.set(key, value) });
}

/**
 * Records a SQL statement that has just finished as a span under the active
 * one (the subgraph request it ran for). Only the statement's text with its
 * placeholders goes in, never its parameters. Statements run outside any
 * request (migrations, seeding) are not traced.
 */
export function recordSqlSpan(schema: string, sqlText: string, durationMillis: number, failed: boolean): void {
  if (!tracingEnabled()) return;
  const active = context.active();
  if (!trace.getSpan(active)) return;
  const end = performance.timeOrigin + performance.now();
  const verb = /^\s*(\w+)/.exec(sqlText)?.[1]?.toLowerCase() ?? 'sql';
  const span = tracer('sql').startSpan(
    `sql ${verb}`,
    {
      kind: SpanKind.CLIENT,
      startTime: end - durationMillis,
      attributes: { [ATTRIBUTES.dbSystem]: 'postgresql', [ATTRIBUTES.dbNamespace]: schema, [ATTRIBUTES.dbQueryText]: sqlText },
    },
    active,
  );
  if (failed) span.setStatus({ code: SpanStatusCode.ERROR });
  span.end(end);
}
