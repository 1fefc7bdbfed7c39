import { context, propagation, trace } from '@opentelemetry/api';
import { W3CTraceContextPropagator } from '@opentelemetry/core';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { BatchSpanProcessor } from '@opentelemetry/sdk-trace-base';
import { NodeTracerProvider } from '@opentelemetry/sdk-trace-node';

let provider: NodeTracerProvider | undefined;

/**
 * True once `startTracing` ran. Every span helper checks it first, so that
 * without an OTLP endpoint a request does no OpenTelemetry work at all (not
 * even the API's no-op spans).
 */
export function tracingEnabled(): boolean {
  return provider !== undefined;
}

export interface TracingOptions {
  /** The collector's base URL, as in `OTEL_EXPORTER_OTLP_ENDPOINT`; spans go to `<endpoint>/v1/traces`. */
  endpoint: string;
  /** `service.name` of the process's resource. */
  serviceName: string;
}

/**
 * Registers the process's tracer provider: spans batched and sent as OTLP
 * JSON over HTTP, W3C `traceparent` propagation, and the async-hooks context
 * manager that lets a SQL statement find the request it runs for.
 */
export function startTracing(options: TracingOptions): void {
  if (provider) throw new Error('Tracing is already started in this process; call stopTracing first.');
  const url = `${options.endpoint.replace(/\/+$/, '')}/v1/traces`;
  provider = new NodeTracerProvider({
    resource: resourceFromAttributes({ 'service.name': options.serviceName }),
    spanProcessors: [new BatchSpanProcessor(new OTLPTraceExporter({ url }))],
  });
  provider.register({ propagator: new W3CTraceContextPropagator() });
}

/** Starts tracing when `OTEL_EXPORTER_OTLP_ENDPOINT` is set; `OTEL_SERVICE_NAME` overrides the name. */
export function startTracingFromEnv(serviceName: string): void {
  const endpoint = process.env.OTEL_EXPORTER_OTLP_ENDPOINT;
  if (!endpoint || provider) return;
  startTracing({ endpoint, serviceName: process.env.OTEL_SERVICE_NAME || serviceName });
}

/** Sends the spans still waiting in the batch (tests, before they read the collector). */
export async function flushTracing(): Promise<void> {
  await provider?.forceFlush();
}

/** Flushes, shuts the exporter down and unregisters everything, so tracing is off again. */
export async function stopTracing(): Promise<void> {
  const stopping = provider;
  if (!stopping) return;
  provider = undefined;
  await stopping.shutdown();
  trace.disable();
  context.disable();
  propagation.disable();
}
