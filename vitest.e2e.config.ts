import { defineConfig } from 'vitest/config';

// Browser journeys: one worker, one real server and one Chromium per file, generous timeouts
// because a cold start builds the web app and boots an embedded database.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.test.ts'],
    environment: 'node',
    pool: 'forks',
    maxWorkers: 1,
    fileParallelism: false,
    globalSetup: ['tests/e2e/support/global-setup.ts'],
    testTimeout: 120_000,
    hookTimeout: 240_000,
  },
});
