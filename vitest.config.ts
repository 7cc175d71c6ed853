import { defineConfig } from 'vitest/config';

// Test tiers, each its own project so `npm test` runs the fast ones before the build and e2e after:
//   unit     pure functions of src/lib and src/schemas (no process, no browser)
//   content  the content files against their schemas and documents
//   cli      the editor commands run as child processes (new-case, import-docx)
//   e2e      Chromium against the built site
export default defineConfig({
  test: {
    projects: [
      // A limit catches a hang, not a slow machine: on two cores shared with a build, a test that
      // checks every content file (or regenerates the question bank) can take several seconds,
      // where vitest's default limit is 5 s.
      { test: { name: 'unit', include: ['test/unit/**/*.test.ts'], environment: 'node', testTimeout: 60_000 } },
      { test: { name: 'content', include: ['test/content/**/*.test.ts'], environment: 'node', testTimeout: 60_000, hookTimeout: 60_000 } },
      {
        test: {
          name: 'cli',
          include: ['test/cli/**/*.test.ts'],
          environment: 'node',
          // Each test starts Node one to three times; on two cores shared with a build, one start can
          // take several seconds, so the limit is generous: it catches a hang, not a slow machine.
          testTimeout: 120_000,
          hookTimeout: 120_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['test/e2e/global-setup.ts'],
          testTimeout: 120_000,
          hookTimeout: 180_000,
          // expect.poll waits for what a page does after a click or a key; vitest's default of 1 s
          // made results depend on the machine's load. 30 s only stops a test that hangs.
          expect: { poll: { timeout: 30_000 } },
          // Two files at a time, both connected to the one Chromium of the global setup. The axe
          // file used 141 s of CPU where it took 211 s of wall time on the idle machine
          // (BENCHMARKS.md): a file mostly waits, so on two cores a second file uses the idle time.
          // Files only read the built site and write only in their own temporary directories.
          fileParallelism: true,
          maxWorkers: 2,
        },
      },
    ],
  },
});
