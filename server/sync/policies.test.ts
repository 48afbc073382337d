import { describe, expect, it } from 'vitest';
import { DEFAULT_COMPACTION_POLICY, needsCompaction } from './compaction-policy.ts';
import { takeTokens } from './rate-bucket.ts';

describe('compaction policy', () => {
  const p = DEFAULT_COMPACTION_POLICY;
  const c = (updatesSinceSnapshot: number, bytesSinceSnapshot: number, snapshotBytes: number) => needsCompaction({ updatesSinceSnapshot, bytesSinceSnapshot, snapshotBytes }, p);

  it('SYNC9: an empty log is never compacted; a log as large as the snapshot always is', () => {
    expect(c(0, 0, 0)).toBe(false);
    expect(c(3, 300 * 1024, 100 * 1024)).toBe(true);
    expect(c(3, 2 * 1024 * 1024, 2 * 1024 * 1024)).toBe(true);
    expect(c(3, 1024 * 1024, 2 * 1024 * 1024)).toBe(false);
  });

  it('SYNC9: the update count threshold grows with the snapshot so the rewrite costs at most ~512 bytes per update', () => {
    expect(c(499, 1_000, 10_000)).toBe(false);
    expect(c(500, 1_000, 10_000)).toBe(true);
    const snapshot = 5 * 1024 * 1024; // 10,240 updates
    expect(c(10_239, 100_000, snapshot)).toBe(false);
    expect(c(10_240, 100_000, snapshot)).toBe(true);
    expect(snapshot / 10_240).toBeLessThanOrEqual(p.snapshotBytesPerUpdate);
    expect(c(20_000, 100_000, 100 * 1024 * 1024)).toBe(true);
  });
});

describe('rate bucket', () => {
  const policy = { capacity: 3, perSecond: 10 };
  it('SYNC12: a full bucket allows a burst of its capacity, then one token per 1/rate seconds', () => {
    let state = undefined;
    for (let i = 0; i < 3; i++) {
      const taken = takeTokens(state, policy, 1, 0);
      expect(taken.waitMs).toBe(0);
      state = taken.state;
    }
    const blocked = takeTokens(state, policy, 1, 0);
    expect(blocked.waitMs).toBe(100);
    expect(takeTokens(blocked.state, policy, 1, 50).waitMs).toBe(50);
    expect(takeTokens(blocked.state, policy, 1, 100).waitMs).toBe(0);
  });

  it('SYNC12: a cost above the capacity passes once the bucket is full, leaving a debt', () => {
    const taken = takeTokens(undefined, policy, 10, 0);
    expect(taken.waitMs).toBe(0);
    expect(takeTokens(taken.state, policy, 1, 0).waitMs).toBe(800);
  });
});
