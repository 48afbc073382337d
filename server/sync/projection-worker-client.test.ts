import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createSong, UserIdSchema } from '../../shared/library/index.ts';
import { createLogger } from '../logger.ts';
import { createProjectionWorker } from './projection-worker-client.ts';

const userId = UserIdSchema.parse('0b6d1f0e-3c8a-4b7e-9d2a-5f1e2c3d4a5b');

async function until(check: () => boolean, what: string): Promise<void> {
  const deadline = Date.now() + 10_000;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

describe('projection worker thread', () => {
  it('SYNC10: the worker exits once it has had no document for a while, and starts again with the next one', async () => {
    const worker = createProjectionWorker(createLogger('silent'), { retireAfterMs: 100 });
    try {
      const doc = new Y.Doc();
      createSong(doc, { title: 'One' });
      const first = worker.open('library', userId, doc);
      expect((await worker.project(first, 1, null)).kind).toBe('diff');
      worker.settled(first, 1, true, false);
      const generation = worker.generation();
      worker.close(first);
      expect(worker.running()).toBe(true);
      await until(() => !worker.running(), 'the idle worker exited');
      // Its mirrors are gone: the projector must compare with the stored rows again.
      expect(worker.generation()).not.toBe(generation);

      const second = worker.open('library', userId, doc);
      expect(worker.running()).toBe(true);
      expect((await worker.project(second, 1, null)).kind).toBe('diff');
    } finally {
      await worker.stop();
    }
  }, 30_000);

  it('SYNC10: a document opened within the grace period keeps the worker (and its mirrors) running', async () => {
    const worker = createProjectionWorker(createLogger('silent'), { retireAfterMs: 200 });
    try {
      const doc = new Y.Doc();
      createSong(doc, { title: 'One' });
      worker.close(worker.open('library', userId, doc));
      const generation = worker.generation();
      const kept = worker.open('library', userId, doc);
      await new Promise((resolve) => setTimeout(resolve, 400));
      expect(worker.running()).toBe(true);
      expect(worker.generation()).toBe(generation);
      expect((await worker.project(kept, 1, null)).kind).toBe('diff');
    } finally {
      await worker.stop();
    }
  }, 30_000);
});
