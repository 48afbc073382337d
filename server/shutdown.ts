import type { Logger } from './logger.ts';

/** A step of the shutdown, run in order: stop accepting, flush documents, close connections, close the database. */
export type ShutdownStep = { name: string; run: () => Promise<void> };

/**
 * Runs the steps once on SIGTERM or SIGINT, then exits; a step that fails is logged and the rest still run.
 * If the whole sequence takes longer than `timeoutMs`, the process exits with code 1.
 */
export function installGracefulShutdown(steps: ShutdownStep[], log: Logger, timeoutMs: number): () => Promise<void> {
  let running: Promise<void> | undefined;
  const shutdown = (): Promise<void> => {
    running ??= (async () => {
      const timer = setTimeout(() => {
        log.error({ timeoutMs }, 'shutdown took too long; exiting');
        process.exit(1);
      }, timeoutMs);
      timer.unref();
      for (const step of steps) {
        try {
          await step.run();
          log.info({ step: step.name }, 'shutdown step done');
        } catch (error) {
          log.error({ err: error, step: step.name }, 'shutdown step failed');
        }
      }
      clearTimeout(timer);
    })();
    return running;
  };
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.once(signal, () => {
      log.info({ signal }, 'shutting down');
      void shutdown().then(() => process.exit(0));
    });
  }
  return shutdown;
}
