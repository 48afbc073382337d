// The real MetMap server (server/main.ts) in a process of its own, on loopback, over a given database.
import { randomBytes } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import path from 'node:path';
import { spawnWithFileLimit } from './worker-pool.ts';

const REPO = path.resolve(import.meta.dirname, '..', '..');
const LISTENING = /MetMap listening on (http:\/\/\S+)/;

export type ServerProcess = {
  readonly pid: number;
  readonly url: string;
  /** performance.now() when the process was spawned. */
  readonly startedAt: number;
  /** GET /metrics, in Prometheus text format (bench/capacity/prometheus.ts reads it). */
  metrics(): Promise<string>;
  /** SIGTERM (graceful shutdown); resolves with the exit code. */
  stop(): Promise<number | null>;
};

export type ServerProcessOptions = {
  databaseUrl: string;
  /** Where the server's JSON log goes. */
  logFile: string;
  /** Extra node flags, e.g. --cpu-prof (CAPACITY_SERVER_NODE_ARGS); --expose-gc is always given, as `npm start` does (SYNC17). */
  nodeArgs?: readonly string[];
  logLevel?: string;
};

export async function startServerProcess(options: ServerProcessOptions): Promise<ServerProcess> {
  const metricsToken = randomBytes(16).toString('hex');
  const startedAt = performance.now();
  const child = spawnWithFileLimit(['--expose-gc', ...(options.nodeArgs ?? []), path.join(REPO, 'server/main.ts')], {
    cwd: REPO,
    ipc: false,
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      NODE_ENV: 'production',
      DATABASE_URL: options.databaseUrl,
      PORT: '0',
      HOST: '127.0.0.1',
      LOG_LEVEL: options.logLevel ?? 'info',
      METRICS_TOKEN: metricsToken,
      // glibc's malloc settings (MALLOC_ARENA_MAX, MALLOC_TRIM_THRESHOLD_, …) pass through, to measure them.
      ...Object.fromEntries(Object.entries(process.env).filter(([key]) => key.startsWith('MALLOC_'))),
    },
  });
  const log = createWriteStream(options.logFile);
  child.stderr?.pipe(log, { end: false });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));

  const url = await new Promise<string>((resolve, reject) => {
    let head = '';
    const timer = setTimeout(() => reject(new Error(`the server did not listen within 60 s; see ${options.logFile}`)), 60_000);
    const onData = (chunk: Buffer) => {
      head += chunk.toString();
      const found = LISTENING.exec(head)?.[1];
      if (found === undefined) return;
      clearTimeout(timer);
      resolve(found);
    };
    child.stdout?.on('data', onData);
    child.stdout?.pipe(log, { end: false });
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`the server exited with ${code} before listening; see ${options.logFile}`));
    });
  });

  return {
    pid: child.pid ?? -1,
    url,
    startedAt,
    async metrics() {
      const response = await fetch(`${url}/metrics`, { headers: { authorization: `Bearer ${metricsToken}` } });
      if (!response.ok) throw new Error(`GET /metrics answered ${response.status}`);
      return response.text();
    },
    async stop() {
      const signalGroup = (signal: NodeJS.Signals) => {
        if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) return;
        try {
          process.kill(-child.pid, signal);
        } catch {
          // Already gone.
        }
      };
      signalGroup('SIGTERM');
      const timer = setTimeout(() => signalGroup('SIGKILL'), 30_000);
      const code = await exited;
      clearTimeout(timer);
      log.end();
      return code;
    },
  };
}
