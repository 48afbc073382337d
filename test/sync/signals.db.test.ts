import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { z } from 'zod';
import { createSong, libraryDocName, readLibrary } from '../../shared/library/index.ts';
import { SyncClose } from '../../shared/sync/close-codes.ts';
import { signUpAt } from '../auth/cookie-client.ts';
import { spawnServer } from './server-process.ts';
import { openDevice, waitUntil } from './sync-client.ts';

const SongListSchema = z.object({ songs: z.array(z.object({ id: z.string(), title: z.string() })) });

// The real entry (server/main.ts) on the embedded database, stopped by a real signal, then started
// again on the same data directory: what an operator's `docker stop` or Ctrl-C does.
describe('shutdown on a signal, in the real process', () => {
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    it(`OPS13: ${signal} closes every socket with server-shutdown, runs the shutdown steps, exits 0, and a restart serves what was saved`, async () => {
      const dataDir = await mkdtemp(path.join(os.tmpdir(), 'metmap-signal-'));
      onTestFinished(() => rm(dataDir, { recursive: true, force: true }));
      const env = { DATA_DIR: dataDir, LOG_LEVEL: 'info' };

      const first = await spawnServer(env, 60_000);
      onTestFinished(first.stop);
      const { userId, cookie } = await signUpAt(first.url, `signal-${signal.toLowerCase()}@example.com`);
      const name = libraryDocName(userId);

      const device = openDevice({ url: first.url, name, cookie });
      onTestFinished(() => device.destroy());
      await device.synced(20_000);
      const songId = createSong(device.doc, { title: `Saved before ${signal}` });
      await device.saved(20_000);

      first.child.kill(signal);
      expect(await first.exited).toBe('0');
      expect(device.closes).toContainEqual(SyncClose.serverShutdown);
      const log = first.output();
      expect(log).toContain(`"signal":"${signal}"`);
      expect(log).toMatch(/"step":"server","msg":"shutdown step done"/);
      expect(log).not.toMatch(/shutdown step failed|shutdown took too long/);
      device.destroy();

      // Same data directory, same session: the song is in the stored document and in its projection.
      const second = await spawnServer(env, 60_000);
      onTestFinished(second.stop);
      const again = openDevice({ url: second.url, name, cookie });
      onTestFinished(() => again.destroy());
      await again.synced(20_000);
      await waitUntil(() => readLibrary(again.doc).songs.some((song) => song.id === songId), 'the song after the restart');
      const list = await fetch(`${second.url}/api/songs`, { headers: { cookie } });
      expect(list.status).toBe(200);
      const songs = SongListSchema.parse(await list.json()).songs.map(({ id, title }) => ({ id, title }));
      expect(songs).toContainEqual({ id: songId, title: `Saved before ${signal}` });
    }, 120_000);
  }
});
