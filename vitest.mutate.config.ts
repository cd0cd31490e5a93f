import { existsSync } from 'node:fs';
import { defineConfig } from 'vitest/config';
import { runOf } from './scripts/mutate/modules.mjs';

// The vitest config Stryker runs (stryker.config.mjs): only the tests of the module (or group) being
// mutated. PMHC_MUTATE_TESTS (comma-separated) replaces its list, e.g. to score older tests.
const run = runOf(process.env.PMHC_MUTATE_MODULE ?? '');
const tests = process.env.PMHC_MUTATE_TESTS?.split(',') ?? run?.tests;

export default defineConfig({
  test: {
    include: tests ? tests.filter((file) => existsSync(file)) : ['tests/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
