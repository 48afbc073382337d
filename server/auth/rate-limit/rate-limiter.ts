import type { Clock } from '../clock.ts';
import type { BucketStore } from './bucket-store.ts';
import type { BucketPolicy, TakeResult } from './token-bucket.ts';

/** One named limit (e.g. sign-in per account): take a token for a key, or learn how long to wait. */
export type RateLimiter = { take(key: string): Promise<TakeResult> };

/** Told the limit's name each time an attempt is refused (the rate-limit rejections metric). */
export type OnRateLimited = (limit: string) => void;

export function rateLimiter(name: string, policy: BucketPolicy, store: BucketStore, clock: Clock, onRejected?: OnRateLimited): RateLimiter {
  return {
    async take(key) {
      const result = await store.take(`${name}:${key}`, policy, clock());
      if (!result.allowed) onRejected?.(name);
      return result;
    },
  };
}

const MINUTE_MS = 60_000;

/** Every limit the auth routes apply. Tests may replace any of them. */
export type AuthRatePolicies = {
  signInPerAccount: BucketPolicy;
  signInPerIp: BucketPolicy;
  signUpPerIp: BucketPolicy;
  resetRequestPerIp: BucketPolicy;
  resetRequestPerEmail: BucketPolicy;
  tokenRedeemPerIp: BucketPolicy;
  verificationResendPerUser: BucketPolicy;
};

export const defaultAuthRatePolicies: AuthRatePolicies = {
  // The figure: five guesses, then one a minute, per account.
  signInPerAccount: { capacity: 5, refillIntervalMs: MINUTE_MS },
  // Looser, so a shared address (an office, a school) is not blocked by one person's typos.
  signInPerIp: { capacity: 30, refillIntervalMs: 10_000 },
  signUpPerIp: { capacity: 10, refillIntervalMs: 6 * MINUTE_MS },
  resetRequestPerIp: { capacity: 10, refillIntervalMs: 6 * MINUTE_MS },
  // Also per address, so nobody can flood one inbox from many addresses.
  resetRequestPerEmail: { capacity: 3, refillIntervalMs: 20 * MINUTE_MS },
  tokenRedeemPerIp: { capacity: 20, refillIntervalMs: 30_000 },
  verificationResendPerUser: { capacity: 3, refillIntervalMs: 20 * MINUTE_MS },
};

export type AuthRateLimiters = { [K in keyof AuthRatePolicies]: RateLimiter };

export function authRateLimiters(store: BucketStore, clock: Clock, p: AuthRatePolicies, onRejected?: OnRateLimited): AuthRateLimiters {
  const make = (name: keyof AuthRatePolicies) => rateLimiter(name, p[name], store, clock, onRejected);
  return {
    signInPerAccount: make('signInPerAccount'),
    signInPerIp: make('signInPerIp'),
    signUpPerIp: make('signUpPerIp'),
    resetRequestPerIp: make('resetRequestPerIp'),
    resetRequestPerEmail: make('resetRequestPerEmail'),
    tokenRedeemPerIp: make('tokenRedeemPerIp'),
    verificationResendPerUser: make('verificationResendPerUser'),
  };
}
