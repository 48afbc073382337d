import { useEffect, useState } from 'react';

/**
 * How many items of a long list to render: `initial` at once, then `step` more per idle moment
 * until all are there. Keeps the first paint of a 1,000-song library short; mount the list with a
 * new key to start over (e.g. when the search changes).
 */
/** Items a long list renders at once, before the rest in idle time. */
export const FIRST_CHUNK = 40;

export function useProgressiveCount(total: number, initial = FIRST_CHUNK, step = 160): number {
  const [count, setCount] = useState(() => Math.min(total, initial));
  useEffect(() => {
    if (count >= total) return;
    const grow = () => setCount((current) => Math.min(total, current + step));
    if (typeof requestIdleCallback === 'function') {
      const id = requestIdleCallback(grow, { timeout: 200 });
      return () => cancelIdleCallback(id);
    }
    const id = setTimeout(grow, 16);
    return () => clearTimeout(id);
  }, [count, total, step]);
  return Math.min(count, total);
}
