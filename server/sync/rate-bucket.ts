/** A continuous token bucket: `capacity` tokens, refilled at `perSecond`. */
export type RatePolicy = { capacity: number; perSecond: number };
export type RateState = { tokens: number; at: number };

/**
 * Takes `cost` tokens if the bucket holds them; otherwise says how long until it will (SYNC12).
 * Pure, so the shaping of a socket's frames is tested without sockets. A cost above the capacity
 * is allowed once the bucket is full (a single large but legal message must pass eventually).
 */
export function takeTokens(state: RateState | undefined, policy: RatePolicy, cost: number, now: number): { state: RateState; waitMs: number } {
  const elapsed = state === undefined ? 0 : Math.max(0, now - state.at);
  const tokens = Math.min(policy.capacity, (state?.tokens ?? policy.capacity) + (elapsed / 1000) * policy.perSecond);
  const needed = Math.min(cost, policy.capacity);
  if (tokens >= needed) return { state: { tokens: tokens - cost, at: now }, waitMs: 0 };
  return { state: { tokens, at: now }, waitMs: Math.ceil(((needed - tokens) / policy.perSecond) * 1000) };
}
