import { describe, it } from 'vitest';
import { OPERATIONS, PEERS, expectConverged } from './test-support/convergence-scenario.ts';
import { fuzzSeeds } from './test-support/prng.ts';

// The 200 default seeds are split over two files so that vitest runs them in parallel.
const SEEDS = fuzzSeeds(200, 1, 2);

describe('seeded convergence fuzz, shard 1 of 2', () => {
  it.runIf(SEEDS.length > 0)(`DOC15: ${PEERS} replicas × ${OPERATIONS} random accessor calls converge (${SEEDS.length} seeds)`, () => {
    for (const seed of SEEDS) expectConverged(seed);
  }, 120_000);
});
