import { defineConfig } from 'vitest/config';

/**
 * The test files that replace a module (vi.mock) for their own tests: each runs in a fresh
 * process of its own, so the mock neither leaks into other files nor misses a module another file
 * has already loaded.
 */
const mocking = [
  'tests/docx/zip-entries.test.ts',
  'tests/build/render-only.test.ts',
  'tests/build/layout-once.test.ts',
  'tests/security/atomic-build.test.ts',
];

export default defineConfig({
  test: {
    // A hang guard, not a time budget: at least 5x the slowest test's time on a 2-core machine
    // at load 10 (the read-back of the examples, about 60 s there). No test asserts a time;
    // performance is measured by npm run bench.
    testTimeout: 600_000,
    hookTimeout: 600_000,
    // Two cores: keep the end-to-end tests (tmux, LibreOffice) from starving each other.
    maxWorkers: 2,
    projects: [
      {
        extends: true,
        test: {
          name: 'shared',
          include: ['tests/**/*.test.ts'],
          exclude: mocking,
          // Files run one after another in each worker's process and share its loaded modules
          // (templates compiled, fonts parsed, examples rendered once): half the suite's CPU was
          // loading them again for every file. No test relies on a fresh module: the ones that
          // replace a module are the other project.
          isolate: false,
        },
      },
      { extends: true, test: { name: 'isolated', include: mocking } },
    ],
  },
});
