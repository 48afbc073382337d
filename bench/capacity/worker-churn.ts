// Worker side of scenario churn: real @hocuspocus/provider devices (the app's own socket class, which
// drops what it cannot send and resyncs on reconnect) that keep editing while some of them go
// offline and come back.
import { HocuspocusProvider, WebSocketStatus } from '@hocuspocus/provider';
import * as Y from 'yjs';
import { LiveOnlyWebsocket } from '../../client/src/features/sync/live-only-websocket.ts';
import { prng } from '../../test/sync/prng.ts';
import { editorState, randomLibraryEdit, type EditorState } from '../../test/sync/random-library-edits.ts';
import { browserLikeWebSocket } from '../../test/sync/sync-client.ts';
import { sleep } from './bounded.ts';
import { docFingerprint, stateVectorText } from './doc-fingerprint.ts';
import type { ChurnDevice, ChurnRunResult, ChurnSettleResult, OpenResult, UserSpec } from './ipc.ts';

type Device = {
  label: string;
  doc: Y.Doc;
  socket: LiveOnlyWebsocket;
  provider: HocuspocusProvider;
  editor: EditorState;
  online: boolean;
  /** (clientID, clock after the edit) of every edit this device made. */
  edits: [number, number][];
};

const devices: Device[] = [];
let reconnects = new Set<NodeJS.Timeout>();

function openDevice(url: string, spec: UserSpec, label: string): Device {
  const doc = new Y.Doc();
  const socket = new LiveOnlyWebsocket({
    url: `${url.replace(/^http/, 'ws')}/sync`,
    WebSocketPolyfill: browserLikeWebSocket({ origin: url, cookie: spec.cookie }),
  });
  // As the app creates it (client/src/features/sync/sync-session.ts): no awareness.
  const provider = new HocuspocusProvider({ websocketProvider: socket, name: spec.doc, document: doc, awareness: null, token: 'session-cookie' });
  provider.attach();
  return { label, doc, socket, provider, editor: editorState(label, spec.songIds), online: true, edits: [] };
}

const isSaved = (device: Device) => device.provider.isSynced && !device.provider.hasUnsyncedChanges;

async function waitFor(check: () => boolean, timeoutMs: number): Promise<boolean> {
  const deadline = performance.now() + timeoutMs;
  while (!check()) {
    if (performance.now() > deadline) return false;
    await sleep(20);
  }
  return true;
}

export async function openChurnDevices(url: string, users: readonly UserSpec[], devicesPerUser: number): Promise<OpenResult> {
  const started = performance.now();
  users.forEach((spec, u) => {
    for (let d = 0; d < devicesPerUser; d++) devices.push(openDevice(url, spec, `u${u}d${d}`));
  });
  const ok = await waitFor(() => devices.every(isSaved), 60_000);
  const failed = devices.filter((device) => !isSaved(device)).length;
  return { opened: devices.length - failed, failed, errors: ok ? [] : ['devices not synced within 60 s'], ms: performance.now() - started };
}

export async function runChurn(durationMs: number, editsPerSecond: number, seed: number): Promise<ChurnRunResult> {
  const random = prng(seed);
  let edits = 0;
  let disconnects = 0;
  let reconnected = 0;
  let step = 0;
  const editTimer = setInterval(() => {
    const device = random.pick(devices);
    const before = Y.getState(device.doc.store, device.doc.clientID);
    randomLibraryEdit(device.doc, random, device.editor, step++);
    const after = Y.getState(device.doc.store, device.doc.clientID);
    if (after > before) device.edits.push([device.doc.clientID, after]);
    edits++;
  }, 1000 / editsPerSecond);

  // Every 5–15 s, 1–10 random online devices go offline and come back 1–20 s later.
  let churnTimer: NodeJS.Timeout | undefined;
  const churn = () => {
    const online = random.shuffle(devices.filter((device) => device.online));
    for (const device of online.slice(0, 1 + random.int(10))) {
      device.online = false;
      device.socket.disconnect();
      disconnects++;
      const timer = setTimeout(() => {
        reconnects.delete(timer);
        device.online = true;
        void device.socket.connect();
        reconnected++;
      }, 1_000 + random.int(19_001));
      reconnects.add(timer);
    }
    churnTimer = setTimeout(churn, 5_000 + random.int(10_001));
  };
  churnTimer = setTimeout(churn, 5_000 + random.int(10_001));

  await sleep(durationMs);
  clearInterval(editTimer);
  clearTimeout(churnTimer);
  return { edits, disconnects, reconnects: reconnected };
}

const stateVectorOf = (device: Device) => stateVectorText(device.doc);

/** Every device of each document holds the same state, and none has anything unacknowledged. */
function converged(): boolean {
  if (!devices.every((device) => device.online && device.socket.status === WebSocketStatus.Connected && isSaved(device))) return false;
  const byDoc = new Map<string, string>();
  for (const device of devices) {
    const name = device.provider.configuration.name;
    const vector = stateVectorOf(device);
    if ((byDoc.get(name) ?? vector) !== vector) return false;
    byDoc.set(name, vector);
  }
  return true;
}

export async function settleChurn(timeoutMs: number): Promise<ChurnSettleResult> {
  const started = performance.now();
  for (const timer of reconnects) clearTimeout(timer);
  reconnects = new Set();
  const offline = devices.filter((d) => !d.online);
  for (const device of offline) {
    device.online = true;
    void device.socket.connect();
  }
  const ok = await waitFor(converged, timeoutMs);
  const convergedMs = ok ? performance.now() - started : null;
  const report: ChurnDevice[] = devices.map((device) => ({
    doc: device.provider.configuration.name,
    label: device.label,
    stateVector: stateVectorOf(device),
    fingerprint: docFingerprint(device.doc),
    unsyncedChanges: device.provider.unsyncedChanges,
    synced: device.provider.isSynced,
    edits: device.edits,
  }));
  return { convergedMs, offlineAtStop: offline.length, devices: report };
}

export function closeChurnDevices(): void {
  for (const device of devices.splice(0)) {
    device.provider.destroy();
    device.socket.destroy();
  }
}
