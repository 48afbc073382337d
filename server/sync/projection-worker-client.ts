import { Worker } from 'node:worker_threads';
import * as Y from 'yjs';
import type { DocKind, UserId } from '../../shared/library/index.ts';
import type { Logger } from '../logger.ts';
import type { FromProjectionWorker, PassResult, ToProjectionWorker } from './projection-protocol.ts';
import type { StoredProjection } from './projection-store.ts';

type Opened = { kind: DocKind; userId: UserId; doc: Y.Doc };
type Waiting = { resolve: (result: PassResult) => void; reject: (error: Error) => void };

/** How long the worker stays without documents before it exits. */
const RETIRE_AFTER_MS = 10_000;

/**
 * The main thread's handle on the projection worker (projection-protocol.ts). The thread starts
 * with the first document and is restarted if it dies: every open document is sent again whole,
 * and `generation` changes so the projector compares with the stored rows again. It exits once it
 * has had no document for `retireAfterMs`: a V8 isolate keeps the pages of its high-water mark, and
 * the worker's was most of the 290 MiB an idle server held after 1,500 document visits (SYNC10,
 * docs/CAPACITY.md).
 */
export function createProjectionWorker(log: Logger, options: { retireAfterMs?: number } = {}) {
  const retireAfterMs = options.retireAfterMs ?? RETIRE_AFTER_MS;
  let worker: Worker | undefined;
  let retireTimer: NodeJS.Timeout | undefined;
  let stopping = false;
  let generation = 0;
  let nextId = 1;
  const opened = new Map<number, Opened>();
  const waiting = new Map<string, Waiting>();
  const key = (id: number, pass: number) => `${id}:${pass}`;

  const post = (message: ToProjectionWorker) => ensure().postMessage(message);

  const retireIfEmpty = () => {
    retireTimer = undefined;
    const idle = worker;
    if (!idle || opened.size > 0) return;
    if (waiting.size > 0) {
      // A pass of a closed document is still out: look again later.
      retireTimer = setTimeout(retireIfEmpty, retireAfterMs);
      retireTimer.unref();
      return;
    }
    // Detached first: its exit is not a failure, and must not touch a successor's state.
    idle.removeAllListeners('exit');
    worker = undefined;
    generation++;
    void idle.terminate();
  };

  function ensure(): Worker {
    clearTimeout(retireTimer);
    retireTimer = undefined;
    if (worker) return worker;
    const started = new Worker(new URL('./projection-worker.ts', import.meta.url));
    started.unref();
    started.on('message', (reply: FromProjectionWorker) => {
      const entry = waiting.get(key(reply.id, reply.pass));
      waiting.delete(key(reply.id, reply.pass));
      if (reply.type === 'projected') entry?.resolve(reply.result);
      else entry?.reject(new Error(`projection failed in the worker: ${reply.message}`));
    });
    started.on('error', (error) => log.error({ err: error }, 'sync: projection worker failed'));
    started.on('exit', (code) => {
      if (worker === started) worker = undefined;
      generation++;
      for (const entry of waiting.values()) entry.reject(new Error(`projection worker exited (${code})`));
      waiting.clear();
      if (!stopping) log.warn({ code }, 'sync: projection worker exited; it restarts with the next projection');
    });
    worker = started;
    for (const [id, doc] of opened) started.postMessage({ type: 'open', id, kind: doc.kind, userId: doc.userId, state: Y.encodeStateAsUpdate(doc.doc) });
    return started;
  }

  return {
    /** Mirrors a loaded document; returns its id in the worker. */
    open(kind: DocKind, userId: UserId, doc: Y.Doc): number {
      const id = nextId++;
      const hadWorker = worker !== undefined;
      opened.set(id, { kind, userId, doc });
      // A freshly started worker receives every open document (this one included) from ensure().
      if (hadWorker) post({ type: 'open', id, kind, userId, state: Y.encodeStateAsUpdate(doc) });
      else ensure();
      return id;
    },
    update(id: number, update: Uint8Array, fromClient: boolean): void {
      if (worker) worker.postMessage({ type: 'update', id, update, fromClient });
    },
    project(id: number, pass: number, baseline: StoredProjection | null): Promise<PassResult> {
      return new Promise((resolve, reject) => {
        waiting.set(key(id, pass), { resolve, reject });
        post({ type: 'project', id, pass, baseline });
      });
    },
    settled(id: number, pass: number, written: boolean, rest: boolean): void {
      if (worker) worker.postMessage({ type: 'settled', id, pass, written, rest });
    },
    close(id: number): void {
      opened.delete(id);
      if (worker) worker.postMessage({ type: 'close', id });
      if (worker && opened.size === 0 && retireTimer === undefined && !stopping) {
        retireTimer = setTimeout(retireIfEmpty, retireAfterMs);
        retireTimer.unref();
      }
    },
    /** Whether the worker thread is running (tests). */
    running: () => worker !== undefined,
    /** Changes whenever the worker restarted (its mirrors lost what was written). */
    generation: () => generation,
    async stop(): Promise<void> {
      stopping = true;
      clearTimeout(retireTimer);
      await worker?.terminate();
    },
  };
}
export type ProjectionWorker = ReturnType<typeof createProjectionWorker>;
