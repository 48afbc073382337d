export type RetryPolicy = {
  /** Give up (rethrow the last error) once this much time has passed; Infinity retries for ever. */
  deadlineMs: number;
  initialDelayMs: number;
  maxDelayMs: number;
};

/** Runs `attempt` until it resolves, doubling the pause between failures up to `maxDelayMs` (SYNC6). */
export async function retryWithBackoff<T>(
  attempt: () => Promise<T>,
  policy: RetryPolicy,
  options: { shouldRetry?: (error: unknown) => boolean; onRetry?: (error: unknown, attempt: number) => void } = {},
): Promise<T> {
  const started = Date.now();
  let delay = policy.initialDelayMs;
  for (let n = 1; ; n++) {
    try {
      return await attempt();
    } catch (error) {
      const left = policy.deadlineMs - (Date.now() - started);
      if (left <= 0 || options.shouldRetry?.(error) === false) throw error;
      options.onRetry?.(error, n);
      await new Promise((resolve) => setTimeout(resolve, Math.min(delay, left)));
      delay = Math.min(delay * 2, policy.maxDelayMs);
    }
  }
}
