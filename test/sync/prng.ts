/** A small seeded generator (mulberry32) for reproducible random tests. */
export function prng(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (max: number) => Math.floor(next() * max),
    pick: <T>(items: readonly T[]): T => {
      const item = items[Math.floor(next() * items.length)];
      if (item === undefined) throw new Error('pick from an empty list');
      return item;
    },
    shuffle: <T>(items: readonly T[]): T[] => {
      const copy = [...items];
      for (let i = copy.length - 1; i > 0; i--) {
        const j = Math.floor(next() * (i + 1));
        [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
      }
      return copy;
    },
  };
}

/** The seed for a random test: SYNC_SEED from the environment to replay a failure, else a fresh one. */
export function testSeed(): number {
  const fromEnv = Number(process.env.SYNC_SEED);
  return Number.isInteger(fromEnv) && fromEnv > 0 ? fromEnv : 1 + Math.floor(Math.random() * 2 ** 31);
}

/** Runs `body`; if it throws, the seed is printed first so the run can be replayed with SYNC_SEED. */
export async function withSeed<T>(label: string, seed: number, body: () => Promise<T>): Promise<T> {
  try {
    return await body();
  } catch (error) {
    console.error(`${label} failed with seed ${seed} (replay: SYNC_SEED=${seed})`);
    throw error;
  }
}
