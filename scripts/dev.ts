/**
 * `npm run dev`: the Vite dev server (HMR; proxies /api, /healthz and /sync to 127.0.0.1:3001, see
 * vite.config.ts) plus the API server restarted on change by `node --watch`. Both run as child
 * processes; their output goes straight to this terminal, Ctrl+C or SIGTERM stops both, and if
 * one of them dies the other is stopped too.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';

const REPO_ROOT = path.resolve(import.meta.dirname, '..');
const API_PORT = '3001';
const STOP_GRACE_MS = 5000;

type Child = { name: string; process: ChildProcess };

function start(name: string, args: string[], env: NodeJS.ProcessEnv = process.env): Child {
  // process.execPath is the Node 24 that npm put first on PATH; it runs server .ts files directly.
  const child = spawn(process.execPath, args, { cwd: REPO_ROOT, env, stdio: 'inherit' });
  child.on('error', (error) => console.error(`[dev] ${name} failed to start:`, error));
  return { name, process: child };
}

const children: Child[] = [
  start('server', ['--watch', '--watch-preserve-output', 'server/main.ts'], {
    ...process.env,
    PORT: API_PORT,
    HOST: '127.0.0.1',
    // The browser talks to Vite's origin; the server's Origin checks (CSRF, WebSocket) must accept it.
    PUBLIC_URL: process.env.PUBLIC_URL ?? 'http://localhost:5173',
  }),
  start('vite', [path.join(REPO_ROOT, 'node_modules', 'vite', 'bin', 'vite.js')]),
];

let stopping = false;

function isRunning(child: ChildProcess): boolean {
  return child.exitCode === null && child.signalCode === null;
}

function stopAll(signal: NodeJS.Signals, exitCode: number): void {
  if (stopping) return;
  stopping = true;
  for (const { process: child } of children) if (isRunning(child)) child.kill(signal);
  // A child that ignores the signal must not keep the terminal hostage.
  const forceTimer = setTimeout(() => {
    for (const { process: child } of children) if (isRunning(child)) child.kill('SIGKILL');
  }, STOP_GRACE_MS);
  forceTimer.unref();
  void Promise.all(
    children.map(({ process: child }) =>
      isRunning(child) ? new Promise((resolve) => child.once('exit', resolve)) : Promise.resolve(),
    ),
  ).then(() => process.exit(exitCode));
}

for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  process.on(signal, () => stopAll(signal, 0));
}

for (const { name, process: child } of children) {
  child.on('exit', (code, signal) => {
    if (stopping) return;
    console.error(`[dev] ${name} exited (${signal ?? `code ${code}`}); stopping the others.`);
    stopAll('SIGTERM', code === 0 ? 0 : 1);
  });
}
