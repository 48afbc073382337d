import { spawn, type ChildProcess } from 'node:child_process';

/** A MetMap server started as its own process (as a container or an App Platform instance would). */
export type ServerProcess = {
  url: string;
  /** Everything the process wrote so far, stdout and stderr interleaved. */
  output(): string;
  /** SIGTERM to the process group; resolves with the exit code (null when killed by a signal). */
  stop(): Promise<number | null>;
};

const LISTENING = /MetMap listening on (http:\/\/\S+)/;

/**
 * Spawns `command args` in its own process group and resolves once it prints its URL. Rejects with
 * the output so far when it exits first or does not listen within `timeoutMs`.
 */
export function startServerProcess(
  command: string,
  args: readonly string[],
  options: { cwd: string; env: NodeJS.ProcessEnv; timeoutMs?: number },
): Promise<ServerProcess> {
  const child = spawn(command, args, { cwd: options.cwd, env: options.env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return new Promise<ServerProcess>((resolve, reject) => {
    const timer = setTimeout(() => {
      void stopGroup(child, exited);
      reject(new Error(`${command} ${args.join(' ')} did not listen within ${options.timeoutMs ?? 60_000} ms:\n${output}`));
    }, options.timeoutMs ?? 60_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const url = LISTENING.exec(output)?.[1];
      if (url === undefined) return;
      clearTimeout(timer);
      child.stdout?.off('data', onData);
      child.stdout?.on('data', (more: Buffer) => void (output += more.toString()));
      resolve({ url, output: () => output, stop: () => stopGroup(child, exited) });
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (chunk: Buffer) => void (output += chunk.toString()));
    child.once('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`${command} ${args.join(' ')} exited with ${code} before listening:\n${output}`));
    });
  });
}

async function stopGroup(child: ChildProcess, exited: Promise<number | null>): Promise<number | null> {
  if (child.exitCode === null && child.signalCode === null && child.pid !== undefined) {
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      // Already gone.
    }
  }
  return exited;
}
