import * as encoding from 'lib0/encoding';
import { WebSocket } from 'ws';
import * as Y from 'yjs';
import type { prng } from './prng.ts';

const MessageType = { sync: 0, awareness: 1, auth: 2, queryAwareness: 3, stateless: 5, broadcastStateless: 6 } as const;

function frame(write: (encoder: encoding.Encoder) => void): Uint8Array {
  const encoder = encoding.createEncoder();
  write(encoder);
  return encoding.toUint8Array(encoder);
}

/** The frames a provider sends, built by hand. */
export const frames = {
  auth: (name: string, token = '') =>
    frame((e) => {
      encoding.writeVarString(e, name);
      encoding.writeVarUint(e, MessageType.auth);
      encoding.writeVarUint(e, 0);
      encoding.writeVarString(e, token);
    }),
  syncStep1: (name: string, doc: Y.Doc = new Y.Doc()) =>
    frame((e) => {
      encoding.writeVarString(e, name);
      encoding.writeVarUint(e, MessageType.sync);
      encoding.writeVarUint(e, 0);
      encoding.writeVarUint8Array(e, Y.encodeStateVector(doc));
    }),
  update: (name: string, update: Uint8Array) =>
    frame((e) => {
      encoding.writeVarString(e, name);
      encoding.writeVarUint(e, MessageType.sync);
      encoding.writeVarUint(e, 2);
      encoding.writeVarUint8Array(e, update);
    }),
  awareness: (name: string, json: string) =>
    frame((e) => {
      encoding.writeVarString(e, name);
      encoding.writeVarUint(e, MessageType.awareness);
      const inner = encoding.createEncoder();
      encoding.writeVarUint(inner, 1);
      encoding.writeVarUint(inner, 1234);
      encoding.writeVarUint(inner, 1);
      encoding.writeVarString(inner, json);
      encoding.writeVarUint8Array(e, encoding.toUint8Array(inner));
    }),
};

/** A Yjs update of about `bytes` bytes (one map entry holding a long string). */
export function bigUpdate(bytes: number): Uint8Array {
  const doc = new Y.Doc();
  doc.getMap('junk').set('k', 'x'.repeat(bytes));
  return Y.encodeStateAsUpdate(doc);
}

/** One malformed frame of a random kind (SYNC5): none of them may crash the server or be stored. */
export function malformedFrame(random: ReturnType<typeof prng>, name: string): Uint8Array | string {
  const valid = frames.update(name, bigUpdate(20));
  const kinds: (() => Uint8Array | string)[] = [
    () => Uint8Array.from({ length: 1 + random.int(64) }, () => random.int(256)),
    () => valid.slice(0, 1 + random.int(valid.length - 1)),
    () => Uint8Array.from([...valid, random.int(256)]),
    () => frames.update(name, Uint8Array.from({ length: 1 + random.int(40) }, () => random.int(256))),
    () => frame((e) => (encoding.writeVarString(e, name), encoding.writeVarUint(e, random.pick([6, 8, 9, 10, 11, 99, 2 ** 30])))),
    () => frame((e) => (encoding.writeVarString(e, name), encoding.writeVarUint(e, 0), encoding.writeVarUint(e, 7), encoding.writeVarUint8Array(e, new Uint8Array(3)))),
    () => frames.awareness(name, '{not json'),
    () => frame((e) => (encoding.writeVarString(e, ''), encoding.writeVarUint(e, 3))),
    () => frame((e) => (encoding.writeVarString(e, 'x'.repeat(500)), encoding.writeVarUint(e, 3))),
    () => frame((e) => (encoding.writeVarUint(e, 2 ** 31), encoding.writeVarUint(e, 0))),
    () => 'a text frame',
    () => new Uint8Array(0),
  ];
  return random.pick(kinds)();
}

/** A bare WebSocket to /sync with a browser's headers, for sending hand-made frames. */
export function rawSocket(baseUrl: string, headers: Record<string, string>): Promise<WebSocket> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(`${baseUrl.replace(/^http/, 'ws')}/sync`, { headers, origin: headers.origin });
    ws.once('open', () => resolve(ws));
    ws.once('error', reject);
    ws.once('unexpected-response', (_req, res) => reject(new Error(`upgrade refused: ${res.statusCode}`)));
  });
}

/** Resolves with the close code once the server closes the socket. */
export function closed(ws: WebSocket): Promise<{ code: number; reason: string }> {
  if (ws.readyState === ws.CLOSED) return Promise.resolve({ code: 1006, reason: '' });
  return new Promise((resolve) => ws.once('close', (code, reason) => resolve({ code, reason: reason.toString() })));
}
