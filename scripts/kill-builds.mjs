#!/usr/bin/env node
// Kills `pmhc build` with SIGKILL at random moments and checks that the output folder never
// holds a mixed packet: after each kill it is either the old packet untouched, or a build that
// committed and that the next run finishes, giving exactly the new packet. A rebuild from the
// old answers must then succeed (never "changed by hand").
//
//   node scripts/kill-builds.mjs [--runs 50] [--formats md,docx] [--seed 1]
//
// Not part of `npm test` (it takes minutes); tests/security/atomic-build.test.ts is the small,
// deterministic version.
import { spawn, spawnSync } from 'node:child_process';
import { clearInterval, clearTimeout, setInterval, setTimeout } from 'node:timers';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '50' },
    formats: { type: 'string', default: 'md,docx' },
    seed: { type: 'string', default: '1' },
  },
});
const runs = Number(values.runs);
let seed = Number(values.seed);
/** A small deterministic generator (mulberry32), so a failing run can be repeated. */
function random() {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}

const work = mkdtempSync(join(tmpdir(), 'pmhc-kill-'));
const oldAnswers = join(work, 'answers.yaml');
const newAnswers = join(work, 'answers-new', 'answers.yaml');
const original = readFileSync(join(root, 'examples/riverbend-city.yaml'), 'utf8');
writeFileSync(oldAnswers, original);
// The new answers change every document's text and drop the CIT model, so one draft goes away.
spawnSync('mkdir', ['-p', dirname(newAnswers)]);
writeFileSync(
  newAnswers,
  original
    .replace(/^ {4}- cit\n/m, '')
    .replace(/Riverbend Co-Responder Program/g, 'Riverbend Crisis Partnership'),
);
const out = join(work, 'drafts');
const bin = join(root, 'bin/pmhc.js');
const build = (answers, extra = []) =>
  spawnSync(process.execPath, [bin, 'build', answers, '--out', out, '--format', values.formats, ...extra], {
    encoding: 'utf8',
  });

function snapshot() {
  const files = {};
  for (const name of readdirSync(out).sort()) {
    files[name] = createHash('sha256')
      .update(readFileSync(join(out, name)))
      .digest('hex');
  }
  return files;
}
const same = (a, b) => JSON.stringify(a) === JSON.stringify(b);
const stage = join(dirname(out), '.drafts.pmhc-stage');

function expectOk(result, what) {
  if (result.status !== 0) {
    console.error(`${what}: exit ${result.status}\n${result.stderr}`);
    process.exit(1);
  }
}

expectOk(build(newAnswers), 'new build');
const packetNew = snapshot();
rmSync(out, { recursive: true });
expectOk(build(oldAnswers), 'old build');
const packetOld = snapshot();
const started = Date.now();
expectOk(build(newAnswers), 'timed build');
const fullTime = Date.now() - started;
if (!same(snapshot(), packetNew)) throw new Error('the new packet differs from one build to the next');

const counts = { untouched: 0, finishedByNextRun: 0, complete: 0, mixed: 0, falseHandEdit: 0 };
for (let run = 1; run <= runs; run++) {
  expectOk(build(oldAnswers), `reset ${run}`);
  if (!same(snapshot(), packetOld)) throw new Error(`run ${run}: the reset did not restore the old packet`);
  // Half the kills fall anywhere in the build; the other half while it writes (once its stage
  // folder appears), where an interruption could mix old and new files.
  const duringWrite = run % 2 === 0;
  const delay = duringWrite ? Math.round(random() * 40) : Math.round(random() * fullTime * 1.1);
  const child = spawn(
    process.execPath,
    [bin, 'build', newAnswers, '--out', out, '--format', values.formats],
    {
      stdio: 'ignore',
    },
  );
  await new Promise((done) => {
    let timer;
    const arm = () => (timer = setTimeout(() => child.kill('SIGKILL'), delay));
    const poll = duringWrite
      ? setInterval(() => {
          if (existsSync(stage)) {
            clearInterval(poll);
            arm();
          }
        }, 1)
      : (arm(), undefined);
    child.on('exit', () => {
      clearTimeout(timer);
      clearInterval(poll);
      done();
    });
  });
  const after = snapshot();
  const committed = existsSync(join(stage, 'commit.json'));
  let outcome;
  if (same(after, packetOld)) outcome = committed ? 'finishedByNextRun' : 'untouched';
  else if (same(after, packetNew)) outcome = 'complete';
  else outcome = committed ? 'finishedByNextRun' : 'mixed';
  if (outcome === 'finishedByNextRun') {
    // Every file is the old or the new version, never a third; the next run completes the commit.
    const known = (name, digest) => packetOld[name] === digest || packetNew[name] === digest;
    if (!Object.entries(after).every(([name, digest]) => known(name, digest))) outcome = 'mixed';
    const next = build(newAnswers);
    if (next.status !== 0 || !same(snapshot(), packetNew)) outcome = 'mixed';
  }
  counts[outcome]++;
  const back = build(oldAnswers);
  if (back.status === 3) counts.falseHandEdit++;
  const when = duringWrite ? `${delay} ms into writing` : `after ${delay} ms`;
  console.log(`run ${run}: killed ${when}: ${outcome}; rebuild from the old answers exit ${back.status}`);
}
rmSync(work, { recursive: true, force: true });
console.log(
  `\n${runs} builds killed (a full build takes ${fullTime} ms): ${counts.untouched} left the old packet untouched, ` +
    `${counts.finishedByNextRun} had committed and were finished by the next run, ${counts.complete} had finished; ` +
    `${counts.mixed} mixed packets, ${counts.falseHandEdit} false "changed by hand".`,
);
process.exit(counts.mixed + counts.falseHandEdit === 0 ? 0 : 1);
