import { onTestFinished, describe, expect, it } from 'vitest';
import { libraryDocName } from '../../shared/library/index.ts';
import { PING_FRAME, PONG_BYTE } from '../../shared/sync/keep-alive.ts';
import { closed, frames, rawSocket } from './raw-frames.ts';
import { waitUntil } from './sync-client.ts';
import { startSyncHarness } from './sync-harness.ts';
import { startTcpProxy } from './tcp-proxy.ts';

const CONNECTION_TIMEOUT = 4408; // Hocuspocus's close code for a connection silent past its timeout
const TIMEOUT_MS = 1_500;
const KEEP_ALIVE_MS = 300;

const isPing = (data: Buffer) => data.equals(PING_FRAME);

describe('keep-alive', () => {
  it('SYNC16: a silent connection is pinged; answering each Ping with a Pong keeps it open past the timeout; silence then closes it', async () => {
    const h = await startSyncHarness({ syncOptions: { connectionTimeoutMs: TIMEOUT_MS, keepAliveMs: KEEP_ALIVE_MS } });
    const user = await h.createUser();
    const name = libraryDocName(user.userId);
    const ws = await rawSocket(h.app.url, { cookie: user.cookie, origin: h.app.url });
    const received: Buffer[] = [];
    let answering = true;
    let lastPong = Date.now();
    ws.on('message', (data: Buffer) => {
      received.push(data);
      if (!isPing(data) || !answering) return;
      ws.send(Uint8Array.of(PONG_BYTE));
      lastPong = Date.now();
    });
    const done = closed(ws);
    ws.send(frames.auth(name));
    ws.send(frames.syncStep1(name));
    // Authenticated, the server's sync step 1 and 2, the epoch announcement.
    await waitUntil(() => received.filter((data) => !isPing(data)).length >= 4, 'authenticated, synced and told the epoch');
    const handshake = received.length;

    // The client sends nothing but Pongs for three timeouts.
    await new Promise((resolve) => setTimeout(resolve, 3 * TIMEOUT_MS));
    expect(ws.readyState).toBe(ws.OPEN);
    const idle = received.slice(handshake);
    expect(idle.every(isPing)).toBe(true);
    // About one Ping per interval after each Pong (the sweep runs every tenth of it); never one per sweep.
    expect(idle.length).toBeGreaterThanOrEqual(5);
    expect(idle.length).toBeLessThanOrEqual((3 * TIMEOUT_MS) / KEEP_ALIVE_MS + 1);

    answering = false;
    expect((await done).code).toBe(CONNECTION_TIMEOUT);
    expect(Date.now() - lastPong).toBeGreaterThanOrEqual(TIMEOUT_MS);
  });

  it("SYNC16: the app's provider (no awareness) stays connected while idle on the server's Pings alone, notices a server that stops answering, and reconnects", async () => {
    const reconnectAfterMs = 1_000;
    // The server's own timeout is longer than the client's: the client must notice by itself.
    const h = await startSyncHarness({ syncOptions: { connectionTimeoutMs: 3 * reconnectAfterMs, keepAliveMs: 200 } });
    const proxy = await startTcpProxy({ host: '127.0.0.1', port: Number(new URL(h.app.url).port) });
    onTestFinished(() => proxy.close());
    const user = await h.createUser();
    const name = libraryDocName(user.userId);
    const device = h.device(user, name, { url: `http://127.0.0.1:${proxy.port}`, origin: h.app.url, messageReconnectTimeout: reconnectAfterMs });
    const disconnects: { code: number; reason: string }[] = [];
    device.socket.on('disconnect', ({ event }: { event: { code: number; reason: string } }) => disconnects.push({ code: event.code, reason: event.reason }));
    await device.synced();
    await device.saved();
    expect(device.provider.awareness).toBeNull();
    await new Promise((resolve) => setTimeout(resolve, 100)); // the epoch announcement

    // Idle for three of the client's timeouts: no reconnect, and nothing heard but Pings.
    const heard = device.received.length;
    await new Promise((resolve) => setTimeout(resolve, 3 * reconnectAfterMs));
    expect(disconnects).toEqual([]);
    const idle = device.received.slice(heard).map((data) => Buffer.from(data));
    expect(idle.length).toBeGreaterThanOrEqual(5);
    expect(idle.every(isPing)).toBe(true);

    // The server stops answering (the connection stays open, nothing gets through).
    proxy.freeze();
    const frozenAt = Date.now();
    await waitUntil(() => disconnects.length > 0, 'the client gave up on the silent server', 10 * reconnectAfterMs);
    expect(Date.now() - frozenAt).toBeGreaterThanOrEqual(reconnectAfterMs);
    expect(disconnects[0]).toEqual({ code: 4408, reason: 'forced' }); // the provider's own silence check

    proxy.restore();
    device.doc.getMap('probe').set('after', 'reconnect');
    await device.saved(10_000);
    expect((await h.storedDoc(name)).getMap('probe').get('after')).toBe('reconnect');
  });

  it('SYNC16: awareness frames (a tab still running a client from before awareness was dropped) are echoed and keep the connection open past the timeout; silence then closes it', async () => {
    const h = await startSyncHarness({ syncOptions: { connectionTimeoutMs: TIMEOUT_MS } });
    const user = await h.createUser();
    const name = libraryDocName(user.userId);
    const ws = await rawSocket(h.app.url, { cookie: user.cookie, origin: h.app.url });
    const received: Buffer[] = [];
    ws.on('message', (data: Buffer) => received.push(data));
    const done = closed(ws);
    ws.send(frames.auth(name));
    ws.send(frames.syncStep1(name));
    await waitUntil(() => received.length >= 2, 'authenticated and synced');

    const awareness = frames.awareness(name, '{}');
    const echoes = () => received.filter((data) => data.equals(awareness)).length;
    const started = Date.now();
    let sent = 0;
    let lastSent = started;
    while (Date.now() - started < 3 * TIMEOUT_MS) {
      ws.send(awareness);
      lastSent = Date.now();
      sent++;
      await waitUntil(() => echoes() === sent, 'the awareness frame echoed');
      await new Promise((resolve) => setTimeout(resolve, TIMEOUT_MS / 4));
    }
    expect(ws.readyState).toBe(ws.OPEN);

    expect((await done).code).toBe(CONNECTION_TIMEOUT);
    expect(Date.now() - lastSent).toBeGreaterThanOrEqual(TIMEOUT_MS);
  });
});
