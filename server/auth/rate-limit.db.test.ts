import { describe, expect, it } from 'vitest';
import { GOOD_PASSWORD, startAuthHarness } from '../../test/auth/auth-harness.ts';
import { defaultAuthRatePolicies } from './rate-limit/rate-limiter.ts';

describe('sign-in rate limits', () => {
  it('AUTH7: 10 wrong passwords within 60 s: 5 × 401, then 429 with Retry-After; one attempt succeeds after the refill', async () => {
    const h = await startAuthHarness({ ratePolicies: { signInPerAccount: defaultAuthRatePolicies.signInPerAccount } });
    await h.signUp('target@example.com');
    const attacker = h.client();
    const statuses: number[] = [];
    const retryAfter: (string | null)[] = [];
    for (let i = 0; i < 10; i++) {
      const response = await attacker.json('POST', '/api/auth/signin', { email: 'target@example.com', password: `guess number ${i}` });
      statuses.push(response.status);
      if (response.status === 429) retryAfter.push(response.headers.get('retry-after'));
      h.clock.advance(5_000);
    }
    expect(statuses).toEqual([401, 401, 401, 401, 401, 429, 429, 429, 429, 429]);
    // 50 s have passed since the first attempt: the next token arrives 60 s after it.
    expect(retryAfter.at(-1)).toBe('15');
    // Even the right password is throttled until the refill (the bucket counts attempts, not failures).
    expect((await h.client().json('POST', '/api/auth/signin', { email: 'target@example.com', password: GOOD_PASSWORD })).status).toBe(429);

    h.clock.advance(10_000);
    const owner = h.client();
    expect((await owner.json('POST', '/api/auth/signin', { email: 'target@example.com', password: GOOD_PASSWORD })).status).toBe(200);
    // One token came back, and it was used.
    expect((await owner.json('POST', '/api/auth/signin', { email: 'target@example.com', password: GOOD_PASSWORD })).status).toBe(429);
  });

  it('AUTH7: the per-IP bucket also applies, across accounts, and it refills', async () => {
    const h = await startAuthHarness({ ratePolicies: { signInPerIp: { capacity: 3, refillIntervalMs: 10_000 } } });
    const c = h.client();
    const statuses = [];
    for (const email of ['a@example.com', 'b@example.com', 'c@example.com', 'd@example.com']) {
      statuses.push((await c.json('POST', '/api/auth/signin', { email, password: GOOD_PASSWORD })).status);
    }
    expect(statuses).toEqual([401, 401, 401, 429]);
    h.clock.advance(10_000);
    expect((await c.json('POST', '/api/auth/signin', { email: 'e@example.com', password: GOOD_PASSWORD })).status).toBe(401);
  });

  it('AUTH7: sign-up and reset requests are limited per IP, with Retry-After', async () => {
    const h = await startAuthHarness({
      ratePolicies: { signUpPerIp: { capacity: 1, refillIntervalMs: 60_000 }, resetRequestPerIp: { capacity: 1, refillIntervalMs: 60_000 } },
    });
    const c = h.client();
    expect((await c.json('POST', '/api/auth/signup', { email: 'one@example.com', password: GOOD_PASSWORD })).status).toBe(201);
    const second = await c.json('POST', '/api/auth/signup', { email: 'two@example.com', password: GOOD_PASSWORD });
    expect(second.status).toBe(429);
    expect(second.headers.get('retry-after')).toBe('60');
    expect((await c.json('POST', '/api/auth/password-reset/request', { email: 'one@example.com' })).status).toBe(202);
    expect((await c.json('POST', '/api/auth/password-reset/request', { email: 'one@example.com' })).status).toBe(429);
  });
});
