/**
 * Runs at most `max` tasks at once; the others wait their turn, first come first served. The
 * projector holds its database transactions to a share of the pool with it, so the durable appends
 * that acknowledgements wait for always find a connection (SYNC10).
 */
export function createConcurrencyLimit(max: number) {
  let running = 0;
  const waiting: (() => void)[] = [];
  return async function run<T>(task: () => Promise<T>): Promise<T> {
    if (running >= max) await new Promise<void>((resolve) => waiting.push(resolve));
    else running++;
    try {
      return await task();
    } finally {
      const next = waiting.shift();
      if (next) next();
      else running--;
    }
  };
}
