// @ts-check
// Mutation testing (npm run mutate, scripts/mutate.mjs): one module of scripts/mutate/modules.mjs
// (or one group of a large module) per run, named by PMHC_MUTATE_MODULE (`module` or
// `module/group`), with vitest restricted to that group's tests.
import { modules, runOf } from './scripts/mutate/modules.mjs';

const run = runOf(process.env.PMHC_MUTATE_MODULE ?? '');
// Scoring another set of tests (PMHC_MUTATE_TESTS) neither reads nor replaces the module's results.
const custom = process.env.PMHC_MUTATE_TESTS !== undefined;
if (!run)
  throw new Error(
    `PMHC_MUTATE_MODULE must be one of ${Object.keys(modules).join(', ')} (a module with groups as module/group)`,
  );
const report = `reports/mutation/${run.report}${custom ? '.custom' : ''}`;

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutate.config.ts', related: false },
  plugins: ['@stryker-mutator/vitest-runner'],
  mutate: run.mutate,
  // Two shared cores: one test process, and generous limits so a busy machine is not a kill.
  concurrency: 1,
  timeoutMS: 10_000,
  timeoutFactor: 3,
  // Later runs re-test only the mutants whose code or tests changed.
  incremental: !custom,
  incrementalFile: `${report}.incremental.json`,
  reporters: ['clear-text', 'json', 'progress-append-only'],
  jsonReporter: { fileName: `${report}.json` },
  clearTextReporter: { allowEmojis: false, logTests: false, reportScoreTable: true },
  tempDirName: '.stryker-tmp',
  cleanTempDir: true,
  ignorePatterns: ['reports', 'drafts', 'out', 'scratch', 'coverage', '.stryker-tmp'],
  thresholds: { high: 90, low: 80, break: null },
};
