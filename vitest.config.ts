import { defineConfig } from 'vitest/config';

// One runner for the whole monorepo: tests sit next to the code they test.
// Real-service suites (PostgreSQL, Redis, S3, Chromium) select themselves with
// TEST_DATABASE_URL / TEST_REDIS_URL and announce when they are skipped.
export default defineConfig({
  test: {
    include: ['apps/*/src/**/*.test.{ts,tsx}', 'packages/*/src/**/*.test.ts', 'scripts/**/*.test.ts', 'apps/web/build/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    globalSetup: ['./scripts/test-setup.ts'],
    reporters: ['default', './scripts/service-count-reporter.ts'],
  },
});
