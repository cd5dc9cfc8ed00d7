import { defineConfig } from 'vitest/config';
import { getViteConfig } from 'astro/config';

/**
 * Four projects: unit tests of src/ (fast, no build); component tests, which render .astro
 * components through Astro's container API and so need Astro's Vite plugins (Astro's
 * defaults, not astro.config.mjs: no integrations run); build tests that run the real
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
            'tests/content-pipeline/**/*.test.ts',
            'tests/i18n/**/*.test.ts',
            'tests/render/**/*.test.ts',
            'tests/schemas/**/*.test.ts',
            'tests/admin/**/*.test.ts',
            'tests/pipelines/**/*.test.ts',
            'tests/scripts/**/*.test.ts',
          ],
        },
      },
      getViteConfig(
        { test: { name: 'components', include: ['tests/components/**/*.test.ts'] } },
        { configFile: false, logLevel: 'error' },
      ),
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
