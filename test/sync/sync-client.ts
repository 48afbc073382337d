import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import * as decoding from 'lib0/decoding';
import { WebSocket } from 'ws';
import * as Y from 'yjs';
import { CLIENT_RECONNECT_AFTER_SILENCE_MS } from '../../shared/sync/keep-alive.ts';

/** A provider's view of one document on a device, with the waits the tests need. */
export type Device = {
  readonly doc: Y.Doc;
  readonly provider: HocuspocusProvider;
  readonly socket: HocuspocusProviderWebsocket;
  /** Reasons of every permission-denied answer. */
  readonly denied: string[];
  /** Close events of the WebSocket. */
  readonly closes: { code: number; reason: string }[];
  /** Every frame the server sent to this device's socket. */
  readonly received: Uint8Array[];
  /** Updates (update and sync-step-2 messages) the server acknowledged, in order: durably stored (SYNC4). */
  readonly acked: Uint8Array[];
  /** Update messages sent on the current connection and not acknowledged yet. */
  unacknowledged(): number;
  /** Resolves once the document synced with the server. */
  synced(timeoutMs?: number): Promise<void>;
  /** Resolves once the server acknowledged every local change (durably stored, SYNC4). */
  saved(timeoutMs?: number): Promise<void>;
  destroy(): void;
};

export type DeviceOptions = {
  /** Base URL of the server, e.g. http://127.0.0.1:1234. */
  url: string;
  name: string;
  /** The Cookie header (session) the socket sends. */
  cookie?: string;
  /** The Origin header; the server's own by default. */
  origin?: string;
  doc?: Y.Doc;
  /** Start disconnected (offline device). */
  connect?: boolean;
  /** The socket reconnects after hearing nothing for this long; the app's 60 s by default. */
  messageReconnectTimeout?: number;
};

/** Polls `check` every 5 ms until it returns true; throws with `what` after `timeoutMs`. */
export async function waitUntil(check: () => boolean, what: string, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

/** Like waitUntil, for checks that read the database. */
export async function waitUntilAsync(check: () => Promise<boolean>, what: string, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

const SYNC = 0;
const SYNC_STATUS = 8;

/** The update carried by a sync-step-2 or update frame, or null for any other frame. */
function sentUpdate(frame: Uint8Array): Uint8Array | null {
  try {
    const decoder = decoding.createDecoder(frame);
    decoding.readVarString(decoder);
    if (decoding.readVarUint(decoder) !== SYNC) return null;
    const step = decoding.readVarUint(decoder);
    return step === 1 || step === 2 ? decoding.readVarUint8Array(decoder) : null;
  } catch {
    return null;
  }
}

function isSyncStatus(frame: Uint8Array): boolean {
  try {
    const decoder = decoding.createDecoder(frame);
    decoding.readVarString(decoder);
    return decoding.readVarUint(decoder) === SYNC_STATUS;
  } catch {
    return false;
  }
}

/** What the test-side socket saw: frames received, and which sent updates the server acknowledged. */
export type FrameLog = { received: Uint8Array[]; acked: Uint8Array[]; errors: string[]; current: { awaiting: Uint8Array[] } };

export function frameLog(): FrameLog {
  return { received: [], acked: [], errors: [], current: { awaiting: [] } };
}

/**
 * A WebSocket class for the provider that sends a browser's Cookie and Origin headers, and pairs
 * each sent update with its acknowledgement (the server answers every update and sync-step-2
 * message of a connection with one SyncStatus, in order).
 */
export function browserLikeWebSocket(headers: Record<string, string>, log: FrameLog = frameLog()) {
  return class BrowserLikeWebSocket extends WebSocket {
    readonly awaiting: Uint8Array[] = [];
    constructor(url: string) {
      super(url, { headers });
      log.current = this;
      // A browser reports a socket's errors as events, never as exceptions: closing a socket that is
      // still connecting (a device destroyed mid-handshake) must not become an uncaught 'error'.
      this.on('error', (error: Error) => log.errors.push(error.message));
      this.on('message', (data: Buffer) => {
        const frame = new Uint8Array(data);
        log.received.push(frame);
        const acked = isSyncStatus(frame) ? this.awaiting.shift() : undefined;
        if (acked) log.acked.push(acked);
      });
    }
    override send(data: Uint8Array, ...rest: unknown[]): void {
      const update = sentUpdate(data);
      if (update) this.awaiting.push(update);
      (super.send as (data: Uint8Array, ...rest: unknown[]) => void)(data, ...rest);
    }
  };
}

/** A real @hocuspocus/provider on a Node WebSocket, as a signed-in browser tab would open it (no awareness, the app's reconnect timeout). */
export function openDevice(options: DeviceOptions): Device {
  const doc = options.doc ?? new Y.Doc();
  const wsUrl = `${options.url.replace(/^http/, 'ws')}/sync`;
  const headers: Record<string, string> = { origin: options.origin ?? options.url };
  if (options.cookie) headers.cookie = options.cookie;
  const log = frameLog();
  const socket = new HocuspocusProviderWebsocket({
    url: wsUrl,
    WebSocketPolyfill: browserLikeWebSocket(headers, log),
    autoConnect: options.connect ?? true,
    // Quick, deterministic reconnects: the tests wait on events, not on back-off.
    delay: 20,
    factor: 1.5,
    maxDelay: 250,
    jitter: false,
    minDelay: 10,
    messageReconnectTimeout: options.messageReconnectTimeout ?? CLIENT_RECONNECT_AFTER_SILENCE_MS,
  });
  const denied: string[] = [];
  const closes: { code: number; reason: string }[] = [];
  socket.on('close', ({ event }: { event: { code: number; reason: string } }) => closes.push({ code: event.code, reason: event.reason }));
  const provider = new HocuspocusProvider({
    websocketProvider: socket,
    name: options.name,
    document: doc,
    // Like the app's providers (CSYNC1): no awareness; the server's Ping keeps an idle socket alive.
    awareness: null,
    onAuthenticationFailed: ({ reason }) => denied.push(reason),
  });
  provider.attach();
  return {
    doc,
    provider,
    socket,
    denied,
    closes,
    received: log.received,
    acked: log.acked,
    unacknowledged: () => log.current.awaiting.length,
    synced: (timeoutMs) => waitUntil(() => provider.isSynced, `${options.name} synced`, timeoutMs),
    saved: (timeoutMs) =>
      waitUntil(() => provider.isSynced && !provider.hasUnsyncedChanges && log.current.awaiting.length === 0, `${options.name} saved`, timeoutMs),
    destroy() {
      provider.destroy();
      socket.destroy();
    },
  };
}
