import { describe, expect, it } from 'vitest';
import { takeToken, type BucketState } from './token-bucket.ts';

const policy = { capacity: 5, refillIntervalMs: 60_000 };
const t0 = 1_000_000;

describe('token bucket', () => {
  it('AUTH7: five takes pass, the sixth waits for the next refill', () => {
    let state: BucketState | undefined;
    for (let i = 0; i < 5; i++) {
      const step = takeToken(state, policy, t0 + i * 1000);
      expect(step.result).toEqual({ allowed: true, remaining: 4 - i });
      state = step.state;
    }
    const refused = takeToken(state, policy, t0 + 10_000);
    expect(refused.result).toEqual({ allowed: false, retryAfterMs: 50_000 });
    const later = takeToken(refused.state, policy, t0 + 60_000);
    expect(later.result.allowed).toBe(true);
    expect(takeToken(later.state, policy, t0 + 61_000).result.allowed).toBe(false);
  });

  it('AUTH7: waiting long enough always fills the bucket again (no permanent lockout)', () => {
    let state: BucketState | undefined;
    for (let i = 0; i < 50; i++) state = takeToken(state, policy, t0).state;
    let now = t0 + 5 * 60_000;
    for (let i = 0; i < 5; i++) {
      const step = takeToken(state, policy, now);
      expect(step.result.allowed).toBe(true);
      state = step.state;
      now += 1;
    }
  });

  it('AUTH7: a full bucket does not bank time towards tokens it cannot hold', () => {
    const idle = takeToken(undefined, policy, t0).state;
    // Idle for 59.9 minutes with room for only one more token: the next token still needs a full interval after emptying.
    let state = takeToken(idle, policy, t0 + 3_599_000).state;
    for (let i = 0; i < 4; i++) state = takeToken(state, policy, t0 + 3_599_000).state;
    const refused = takeToken(state, policy, t0 + 3_599_000);
    expect(refused.result).toEqual({ allowed: false, retryAfterMs: 60_000 });
  });
});
