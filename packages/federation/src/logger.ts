import { AsyncLocalStorage } from 'node:async_hooks';
import { pino } from 'pino';

/** What every log line written while serving a request carries. */
interface RequestScope {
  requestId?: string;
}

const scope = new AsyncLocalStorage<RequestScope>();

/**
 * The services' structured log: one JSON object per line on stdout, with the
 * request's id on every line written while serving it, so a line can be put
 * beside the request's audit entries and its trace. `pnpm start`'s banner and
 * progress lines stay human text; this is for what happens inside requests.
 */
export const logger = pino(
  { base: undefined, mixin: () => (scope.getStore()?.requestId ? { requestId: scope.getStore()!.requestId } : {}) },
  { write: (line: string) => logSink.write(line) },
);

/** Where the lines go: stdout, unless a test collects them. */
export const logSink = { write: (line: string): unknown => process.stdout.write(line) };

/**
 * Runs `work` (one request) in its own log scope. The request id is known
 * only once the request is authenticated, so the scope starts empty and
 * `setLoggedRequestId` fills it in.
 */
export function withLogScope<T>(work: () => T): T {
  return scope.run({}, work);
}

export function setLoggedRequestId(requestId: string): void {
  const current = scope.getStore();
  if (current) current.requestId = requestId;
}
