import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // A hang guard, not a time budget: at least 5x the slowest test's time on a 2-core machine
    // at load 10 (the read-back of the examples, about 60 s there). No test asserts a time;
    // performance is measured by npm run bench.
    testTimeout: 600_000,
    hookTimeout: 600_000,
    // Two cores: keep the end-to-end tests (tmux, LibreOffice) from starving each other.
    maxWorkers: 2,
  },
});
