/** Runs `task` over `items` with at most `concurrency` in flight; collects failures instead of stopping. */
export async function forEachBounded<T>(items: readonly T[], concurrency: number, task: (item: T, index: number) => Promise<void>): Promise<{ failed: number; errors: string[] }> {
  let next = 0;
  let failed = 0;
  const errors: string[] = [];
  const lane = async () => {
    while (next < items.length) {
      const index = next++;
      try {
        await task(items[index] as T, index);
      } catch (error) {
        failed++;
        if (errors.length < 5) errors.push(error instanceof Error ? error.message : String(error));
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, items.length) }, lane));
  return { failed, errors };
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
