import { describe } from 'vitest';
import { bucketStoreContract } from './bucket-store-contract.ts';
import { memoryBucketStore } from './memory-bucket-store.ts';

let n = 0;
describe('memoryBucketStore', () => {
  bucketStoreContract(memoryBucketStore, () => `k${n++}`);
});
