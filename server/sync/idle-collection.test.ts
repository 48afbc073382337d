import { describe, expect, it } from 'vitest';
import { createLogger } from '../logger.ts';
import { createIdleCollection } from './idle-collection.ts';

const log = createLogger('silent');
const QUIET_MS = 30;

/** A collector that records when it ran and lets the test wait for the next run. */
function recordingCollector() {
  const runs: number[] = [];
  let next: (() => void) | undefined;
  return {
    runs,
    collect: async () => {
      runs.push(performance.now());
      next?.();
    },
    ran: () => new Promise<void>((resolve) => (next = resolve)),
  };
}

/** Resolves once a timer of the quiet time, armed now, has fired: any timer armed before it has had its moment. */
async function quietTimePassed(quietMs = QUIET_MS): Promise<void> {
  const witness = recordingCollector();
  const idle = createIdleCollection({ collect: witness.collect, quietMs, documents: () => 0, log });
  const ran = witness.ran();
  idle.unloaded();
  await ran;
}

describe('idle collection', () => {
  it('SYNC17: one collection once no document has been unloaded for the quiet time, however many were unloaded before', async () => {
    const collector = recordingCollector();
    const idle = createIdleCollection({ collect: collector.collect, quietMs: QUIET_MS, documents: () => 0, log });
    try {
      expect(idle.enabled).toBe(true);
      const ran = collector.ran();
      for (let i = 0; i < 5; i++) {
        idle.unloaded();
        await new Promise((resolve) => setImmediate(resolve));
      }
      await ran;
      await expect.poll(() => idle.collections()).toBe(1);
      // No other timer the five unloads could have left behind runs later.
      await quietTimePassed();
      expect(collector.runs).toHaveLength(1);

      // Another quiet spell after more unloads: one more.
      const again = collector.ran();
      idle.unloaded();
      await again;
      expect(collector.runs).toHaveLength(2);
    } finally {
      idle.stop();
    }
  });

  it('SYNC17: without a collector (node without --expose-gc) nothing is scheduled; a failing collector is logged, not thrown', async () => {
    const none = createIdleCollection({ collect: undefined, quietMs: QUIET_MS, documents: () => 0, log });
    expect(none.enabled).toBe(false);
    none.unloaded();
    expect(none.collections()).toBe(0);

    // The first attempt fails; the next quiet spell collects again.
    let attempts = 0;
    const failing = createIdleCollection({
      collect: () => (++attempts === 1 ? Promise.reject(new Error('collector broke')) : Promise.resolve()),
      quietMs: QUIET_MS,
      documents: () => 0,
      log,
    });
    try {
      failing.unloaded();
      await expect.poll(() => attempts).toBe(1);
      failing.unloaded();
      await expect.poll(() => failing.collections()).toBe(1);
      expect(attempts).toBe(2);
    } finally {
      failing.stop();
    }
  });

  it('SYNC17: no collection while a document is loaded; the next unload that leaves none schedules one', async () => {
    const collector = recordingCollector();
    let loaded = 1;
    const idle = createIdleCollection({ collect: collector.collect, quietMs: QUIET_MS, documents: () => loaded, log });
    try {
      idle.unloaded();
      await quietTimePassed();
      expect(collector.runs).toEqual([]);

      loaded = 0;
      const ran = collector.ran();
      idle.unloaded();
      await ran;
      expect(collector.runs).toHaveLength(1);
    } finally {
      idle.stop();
    }
  });

  it('SYNC17: stop() cancels a pending collection', async () => {
    const collector = recordingCollector();
    const idle = createIdleCollection({ collect: collector.collect, quietMs: QUIET_MS, documents: () => 0, log });
    idle.unloaded();
    idle.stop();
    await quietTimePassed(QUIET_MS * 2);
    expect(collector.runs).toEqual([]);
  });
});
