import { defineConfig } from 'vitest/config';

/**
 * Three projects: unit tests of src/ (fast, no build), build tests that run the real
 * production build on the shipped content or on fixture copies, and browser tests that
 * drive the built site in Debian's Chromium. The build and e2e projects share one production
 * build of the real site per run (tests/support/site.ts).
 */
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: [
            'tests/lib/**/*.test.ts',
            'tests/i18n/**/*.test.ts',
            'tests/schemas/**/*.test.ts',
            'tests/admin/**/*.test.ts',
            'tests/pipelines/**/*.test.ts',
            'tests/scripts/**/*.test.ts',
          ],
        },
      },
      {
        test: {
          name: 'build',
          include: ['tests/build/**/*.test.ts'],
          testTimeout: 600_000,
          hookTimeout: 600_000,
          fileParallelism: false,
          // Fixture builds in tests/build/bad-content.test.ts run two at a time (two cores).
          maxConcurrency: 2,
          globalSetup: ['tests/build/global-setup.ts'],
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          testTimeout: 120_000,
          hookTimeout: 600_000,
          fileParallelism: false,
          globalSetup: ['tests/e2e/global-setup.ts'],
        },
      },
    ],
  },
});
