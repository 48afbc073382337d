/** A bucket holds up to `capacity` tokens and gains one every `refillIntervalMs`. */
export type BucketPolicy = { capacity: number; refillIntervalMs: number };

/** A bucket as stored: whole tokens, and the time the last whole token was added. */
export type BucketState = { tokens: number; refilledAt: number };

export type TakeResult = { allowed: true; remaining: number } | { allowed: false; retryAfterMs: number };

/**
 * Refills by whole intervals, then takes one token if there is one. Pure: the stores (memory, Redis)
 * keep the state and the same arithmetic. A missing bucket is a full one, so nothing is ever locked
 * out for good — waiting always refills.
 */
export function takeToken(
  state: BucketState | undefined,
  policy: BucketPolicy,
  now: number,
): { state: BucketState; result: TakeResult } {
  let tokens = state?.tokens ?? policy.capacity;
  let refilledAt = state?.refilledAt ?? now;
  const intervals = Math.floor(Math.max(0, now - refilledAt) / policy.refillIntervalMs);
  if (intervals > 0) {
    tokens = Math.min(policy.capacity, tokens + intervals);
    refilledAt += intervals * policy.refillIntervalMs;
  }
  // A full bucket does not bank progress towards a token it could not hold.
  if (tokens >= policy.capacity) refilledAt = now;
  if (tokens < 1) {
    return { state: { tokens, refilledAt }, result: { allowed: false, retryAfterMs: refilledAt + policy.refillIntervalMs - now } };
  }
  return { state: { tokens: tokens - 1, refilledAt }, result: { allowed: true, remaining: tokens - 1 } };
}

/** When a bucket in `state` will be full again (after which it need not be stored). */
export function fullAt(state: BucketState, policy: BucketPolicy): number {
  return state.refilledAt + (policy.capacity - state.tokens) * policy.refillIntervalMs;
}
