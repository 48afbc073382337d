import type { BucketStore } from './bucket-store.ts';
import { fullAt, takeToken, type BucketState } from './token-bucket.ts';

/** Above this many buckets, full ones are swept out, so memory follows recent traffic, not all traffic ever. */
const SWEEP_THRESHOLD = 10_000;

/** Buckets in this process's memory (the default with one instance). */
export function memoryBucketStore(): BucketStore {
  const buckets = new Map<string, { state: BucketState; fullAt: number }>();
  let sweepAt = SWEEP_THRESHOLD;
  return {
    async take(key, policy, now) {
      const { state, result } = takeToken(buckets.get(key)?.state, policy, now);
      buckets.set(key, { state, fullAt: fullAt(state, policy) });
      if (buckets.size > sweepAt) {
        for (const [k, entry] of buckets) if (entry.fullAt <= now) buckets.delete(k);
        sweepAt = Math.max(SWEEP_THRESHOLD, buckets.size * 2);
      }
      return result;
    },
    async close() {
      buckets.clear();
    },
  };
}
