import { expect, it } from 'vitest';
import type { BucketStore } from './bucket-store.ts';

/** The behaviour every BucketStore must have; run against memory and against Redis. */
export function bucketStoreContract(makeStore: () => BucketStore, uniqueKey: () => string): void {
  const policy = { capacity: 3, refillIntervalMs: 1_000 };

  it('AUTH7: takes until empty, reports the wait, refills with time', async () => {
    const store = makeStore();
    try {
      const key = uniqueKey();
      const t0 = 5_000_000;
      for (let i = 0; i < 3; i++) expect((await store.take(key, policy, t0)).allowed).toBe(true);
      expect(await store.take(key, policy, t0 + 200)).toEqual({ allowed: false, retryAfterMs: 800 });
      expect(await store.take(key, policy, t0 + 1_000)).toEqual({ allowed: true, remaining: 0 });
      expect((await store.take(key, policy, t0 + 1_500)).allowed).toBe(false);
    } finally {
      await store.close();
    }
  });

  it('AUTH7: keys are independent', async () => {
    const store = makeStore();
    try {
      const [a, b] = [uniqueKey(), uniqueKey()];
      for (let i = 0; i < 3; i++) await store.take(a, policy, 0);
      expect((await store.take(a, policy, 0)).allowed).toBe(false);
      expect((await store.take(b, policy, 0)).allowed).toBe(true);
    } finally {
      await store.close();
    }
  });

  it('AUTH7: concurrent takes never hand out more tokens than the bucket holds', async () => {
    const store = makeStore();
    try {
      const key = uniqueKey();
      const results = await Promise.all(Array.from({ length: 20 }, () => store.take(key, policy, 42_000)));
      expect(results.filter((r) => r.allowed)).toHaveLength(3);
    } finally {
      await store.close();
    }
  });
}
