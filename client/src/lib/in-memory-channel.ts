import type { RelayPort } from './relay-port.ts';

/** A stand-in for one BroadcastChannel name, for tests: ports, a delivery queue, and a log. */
export type InMemoryChannel = {
  /** A new port on the channel, like `new BroadcastChannel(name)` in another tab. */
  open(): RelayPort;
  /** Delivers queued messages (and the ones they cause) until the channel is quiet. */
  flush(): void;
  /** Every message ever posted, in order. */
  readonly posted: unknown[];
};

/**
 * Like a BroadcastChannel: a message reaches every other open port, never its sender, as a
 * structured clone, and later (here: on `flush`), so tests control the interleaving.
 */
export function createInMemoryChannel(): InMemoryChannel {
  const listeners = new Map<number, Set<(data: unknown) => void>>();
  const queue: { from: number; data: unknown }[] = [];
  const posted: unknown[] = [];
  let nextPort = 0;
  return {
    posted,
    open() {
      const id = nextPort++;
      listeners.set(id, new Set());
      return {
        post(message) {
          if (!listeners.has(id)) throw new Error('port is closed');
          posted.push(message);
          queue.push({ from: id, data: structuredClone(message) });
        },
        listen(onMessage) {
          listeners.get(id)?.add(onMessage);
          return () => listeners.get(id)?.delete(onMessage);
        },
        close: () => listeners.delete(id),
      };
    },
    flush() {
      for (let delivered = 0; queue.length > 0; delivered++) {
        if (delivered > 10_000) throw new Error('relay never goes quiet: a message loop?');
        const message = queue.shift();
        if (message === undefined) break;
        for (const [id, set] of listeners) {
          if (id !== message.from) for (const listener of set) listener(structuredClone(message.data));
        }
      }
    },
  };
}
