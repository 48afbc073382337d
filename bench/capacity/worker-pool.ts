// Load-generator workers: separate Node processes (bench/capacity/worker.ts) driven over IPC.
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import type { z } from 'zod';
import { ReplySchema, type Command } from './ipc.ts';

const WORKER_PATH = path.join(import.meta.dirname, 'worker.ts');

export type Worker = {
  readonly pid: number;
  /** Sends a command and resolves with its result, parsed by `schema`. */
  request<T>(command: Command, schema: z.ZodType<T>): Promise<T>;
  stop(): Promise<void>;
};

/** Raises the soft open-files limit to the hard one, then runs node with `args`. */
export function spawnWithFileLimit(args: readonly string[], options: { env: NodeJS.ProcessEnv; ipc: boolean; cwd?: string }): ChildProcess {
  return spawn('bash', ['-c', 'ulimit -n "$(ulimit -Hn)"; exec "$0" "$@"', process.execPath, ...args], {
    env: options.env,
    cwd: options.cwd,
    stdio: options.ipc ? ['ignore', 'inherit', 'inherit', 'ipc'] : ['ignore', 'pipe', 'pipe'],
    detached: !options.ipc,
  });
}

export function startWorker(label: string): Promise<Worker> {
  const child = spawnWithFileLimit([WORKER_PATH, label], { env: process.env, ipc: true });
  const waiting = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();
  let nextId = 1;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));

  child.on('message', (raw) => {
    const reply = ReplySchema.parse(raw);
    const waiter = waiting.get(reply.id);
    waiting.delete(reply.id);
    if (reply.ok) waiter?.resolve(reply.result);
    else waiter?.reject(new Error(`worker ${label}: ${reply.error}`));
  });
  void exited.then(() => {
    for (const waiter of waiting.values()) waiter.reject(new Error(`worker ${label} exited`));
    waiting.clear();
  });

  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('spawn', () =>
      resolve({
        pid: child.pid ?? -1,
        async request(command, schema) {
          const id = nextId++;
          const result = await new Promise<unknown>((resolveReply, rejectReply) => {
            waiting.set(id, { resolve: resolveReply, reject: rejectReply });
            child.send({ id, command });
          });
          return schema.parse(result);
        },
        async stop() {
          if (child.exitCode !== null || child.signalCode !== null) return;
          if (child.connected) child.send({ id: 0, command: { type: 'exit' } });
          const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
          await exited;
          clearTimeout(timer);
        },
      }),
    );
  });
}

/** `count` workers, started together. */
export function startWorkers(count: number, prefix: string): Promise<Worker[]> {
  return Promise.all(Array.from({ length: count }, (_, i) => startWorker(`${prefix}-${i + 1}`)));
}

/** Splits `items` into `parts` nearly equal slices, in order. */
export function splitEvenly<T>(items: readonly T[], parts: number): T[][] {
  const slices: T[][] = Array.from({ length: parts }, () => []);
  items.forEach((item, i) => slices[i % parts]?.push(item));
  return slices;
}
