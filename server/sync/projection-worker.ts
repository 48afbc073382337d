// The projection worker thread's entry: messages in, replies out (projection-protocol.ts).
import { parentPort } from 'node:worker_threads';
import { createProjectionEngine } from './projection-engine.ts';
import type { ToProjectionWorker } from './projection-protocol.ts';

/** A mirror that received nothing for this long rests as its encoded state (projection-engine.ts). */
const REST_AFTER_MS = 60_000;

const engine = createProjectionEngine();
const port = parentPort;
if (!port) throw new Error('projection-worker.ts runs as a worker thread');
setInterval(() => engine.rest(REST_AFTER_MS), REST_AFTER_MS / 4).unref();

port.on('message', (message: ToProjectionWorker) => {
  try {
    const reply = engine.handle(message);
    if (reply) port.postMessage(reply);
  } catch (error) {
    if (message.type === 'project') port.postMessage({ type: 'failed', id: message.id, pass: message.pass, message: String(error) });
  }
});
