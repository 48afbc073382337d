import type { BucketPolicy, TakeResult } from './token-bucket.ts';

/** Where buckets live: this process's memory, or Redis so that every instance shares them. */
export interface BucketStore {
  take(key: string, policy: BucketPolicy, now: number): Promise<TakeResult>;
  close(): Promise<void>;
}
