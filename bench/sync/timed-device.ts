// One device as the app runs it: a real @hocuspocus/provider on a Node WebSocket carrying the
// session cookie and our Origin. It timestamps, with performance.now(), every remote change it
// applies and every acknowledgement (SyncStatus) the server sends for its updates.
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import * as decoding from 'lib0/decoding';
import { WebSocket } from 'ws';
import type * as Y from 'yjs';

const SYNC = 0;
const SYNC_STEP_2 = 1;
const SYNC_UPDATE = 2;
const SYNC_STATUS = 8;

function frameKind(frame: Uint8Array): 'update' | 'status' | 'other' {
  try {
    const decoder = decoding.createDecoder(frame);
    decoding.readVarString(decoder);
    const type = decoding.readVarUint(decoder);
    if (type === SYNC_STATUS) return 'status';
    if (type !== SYNC) return 'other';
    const step = decoding.readVarUint(decoder);
    return step === SYNC_STEP_2 || step === SYNC_UPDATE ? 'update' : 'other';
  } catch {
    return 'other';
  }
}

export type TimedDevice = {
  readonly doc: Y.Doc;
  readonly provider: HocuspocusProvider;
  /** Called with the time a remote change was applied to `doc`. */
  onRemoteChange: ((at: number) => void) | undefined;
  /** Called with the time the server acknowledged the last of this device's outstanding updates. */
  onAllAcknowledged: ((at: number) => void) | undefined;
  /** Update frames sent on the current connection and not acknowledged yet. */
  unacknowledged(): number;
  synced(timeoutMs: number): Promise<void>;
  destroy(): void;
};

async function waitFor(check: () => boolean, what: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

export function openTimedDevice(options: { url: string; name: string; cookie: string; doc: Y.Doc }): TimedDevice {
  let awaiting = 0;
  const hooks: Pick<TimedDevice, 'onRemoteChange' | 'onAllAcknowledged'> = { onRemoteChange: undefined, onAllAcknowledged: undefined };
  const headers = { origin: options.url, cookie: options.cookie };
  class TimedWebSocket extends WebSocket {
    constructor(url: string) {
      super(url, { headers });
      awaiting = 0;
      this.on('message', (data: Buffer) => {
        if (frameKind(new Uint8Array(data)) !== 'status' || awaiting === 0) return;
        awaiting--;
        if (awaiting === 0) hooks.onAllAcknowledged?.(performance.now());
      });
    }
    override send(data: Uint8Array, ...rest: unknown[]): void {
      if (frameKind(data) === 'update') awaiting++;
      (super.send as (data: Uint8Array, ...rest: unknown[]) => void)(data, ...rest);
    }
  }
  const socket = new HocuspocusProviderWebsocket({ url: `${options.url.replace(/^http/, 'ws')}/sync`, WebSocketPolyfill: TimedWebSocket });
  const provider = new HocuspocusProvider({ websocketProvider: socket, name: options.name, document: options.doc });
  options.doc.on('update', (_update: Uint8Array, origin: unknown) => {
    if (origin === provider) hooks.onRemoteChange?.(performance.now());
  });
  provider.attach();
  return Object.assign(hooks, {
    doc: options.doc,
    provider,
    unacknowledged: () => awaiting,
    synced: (timeoutMs: number) => waitFor(() => provider.isSynced && awaiting === 0, `${options.name} synced`, timeoutMs),
    destroy() {
      provider.destroy();
      socket.destroy();
    },
  });
}
