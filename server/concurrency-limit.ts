/**
 * Runs at most `max` tasks at once; the rest wait in arrival order. Hashing uses it to bound
 * argon2's memory (AUTH6); the projector to keep its transactions to a share of the pool, so the
 * appends acknowledgements wait for always find a connection (SYNC10).
 */
export function concurrencyLimit(max: number): <T>(task: () => Promise<T>) => Promise<T> {
  let running = 0;
  const waiting: Array<() => void> = [];
  return async (task) => {
    // A finishing task hands its slot straight to the next waiter, so `running` never overshoots.
    if (running < max) running++;
    else await new Promise<void>((resolve) => waiting.push(resolve));
    try {
      return await task();
    } finally {
      const next = waiting.shift();
      if (next) next();
      else running--;
    }
  };
}
