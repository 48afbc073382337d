import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import * as encoding from 'lib0/encoding';
import { SyncClose } from '../../shared/sync/close-codes.ts';
import { PONG_BYTE } from '../../shared/sync/keep-alive.ts';
import { QueuedUpdates } from './queued-updates.ts';
import { bridgeSocket, RATE_LIMIT_EXCEEDED, type ShapingPolicy } from './ws-bridge.ts';

/** A stand-in for a `ws` socket that delivers whatever the test pushes, paused or not. */
class FakeWebSocket extends EventEmitter {
  readonly OPEN = 1;
  readyState = 1;
  isPaused = false;
  pauses = 0;
  readonly sent: Uint8Array[] = [];
  send(data: Uint8Array) {
    this.sent.push(data);
  }
  pause() {
    this.isPaused = true;
    this.pauses++;
  }
  resume() {
    this.isPaused = false;
  }
}

function queryAwarenessFrame(): Buffer {
  const e = encoding.createEncoder();
  encoding.writeVarString(e, 'library:0b6d1f0e-3c8a-4b7e-9d2a-5f1e2c3d4a5b');
  encoding.writeVarUint(e, 3);
  return Buffer.from(encoding.toUint8Array(e));
}

function awarenessFrame(address: string): Buffer {
  const e = encoding.createEncoder();
  encoding.writeVarString(e, address);
  encoding.writeVarUint(e, 1);
  const inner = encoding.createEncoder();
  encoding.writeVarUint(inner, 1);
  encoding.writeVarUint(inner, 1234);
  encoding.writeVarUint(inner, 7);
  encoding.writeVarString(inner, '{}');
  encoding.writeVarUint8Array(e, encoding.toUint8Array(inner));
  return Buffer.from(encoding.toUint8Array(e));
}

function setup(policy: ShapingPolicy) {
  const ws = new FakeWebSocket();
  const delivered: Uint8Array[] = [];
  const closes: { code: number; reason: string }[] = [];
  const refusals: string[] = [];
  const socket = {
    ws,
    queuedUpdates: new QueuedUpdates(),
    close: (event: { code: number; reason: string }) => {
      closes.push(event);
      ws.readyState = 2;
    },
  };
  const sink = { handleMessage: (data: Uint8Array) => void delivered.push(data), handleClose: () => undefined, lastMessageReceivedAt: 0 };
  bridgeSocket(socket, sink, policy, (reason) => refusals.push(reason));
  return { ws, sink, delivered, closes, refusals, sent: ws.sent };
}

const policy: ShapingPolicy = { messages: { capacity: 5, perSecond: 100 }, bytes: { capacity: 1e9, perSecond: 1e9 }, maxQueuedFrames: 20 };

describe('socket bridge', () => {
  it('SYNC12: frames over the rate wait (the socket is paused) and are delivered in order later', async () => {
    const { ws, delivered } = setup(policy);
    for (let i = 0; i < 10; i++) ws.emit('message', queryAwarenessFrame(), true);
    expect(delivered).toHaveLength(5);
    expect(ws.pauses).toBeGreaterThan(0);
    await new Promise((resolve) => setTimeout(resolve, 120));
    expect(delivered).toHaveLength(10);
    expect(ws.isPaused).toBe(false);
  });

  it('SYNC12: a client that keeps more frames waiting than allowed is closed with rate-limited', () => {
    const { ws, closes, refusals } = setup(policy);
    for (let i = 0; i < 40; i++) ws.emit('message', queryAwarenessFrame(), true);
    expect(closes).toEqual([SyncClose.rateLimited]);
    expect(refusals).toContain(RATE_LIMIT_EXCEEDED);
  });

  it("SYNC16: the provider's Pong (one byte, no address) counts as activity; nothing is sent back or handed to Hocuspocus", () => {
    const { ws, sink, delivered, sent, closes } = setup(policy);
    const before = Date.now();
    ws.emit('message', Buffer.of(PONG_BYTE), true);
    expect(sink.lastMessageReceivedAt).toBeGreaterThanOrEqual(before);
    expect(sent).toEqual([]);
    expect(delivered).toEqual([]);
    expect(closes).toEqual([]);
  });

  it('SYNC16: an awareness frame (a client from before awareness was dropped) is echoed to its sender and counts as activity, without reaching Hocuspocus', () => {
    const { ws, sink, delivered, sent, closes } = setup(policy);
    const frame = awarenessFrame('library:0b6d1f0e-3c8a-4b7e-9d2a-5f1e2c3d4a5b\u0000session-1');
    const before = Date.now();
    ws.emit('message', frame, true);
    expect(sent.map((data) => Buffer.from(data))).toEqual([frame]);
    expect(sink.lastMessageReceivedAt).toBeGreaterThanOrEqual(before);
    expect(delivered).toEqual([]);
    expect(closes).toEqual([]);
  });

  it('SYNC5: a text frame or a malformed binary frame closes with invalid-message and is not delivered', () => {
    const text = setup(policy);
    text.ws.emit('message', Buffer.from('hello'), false);
    expect(text.closes).toEqual([SyncClose.invalidMessage]);
    const garbage = setup(policy);
    garbage.ws.emit('message', Buffer.from([9, 1, 2]), true);
    expect(garbage.closes).toEqual([SyncClose.invalidMessage]);
    expect(garbage.delivered).toHaveLength(0);
  });
});
