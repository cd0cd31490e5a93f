import { existsSync } from 'node:fs';
import { defineConfig } from 'vitest/config';
import { modules } from './scripts/mutate/modules.mjs';

// The vitest config Stryker runs (stryker.config.mjs): only the tests of the module being mutated.
const module = modules[process.env.PMHC_MUTATE_MODULE as keyof typeof modules];

export default defineConfig({
  test: {
    include: module ? module.tests.filter((file) => existsSync(file)) : ['tests/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
