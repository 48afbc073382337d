import { describe, expect, it } from 'vitest';
import { PING_FRAME } from '../../shared/sync/keep-alive.ts';
import { createKeepAlive, type KeepAliveConnection } from './keep-alive.ts';

const PING_AFTER_MS = 30_000;

function connection(lastMessageReceivedAt: number) {
  const sent: Uint8Array[] = [];
  const ws = { OPEN: 1, readyState: 1, send: (data: Uint8Array) => void sent.push(data) };
  const sink = { lastMessageReceivedAt };
  return { connection: { ws, sink } satisfies KeepAliveConnection, ws, sink, sent };
}

describe('keep-alive', () => {
  it('SYNC16: a connection silent for the interval gets one Ping; its Pong (activity) puts off the next by a whole interval', () => {
    let now = 1_000_000;
    const keepAlive = createKeepAlive(PING_AFTER_MS, () => now);
    try {
      const c = connection(now);
      keepAlive.add(c.connection);
      now += PING_AFTER_MS - 1;
      keepAlive.sweep();
      expect(c.sent).toEqual([]);
      now += 1;
      keepAlive.sweep();
      expect(c.sent).toEqual([PING_FRAME]);
      keepAlive.sweep();
      expect(c.sent).toHaveLength(1);
      c.sink.lastMessageReceivedAt = now + 5; // the Pong
      now += PING_AFTER_MS;
      keepAlive.sweep();
      expect(c.sent).toHaveLength(1);
      now += 5;
      keepAlive.sweep();
      expect(c.sent).toHaveLength(2);
    } finally {
      keepAlive.stop();
    }
  });

  it('SYNC16: a connection that does not answer is pinged once per interval, not on every sweep; one that speaks is not pinged', () => {
    let now = 0;
    const keepAlive = createKeepAlive(PING_AFTER_MS, () => now);
    try {
      const silent = connection(now);
      const talking = connection(now);
      keepAlive.add(silent.connection);
      keepAlive.add(talking.connection);
      for (let step = 0; step < 100; step++) {
        now += PING_AFTER_MS / 10;
        talking.sink.lastMessageReceivedAt = now - 1_000;
        keepAlive.sweep();
      }
      expect(silent.sent).toHaveLength(10);
      expect(talking.sent).toEqual([]);
    } finally {
      keepAlive.stop();
    }
  });

  it('SYNC16: a socket that is not open, or was removed, is not pinged', () => {
    let now = 0;
    const keepAlive = createKeepAlive(PING_AFTER_MS, () => now);
    try {
      const closing = connection(now);
      closing.ws.readyState = 2;
      const removed = connection(now);
      keepAlive.add(closing.connection);
      keepAlive.add(removed.connection)();
      now += 2 * PING_AFTER_MS;
      keepAlive.sweep();
      expect(closing.sent).toEqual([]);
      expect(removed.sent).toEqual([]);
    } finally {
      keepAlive.stop();
    }
  });
});
