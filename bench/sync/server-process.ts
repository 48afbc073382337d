// A child process (the real server, or the raw relay) on loopback that prints its URL when ready.
import { spawn } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';

const REPO = path.resolve(import.meta.dirname, '..', '..');

export type ChildServer = {
  readonly pid: number;
  readonly url: string;
  /** SIGTERM (graceful shutdown), SIGKILL after 30 s; resolves with the exit code. */
  stop(): Promise<number | null>;
};

export type ChildServerOptions = {
  /** Script and its arguments, relative to the repository. */
  args: readonly string[];
  env: Record<string, string>;
  /** The line that says the server listens; group 1 is its URL. */
  ready: RegExp;
  /** stdout and stderr go here. */
  logFile: string;
  nodeArgs?: readonly string[];
};

export async function startChildServer(options: ChildServerOptions): Promise<ChildServer> {
  const child = spawn(process.execPath, [...(options.nodeArgs ?? []), ...options.args], {
    cwd: REPO,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const log = createWriteStream(options.logFile);
  child.stderr.pipe(log, { end: false });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${options.args[0]} did not listen within 60 s; see ${options.logFile}`)), 60_000);
    createInterface({ input: child.stdout }).on('line', (line) => {
      log.write(`${line}\n`);
      const found = options.ready.exec(line)?.[1];
      if (found === undefined) return;
      clearTimeout(timer);
      resolve(found);
    });
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`${options.args[0]} exited with ${code} before listening; see ${options.logFile}`));
    });
  });
  return {
    pid: child.pid ?? -1,
    url,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
      const code = await exited;
      clearTimeout(timer);
      log.end();
      return code;
    },
  };
}
