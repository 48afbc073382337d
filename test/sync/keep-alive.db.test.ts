import { describe, expect, it } from 'vitest';
import { libraryDocName } from '../../shared/library/index.ts';
import { closed, frames, rawSocket } from './raw-frames.ts';
import { waitUntil } from './sync-client.ts';
import { startSyncHarness } from './sync-harness.ts';

const CONNECTION_TIMEOUT = 4408; // Hocuspocus's close code for a connection silent past its timeout
const TIMEOUT_MS = 1_500;

describe('keep-alive', () => {
  it('SYNC16: awareness frames keep an authenticated connection open past the timeout (each echoed); silence then closes it', async () => {
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
