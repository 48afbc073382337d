import { randomUUID } from 'node:crypto';
import { describe, it } from 'vitest';
import { bucketStoreContract } from './bucket-store-contract.ts';
import { redisBucketStore } from './redis-bucket-store.ts';

// Runs against a real Redis when TEST_REDIS_URL is set (CI and local: redis://127.0.0.1:6379).
const redisUrl = process.env.TEST_REDIS_URL;

describe.runIf(redisUrl)('redisBucketStore', () => {
  bucketStoreContract(() => redisBucketStore(redisUrl ?? ''), () => `test:${randomUUID()}`);
});

describe.skipIf(redisUrl)('redisBucketStore (skipped)', () => {
  it.skip('AUTH7: set TEST_REDIS_URL to run the Redis bucket store contract', () => {});
});
