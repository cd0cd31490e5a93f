// npm run mutate [-- MODULE[/GROUP]...] [--report]: mutation testing of the modules that protect
// users (scripts/mutate/modules.mjs), one module (a large one group by group) at a time, on one
// core under nice (the machine is shared), then the mutation score of each module. --report prints the table from the last reports
// (reports/mutation/*.json) without running. Exits 1 when a module is under the target.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { groupsOf, modules, runOf } from './mutate/modules.mjs';

const TARGET = 80;
const root = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const reportOnly = args.includes('--report');
const named = args.filter((a) => !a.startsWith('--'));
/** The runs a name asks for: every group of a module, or the one group named `module/group`. */
function runsOf(spec) {
  if (spec.includes('/')) return [spec];
  return Object.keys(groupsOf(spec)).map((group) => (group === spec ? spec : `${spec}/${group}`));
}
for (const spec of named) {
  if (!runOf(spec) && !Object.hasOwn(modules, spec)) {
    console.error(`mutate: no module \`${spec}\`, expected one of ${Object.keys(modules).join(', ')}`);
    process.exit(2);
  }
}
const chosen = named.length > 0 ? named : Object.keys(modules);

if (!reportOnly) {
  for (const spec of chosen.flatMap(runsOf)) {
    console.log(`\n== ${spec}: ${modules[spec.split('/')[0]].what}`);
    const run = spawnSync('nice', ['-n', '15', 'node_modules/.bin/stryker', 'run', 'stryker.config.mjs'], {
      cwd: root,
      stdio: 'inherit',
      env: { ...process.env, PMHC_MUTATE_MODULE: spec },
    });
    if (run.status !== 0) {
      console.error(`mutate: stryker failed on ${spec} (exit ${run.status})`);
      process.exit(1);
    }
  }
}

/**
 * Killed and timed-out mutants over all that ran or had no test (Stryker's mutation score), over
 * every group of the module; null while a group has no report.
 */
function scoreOf(spec) {
  const custom = process.env.PMHC_MUTATE_TESTS !== undefined ? '.custom' : '';
  const count = { Killed: 0, Timeout: 0, Survived: 0, NoCoverage: 0 };
  for (const run of runsOf(spec).map(runOf)) {
    const file = `${root}reports/mutation/${run.report}${custom}.json`;
    if (!existsSync(file)) return null;
    const report = JSON.parse(readFileSync(file, 'utf8'));
    for (const source of Object.values(report.files)) {
      for (const mutant of source.mutants) if (mutant.status in count) count[mutant.status]++;
    }
  }
  const detected = count.Killed + count.Timeout;
  const valid = detected + count.Survived + count.NoCoverage;
  return { ...count, score: valid === 0 ? 100 : (100 * detected) / valid };
}

console.log('\nmodule       killed  timeout  survived  no cover   score');
let under = 0;
for (const name of chosen) {
  const s = scoreOf(name);
  if (!s) {
    console.log(`${name.padEnd(12)} (no report yet: run npm run mutate -- ${name})`);
    under++;
    continue;
  }
  const ok = s.score >= TARGET;
  if (!ok) under++;
  console.log(
    `${name.padEnd(12)} ${String(s.Killed).padStart(6)} ${String(s.Timeout).padStart(8)} ${String(s.Survived).padStart(9)} ${String(s.NoCoverage).padStart(9)}  ${s.score.toFixed(1).padStart(5)}%  ${ok ? 'ok' : `under ${TARGET}%`}`,
  );
}
process.exit(under > 0 ? 1 : 0);
