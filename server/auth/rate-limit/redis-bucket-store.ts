import { Redis } from 'ioredis';
import { z } from 'zod';
import type { BucketStore } from './bucket-store.ts';

/**
 * The same arithmetic as token-bucket.ts, run inside Redis so a read-refill-take is atomic across
 * instances. A bucket expires once it would be full again (a missing bucket is a full one).
 */
const TAKE_SCRIPT = `
local capacity = tonumber(ARGV[1])
local interval = tonumber(ARGV[2])
local now = tonumber(ARGV[3])
local stored = redis.call('HMGET', KEYS[1], 'tokens', 'refilledAt')
local tokens = tonumber(stored[1]) or capacity
local refilledAt = tonumber(stored[2]) or now
local intervals = math.floor(math.max(0, now - refilledAt) / interval)
if intervals > 0 then
  tokens = math.min(capacity, tokens + intervals)
  refilledAt = refilledAt + intervals * interval
end
if tokens >= capacity then refilledAt = now end
if tokens < 1 then
  return {0, refilledAt + interval - now}
end
tokens = tokens - 1
redis.call('HSET', KEYS[1], 'tokens', tokens, 'refilledAt', refilledAt)
redis.call('PEXPIRE', KEYS[1], math.max(1, refilledAt + (capacity - tokens) * interval - now))
return {1, tokens}
`;

const ScriptReply = z.tuple([z.union([z.literal(0), z.literal(1)]), z.number()]);

/** Buckets in Redis, shared by every instance (used when REDIS_URL is set). */
export function redisBucketStore(redisUrl: string, keyPrefix = 'metmap:ratelimit:'): BucketStore {
  const redis = new Redis(redisUrl, { maxRetriesPerRequest: 2, enableOfflineQueue: true, lazyConnect: false });
  return {
    async take(key, policy, now) {
      const reply = ScriptReply.parse(
        await redis.eval(TAKE_SCRIPT, 1, keyPrefix + key, policy.capacity, policy.refillIntervalMs, Math.floor(now)),
      );
      return reply[0] === 1 ? { allowed: true, remaining: reply[1] } : { allowed: false, retryAfterMs: reply[1] };
    },
    async close() {
      await redis.quit();
    },
  };
}
