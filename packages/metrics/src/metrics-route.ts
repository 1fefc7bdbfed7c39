import type { IncomingMessage, ServerResponse } from 'node:http';
import { registry } from './metrics.js';

/** `GET /metrics` in Prometheus's text format. */
export async function metricsRoute(_request: IncomingMessage, response: ServerResponse): Promise<void> {
  response.setHeader('content-type', registry.contentType);
  response.end(await registry.metrics());
}
