import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';

const REPO_ROOT = path.resolve(import.meta.dirname, '..', '..');
const READY_LINE = /^MetMap listening on (https?:\/\/\S+)$/;
const OUTPUT_LINES_KEPT = 200;

/** A real MetMap server (`node server/main.ts`) running as a child process for one test file. */
export type AppServerProcess = {
  /** Origin printed by the server, e.g. http://127.0.0.1:41234. */
  readonly url: string;
  /** The fresh, temporary DATA_DIR; removed by `stop`. */
  readonly dataDir: string;
  /** Recent stdout and stderr lines, for failure messages. */
  output(): string;
  /** SIGTERM, then SIGKILL if it lingers; removes the data directory. Safe to call twice. */
  stop(): Promise<void>;
};

export type StartAppServerOptions = {
  /** Extra environment for the server (PORT, DATA_DIR and HOST are always set by the helper). */
  env?: Record<string, string>;
  /** Entry file, relative to the repository root; the real server unless a test needs another. */
  entry?: string;
  startTimeoutMs?: number;
};

/**
 * Starts the built app on port 0 with a fresh data directory and resolves with its URL once it
 * prints its ready line. Register `stop` as teardown where you call this.
 */
export async function startAppServer(options: StartAppServerOptions = {}): Promise<AppServerProcess> {
  if (!existsSync(path.join(REPO_ROOT, 'dist', 'client', 'index.html'))) {
    throw new Error('dist/client is missing: run `npm run build` before the browser tests');
  }
  const major = Number(process.versions.node.split('.')[0]);
  if (major < 24) {
    throw new Error(`Node ${process.versions.node} cannot run server/main.ts; put node_modules/.bin first on PATH`);
  }

  const dataDir = await mkdtemp(path.join(tmpdir(), 'metmap-e2e-'));
  const env: NodeJS.ProcessEnv = { ...process.env, ...options.env, PORT: '0', HOST: '127.0.0.1', DATA_DIR: dataDir };
  // A developer's shell must not point the test at a real database or a public origin.
  delete env.PUBLIC_URL;
  delete env.DATABASE_URL;
  delete env.REDIS_URL;

  const child = spawn(process.execPath, [options.entry ?? 'server/main.ts'], { cwd: REPO_ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  const lines: string[] = [];
  const remember = (stream: string) => (line: string) => {
    lines.push(`[${stream}] ${line}`);
    if (lines.length > OUTPUT_LINES_KEPT) lines.shift();
  };
  createInterface({ input: child.stderr }).on('line', remember('stderr'));
  const stdout = createInterface({ input: child.stdout });
  stdout.on('line', remember('stdout'));
  const output = () => lines.join('\n');

  // If the test runner dies before teardown, do not leave the server behind.
  const killOnExit = () => child.kill('SIGKILL');
  process.once('exit', killOnExit);

  let stopping: Promise<void> | undefined;
  const stop = () => {
    stopping ??= (async () => {
      await terminate(child);
      process.off('exit', killOnExit);
      await rm(dataDir, { recursive: true, force: true });
    })();
    return stopping;
  };

  try {
    const url = await waitForReadyLine(child, stdout, output, options.startTimeoutMs ?? 90_000);
    return { url, dataDir, output, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

function waitForReadyLine(
  child: ChildProcess,
  stdout: ReturnType<typeof createInterface>,
  output: () => string,
  timeoutMs: number,
): Promise<string> {
  return new Promise((resolve, reject) => {
    const cleanup = () => {
      clearTimeout(timer);
      stdout.off('line', onLine);
      child.off('exit', onExit);
    };
    const onLine = (line: string) => {
      const match = READY_LINE.exec(line.trim());
      if (match?.[1] === undefined) return;
      cleanup();
      resolve(match[1]);
    };
    const onExit = (code: number | null, signal: NodeJS.Signals | null) => {
      cleanup();
      reject(new Error(`server exited before it was ready (code ${code}, signal ${signal}):\n${output()}`));
    };
    const timer = setTimeout(() => {
      cleanup();
      reject(new Error(`server printed no "MetMap listening on" line within ${timeoutMs} ms:\n${output()}`));
    }, timeoutMs);
    stdout.on('line', onLine);
    child.once('exit', onExit);
  });
}

async function terminate(child: ChildProcess, graceMs = 10_000): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
  await exited;
  clearTimeout(timer);
}
