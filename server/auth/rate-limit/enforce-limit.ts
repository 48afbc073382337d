import { ErrorCode } from '../../../shared/errors.ts';
import { HttpError } from '../../guards/http-error.ts';
import type { RateLimiter } from './rate-limiter.ts';

/** Takes a token or throws 429 with `Retry-After` in whole seconds (SPEC AUTH7). */
export async function enforceLimit(limiter: RateLimiter, key: string): Promise<void> {
  const result = await limiter.take(key);
  if (result.allowed) return;
  const seconds = Math.max(1, Math.ceil(result.retryAfterMs / 1000));
  throw new HttpError(429, ErrorCode.rateLimited, `Too many attempts. Try again in ${seconds} s.`, { 'retry-after': String(seconds) });
}
