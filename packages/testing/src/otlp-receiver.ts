import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gunzipSync } from 'node:zlib';

/** One span as the OTLP/HTTP JSON exporter sends it (ids in hex). */
export interface ReceivedSpan {
  traceId: string;
  spanId: string;
  parentSpanId?: string;
  name: string;
  /** 2 server, 3 client. */
  kind: number;
  /** The instrumentation scope: `joined-up/<service>` or `joined-up/sql`. */
  scope: string;
  attributes: Record<string, string | number | boolean | undefined>;
}

export interface OtlpReceiver {
  /** What `OTEL_EXPORTER_OTLP_ENDPOINT` would be set to. */
  readonly endpoint: string;
  /** Every request body received, as sent: to search for data that must not be there. */
  readonly payloads: string[];
  spans(): ReceivedSpan[];
  close(): Promise<void>;
}

type AnyValue = { stringValue?: string; intValue?: number | string; boolValue?: boolean; doubleValue?: number };

/**
 * A collector for tests: a plain HTTP server on a free port that accepts
 * OTLP/HTTP JSON at `/v1/traces` and keeps what it was sent.
 */
export async function startOtlpReceiver(): Promise<OtlpReceiver> {
  const payloads: string[] = [];
  const server = createServer(async (request, response) => {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks);
    if (request.url !== '/v1/traces' || !request.headers['content-type']?.includes('json')) {
      response.statusCode = 415;
      return response.end();
    }
    payloads.push((request.headers['content-encoding'] === 'gzip' ? gunzipSync(raw) : raw).toString('utf8'));
    response.setHeader('content-type', 'application/json');
    response.end('{}');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    endpoint: `http://127.0.0.1:${port}`,
    payloads,
    spans: () => payloads.flatMap(spansOf),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

function spansOf(payload: string): ReceivedSpan[] {
  const { resourceSpans = [] } = JSON.parse(payload) as {
    resourceSpans?: { scopeSpans?: { scope?: { name?: string }; spans?: (Omit<ReceivedSpan, 'scope' | 'attributes'> & { attributes?: { key: string; value: AnyValue }[] })[] }[] }[];
  };
  return resourceSpans.flatMap((resource) =>
    (resource.scopeSpans ?? []).flatMap((scopeSpans) =>
      (scopeSpans.spans ?? []).map(({ attributes = [], ...span }) => ({
        ...span,
        scope: scopeSpans.scope?.name ?? '',
        attributes: Object.fromEntries(attributes.map(({ key, value }) => [key, value.stringValue ?? value.intValue ?? value.boolValue ?? value.doubleValue])),
      })),
    ),
  );
}
