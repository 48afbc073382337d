import { defineConfig } from 'vitest/config';

// Four projects: pure unit tests, database tests (PGlite always, PostgreSQL when
// TEST_DATABASE_URL is set), the Dockerfile steps (npm run test:deploy) and browser tests in Chromium
// (npm run test:e2e).
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['{shared,server,client}/**/*.test.ts', 'test/unit/**/*.test.ts'],
          exclude: ['**/*.db.test.ts', '**/node_modules/**'],
          environment: 'node',
          // A guard against hangs, not a speed check: the seeded fuzzes take seconds, more on a busy machine.
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'db',
          include: ['{server,test}/**/*.db.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
      {
        // The Dockerfile's steps in a clean folder (npm ci, build, prune, start): slow, so run on its
        // own with `npm run test:deploy`.
        test: {
          name: 'deploy',
          include: ['test/deploy/**/*.deploy.test.ts'],
          environment: 'node',
          testTimeout: 180_000,
          hookTimeout: 900_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.e2e.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          // A server start (PGlite's first open, migrations) took over 30 s at load 15 on 2 cores.
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
