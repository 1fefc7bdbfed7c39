/**
 * Runs a service's entry point: on failure prints the error and exits
 * non-zero; on SIGINT/SIGTERM runs the shutdown it was given and exits.
 */
export function runMain(main: () => Promise<{ stop(): Promise<void> } | void>): void {
  main().then(
    (running) => {
      if (!running) return;
      let stopping = false;
      const shutdown = () => {
        if (stopping) return;
        stopping = true;
        running.stop().then(
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
