import { existsSync } from 'node:fs';
import { defineConfig } from 'vitest/config';
import { modules } from './scripts/mutate/modules.mjs';

// The vitest config Stryker runs (stryker.config.mjs): only the tests of the module being mutated.
// PMHC_MUTATE_TESTS (comma-separated) replaces the module's list, e.g. to score older tests.
const module = modules[process.env.PMHC_MUTATE_MODULE as keyof typeof modules];
const tests = process.env.PMHC_MUTATE_TESTS?.split(',') ?? module?.tests;

export default defineConfig({
  test: {
    include: tests ? tests.filter((file) => existsSync(file)) : ['tests/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
