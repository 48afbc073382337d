import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import { WebSocket } from 'ws';
import * as Y from 'yjs';

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
};

/** Polls `check` every 5 ms until it returns true; throws with `what` after `timeoutMs`. */
export async function waitUntil(check: () => boolean, what: string, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

/** A WebSocket class for the provider that sends a browser's Cookie and Origin headers (and records what it receives). */
export function browserLikeWebSocket(headers: Record<string, string>, received: Uint8Array[] = []) {
  return class BrowserLikeWebSocket extends WebSocket {
    constructor(url: string) {
      super(url, { headers });
      this.on('message', (data: Buffer) => received.push(new Uint8Array(data)));
    }
  };
}

/** A real @hocuspocus/provider on a Node WebSocket, as a signed-in browser tab would open it. */
export function openDevice(options: DeviceOptions): Device {
  const doc = options.doc ?? new Y.Doc();
  const wsUrl = `${options.url.replace(/^http/, 'ws')}/sync`;
  const headers: Record<string, string> = { origin: options.origin ?? options.url };
  if (options.cookie) headers.cookie = options.cookie;
  const received: Uint8Array[] = [];
  const socket = new HocuspocusProviderWebsocket({
    url: wsUrl,
    WebSocketPolyfill: browserLikeWebSocket(headers, received),
    autoConnect: options.connect ?? true,
    // Quick, deterministic reconnects: the tests wait on events, not on back-off.
    delay: 20,
    factor: 1.5,
    maxDelay: 250,
    jitter: false,
    minDelay: 10,
  });
  const denied: string[] = [];
  const closes: { code: number; reason: string }[] = [];
  socket.on('close', ({ event }: { event: { code: number; reason: string } }) => closes.push({ code: event.code, reason: event.reason }));
  const provider = new HocuspocusProvider({
    websocketProvider: socket,
    name: options.name,
    document: doc,
    onAuthenticationFailed: ({ reason }) => denied.push(reason),
  });
  provider.attach();
  return {
    doc,
    provider,
    socket,
    denied,
    closes,
    received,
    synced: (timeoutMs) => waitUntil(() => provider.isSynced, `${options.name} synced`, timeoutMs),
    saved: (timeoutMs) => waitUntil(() => provider.isSynced && !provider.hasUnsyncedChanges, `${options.name} saved`, timeoutMs),
    destroy() {
      provider.destroy();
      socket.destroy();
    },
  };
}
