// What every scenario shares: the database, the report, where logs go, and the server's lifecycle.
import path from 'node:path';
import type { FreshDatabase } from '../fresh-database.ts';
import { measureCpu } from './proc-stats.ts';
import type { Report } from './report.ts';
import { startServerProcess, type ServerProcess } from './server-process.ts';
import { startWorkers, type Worker } from './worker-pool.ts';

export type CapacityContext = {
  fresh: FreshDatabase;
  report: Report;
  /** Server logs (and profiles, with CAPACITY_SERVER_NODE_ARGS) go here. */
  outDir: string;
  serverNodeArgs: readonly string[];
  /** A positive integer from the environment, or the default. */
  setting(name: string, fallback: number): number;
};

/** Runs `body` with a fresh server process and `workerCount` workers; stops them whatever happens. */
export async function withServer<T>(ctx: CapacityContext, label: string, workerCount: number, body: (server: ServerProcess, workers: Worker[]) => Promise<T>): Promise<T> {
  const server = await startServerProcess({ databaseUrl: ctx.fresh.url, logFile: path.join(ctx.outDir, `server-${label}.log`), nodeArgs: ctx.serverNodeArgs });
  ctx.report.note(label, `server pid ${server.pid} at ${server.url}; log ${path.join(ctx.outDir, `server-${label}.log`)}`);
  let workers: Worker[] = [];
  try {
    workers = await startWorkers(workerCount, label);
    return await body(server, workers);
  } finally {
    await Promise.allSettled(workers.map((worker) => worker.stop()));
    const code = await server.stop();
    if (code !== 0) ctx.report.note(label, `server exited with ${code}`);
  }
}

/** Waits until the server's CPU over a 5 s window drops below `percent` (or `maxSeconds` pass); returns the seconds waited. */
export async function waitUntilQuiet(pid: number, percent: number, maxSeconds: number): Promise<number> {
  const started = performance.now();
  while ((performance.now() - started) / 1000 < maxSeconds) {
    const window = await measureCpu(pid, 5);
    if (window.percentOfOneCore < percent) break;
  }
  return (performance.now() - started) / 1000;
}
