import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';
import { loadBuildProfile } from './publisher/load-build-profile.ts';

// Unit tests see the demo profile, as the demo and the end-to-end build do.
const { profile } = loadBuildProfile({ WXT_PUBLISHER_PROFILE: 'tests/fixtures/demo/profile.json' });
const define = { __PUBLISHER_PROFILE__: JSON.stringify(profile), __REFRESH_SECONDS__: '0' };

export default defineConfig({
  test: {
    reporters: ['default', './tests/support/summary-reporter.ts'],
    projects: [
      {
        plugins: [WxtVitest()],
        define,
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          environment: 'node',
          setupFiles: ['tests/support/unit-setup.ts'],
        },
      },
      {
        plugins: [WxtVitest()],
        define,
        test: {
          name: 'components',
          include: ['tests/unit/**/*.test.tsx'],
          environment: 'happy-dom',
          setupFiles: ['tests/support/unit-setup.ts', 'tests/support/component-setup.ts'],
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/support/e2e-global-setup.ts'],
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
