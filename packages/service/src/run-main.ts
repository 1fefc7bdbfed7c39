import { startTracingFromEnv, stopTracing } from '@joined-up/tracing';

/**
 * Runs a service's entry point: on failure prints the error and exits
 * non-zero; on SIGINT/SIGTERM runs the shutdown it was given and exits.
 * Tracing starts first (when `OTEL_EXPORTER_OTLP_ENDPOINT` is set), as
 * `service` unless `OTEL_SERVICE_NAME` says otherwise, and its last spans are
 * sent before exit.
 */
export function runMain(main: () => Promise<{ stop(): Promise<void> } | void>, service = 'joined-up'): void {
  startTracingFromEnv(service);
  main().then(
    (running) => {
      if (!running) return;
      let stopping = false;
      const shutdown = () => {
        if (stopping) return;
        stopping = true;
        running
          .stop()
          .then(() => stopTracing())
          .then(
            () => process.exit(0),
            (error) => {
              console.error(error);
              process.exit(1);
            },
          );
      };
      process.once('SIGINT', shutdown);
      process.once('SIGTERM', shutdown);
    },
    (error) => {
      console.error(error instanceof Error ? error.message : error);
      if (process.env.DEBUG && error instanceof Error) console.error(error.stack);
      process.exit(1);
    },
  );
}
