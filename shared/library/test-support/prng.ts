import { z } from 'zod';

const FuzzEnvSchema = z.object({ FUZZ_SEED: z.string().optional(), FUZZ_SEEDS: z.string().optional() });
export type FuzzEnv = z.infer<typeof FuzzEnvSchema>;

/** FUZZ_SEED / FUZZ_SEEDS from the environment (this file is also type-checked for the browser). */
export function fuzzEnv(): FuzzEnv {
  const env = FuzzEnvSchema.safeParse(Reflect.get(Reflect.get(globalThis, 'process') ?? {}, 'env'));
  return env.success ? env.data : {};
}

/** mulberry32: a tiny seeded PRNG; the same seed gives the same sequence everywhere. */
export function createRandom(seed: number) {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => {
    const item = items[Math.floor(next() * items.length)];
    if (item === undefined) throw new Error('pick from an empty list');
    return item;
  };
  const word = () => Math.floor(next() * 0x100000000).toString(16).padStart(8, '0');
  return {
    next,
    int,
    pick,
    bool: (probability = 0.5) => next() < probability,
    /** A v4-shaped lowercase UUID drawn from the seed. */
    uuid: () => {
      const hex = word() + word() + word() + word();
      return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${'89ab'[int(0, 3)]}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
    },
  };
}
export type Random = ReturnType<typeof createRandom>;

/**
 * Seeds 1…N for a seeded test, N = FUZZ_SEEDS or `count`; FUZZ_SEED=<n> pins a single seed.
 * `shard`/`shards` split the seeds between test files so they run in parallel.
 */
export function fuzzSeeds(count: number, shard = 0, shards = 1, env: FuzzEnv = fuzzEnv()): number[] {
  const pinned = Number.parseInt(env.FUZZ_SEED ?? '', 10);
  if (Number.isSafeInteger(pinned)) return shard === 0 ? [pinned] : [];
  const wanted = Number.parseInt(env.FUZZ_SEEDS ?? '', 10);
  const total = Number.isSafeInteger(wanted) && wanted > 0 ? wanted : count;
  return Array.from({ length: total }, (_, i) => i + 1).filter((seed) => seed % shards === shard);
}
