import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run-cli.js';
// @ts-expect-error: a plain ES module shared with scripts/fuzz.mjs, which has no types
import { fuzzCase } from '../../scripts/fuzz-cases.mjs';
import { tempDir } from '../support/cli.js';

// Attack class 8 (reviews/attack.md), small and bounded: hostile answers files through validate
// and build exit 0, 1, 2 or 3, never 70 and never throw. `node scripts/fuzz.mjs` runs 10,000.
const examples = ['riverbend-city', 'harlan-county-rural', 'tri-county-cit-consortium'].map((name) =>
  readFileSync(new URL(`../../examples/${name}.yaml`, import.meta.url), 'utf8'),
);

describe('fuzzing validate and build', () => {
  it('should answer 40 hostile files with a user exit code each', async () => {
    const work = tempDir();
    const io = { stdout: () => {}, stderr: () => {}, cwd: work, env: {}, interactive: false };
    const seen = new Set<number>();
    for (let n = 1; n <= 40; n++) {
      const file = join(work, `case-${n}.yaml`);
      writeFileSync(file, (fuzzCase as (e: string[], s: number, n: number) => Uint8Array)(examples, 7, n));
      const validate = await runCli(['validate', file], io);
      const build = await runCli(
        ['build', file, '--out', join(work, 'out'), '--format', 'md', '--force'],
        io,
      );
      expect([0, 1, 2, 3], `case ${n}: validate`).toContain(validate);
      expect([0, 1, 2, 3], `case ${n}: build`).toContain(build);
      seen.add(validate);
    }
    // The cases are hostile enough that some are refused, and tame enough that some build.
    expect([...seen].sort()).toEqual([0, 1]);
  });
});
