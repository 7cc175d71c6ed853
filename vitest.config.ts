import { defineConfig } from 'vitest/config';

// Three projects so `npm test` can run the fast ones before the build and e2e after it.
export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['test/unit/**/*.test.ts'], environment: 'node' } },
      { test: { name: 'content', include: ['test/content/**/*.test.ts'], environment: 'node' } },
      {
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['test/e2e/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 180_000,
          // One Chromium per file; two cores, so files run one after another.
          fileParallelism: false,
        },
      },
    ],
  },
});
