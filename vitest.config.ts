import { defineConfig } from 'vitest/config';

/**
 * Tests that start the program as a process, run it under load or through network faults: minutes on a
 * small machine. `npm run test:e2e` runs them; `npm test` (the inner loop) runs everything else; CI
 * (.ci/run) runs both. A new slow test goes here, or is named `*.e2e.test.ts`.
 */
export const E2E = [
  'tests/**/*.e2e.test.ts',
  'tests/telegram/load.test.ts',
  'tests/telegram/faults.test.ts',
  'tests/telegram/e2e.test.ts',
  'tests/telegram/health.test.ts',
  'tests/telegram/npm-start.test.ts',
  'tests/telegram/webhook.test.ts',
  'tests/text/cache.test.ts',
];

export default defineConfig({
  test: {
    globalSetup: ['tests/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // nodejieba is a native addon with global state: forks isolate it per file.
    pool: 'forks',
    projects: [
      { extends: true, test: { name: 'unit', include: ['tests/**/*.test.ts'], exclude: E2E } },
      { extends: true, test: { name: 'e2e', include: E2E } },
    ],
  },
});
