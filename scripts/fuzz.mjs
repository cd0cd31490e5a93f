#!/usr/bin/env node
// Random fuzzing of `pmhc validate` and `pmhc build` with hostile answers files (see
// scripts/fuzz-cases.mjs). Each case is run in-process on a worker thread; a crash (an error
// escaping the CLI), an exit 70 (the code for a bug) or a case that takes longer than --hang
// seconds is a failure, and its file is kept in --keep for reproduction.
//
//   npm run build && node scripts/fuzz.mjs [--cases 10000] [--seed 1] [--workers 2]
//                                          [--minutes 60] [--hang 60] [--keep fuzz-failures]
//
// Nine cases in ten build one document, every tenth the whole packet; every 25th also builds
// Word, every 250th PDF. Not part of `npm test`:
// tests/security/fuzz.test.ts runs a small bounded version.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { clearTimeout, setTimeout } from 'node:timers';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { Worker, isMainThread, parentPort } from 'node:worker_threads';
import { fuzzCase } from './fuzz-cases.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const EXAMPLES = ['riverbend-city', 'harlan-county-rural', 'tri-county-cit-consortium'].map((name) =>
  readFileSync(join(root, 'examples', `${name}.yaml`), 'utf8'),
);

/** Documents every program gets, whatever its models and partners. */
const EVERY_PROGRAM = [
  'information-sharing-agreement',
  'crisis-response-policy',
  'dispatch-protocol',
  'custody-transport-policy',
  'consent-to-release',
  'training-plan',
  'performance-measurement-plan',
];

/** Runs one case's validate and build; the exit codes, or the crash. */
async function runCase(runCli, seed, n, work) {
  const file = join(work, `case-${n}.yaml`);
  const bytes = fuzzCase(EXAMPLES, seed, n);
  writeFileSync(file, bytes);
  const io = { stdout: () => {}, stderr: () => {}, cwd: work, env: {}, interactive: false };
  const formats = n % 250 === 0 ? 'md,docx,pdf' : n % 25 === 0 ? 'md,docx' : 'md';
  const out = join(work, `out-${n % 4}`);
  // Nine cases in ten build one document (in turn), the tenth the whole packet.
  const only = n % 10 === 0 ? [] : ['--only', EVERY_PROGRAM[n % EVERY_PROGRAM.length]];
  const codes = [];
  try {
    codes.push(await runCli(['validate', file], io));
    codes.push(await runCli(['build', file, '--out', out, '--format', formats, '--force', ...only], io));
    return { n, codes, bytes };
  } catch (error) {
    return { n, codes, bytes, crash: String(error?.stack ?? error).slice(0, 2000) };
  } finally {
    rmSync(file, { force: true });
  }
}

if (!isMainThread) {
  const { runCli } = await import(pathToFileURL(join(root, 'dist/index.js')).href);
  const work = mkdtempSync(join(tmpdir(), 'pmhc-fuzz-'));
  parentPort.on('message', async ({ seed, n }) => {
    parentPort.postMessage({ started: n });
    const result = await runCase(runCli, seed, n, work);
    parentPort.postMessage({
      ...result,
      bytes: result.crash || result.codes.includes(70) ? result.bytes : null,
    });
  });
} else {
  const { values } = parseArgs({
    options: {
      cases: { type: 'string', default: '10000' },
      seed: { type: 'string', default: '1' },
      workers: { type: 'string', default: String(Math.max(1, Math.min(2, availableParallelism()))) },
      minutes: { type: 'string', default: '60' },
      hang: { type: 'string', default: '60' },
      keep: { type: 'string', default: 'fuzz-failures' },
    },
  });
  const total = Number(values.cases);
  const seed = Number(values.seed);
  const deadline = Date.now() + Number(values.minutes) * 60_000;
  const hangMs = Number(values.hang) * 1000;
  const counts = { cases: 0, valid: 0, invalid: 0, built: 0, crashes: 0, exit70: 0, hangs: 0, otherCodes: 0 };
  const byCode = {};
  let next = 1;
  const started = Date.now();
  const keep = (name, bytes, note) => {
    mkdirSync(values.keep, { recursive: true });
    writeFileSync(join(values.keep, `${name}.yaml`), bytes);
    writeFileSync(join(values.keep, `${name}.txt`), note);
  };

  const spawnWorker = () =>
    new Promise((finished) => {
      const worker = new Worker(fileURLToPath(import.meta.url), { workerData: {} });
      let timer;
      let current;
      const feed = () => {
        if (next > total || Date.now() > deadline) {
          worker.terminate().then(() => finished());
          return;
        }
        current = next++;
        worker.postMessage({ seed, n: current });
      };
      worker.on('message', (message) => {
        if ('started' in message) {
          clearTimeout(timer);
          timer = setTimeout(() => {
            counts.hangs++;
            counts.cases++;
            keep(
              `hang-${message.started}`,
              fuzzCase(EXAMPLES, seed, message.started),
              `no answer after ${values.hang} s`,
            );
            worker.terminate().then(() => spawnWorker().then(finished));
          }, hangMs);
          return;
        }
        clearTimeout(timer);
        counts.cases++;
        const [validate, build] = message.codes;
        byCode[`validate ${validate} / build ${build ?? '-'}`] =
          (byCode[`validate ${validate} / build ${build ?? '-'}`] ?? 0) + 1;
        if (validate === 0) counts.valid++;
        else counts.invalid++;
        if (build === 0) counts.built++;
        if (message.crash) {
          counts.crashes++;
          keep(`crash-${message.n}`, message.bytes, message.crash);
        } else if (message.codes.includes(70)) {
          counts.exit70++;
          keep(`exit70-${message.n}`, message.bytes, `exit codes ${message.codes.join(', ')}`);
        } else if (message.codes.some((c) => ![0, 1, 2, 3].includes(c))) counts.otherCodes++;
        if (counts.cases % 500 === 0)
          console.log(`${counts.cases} cases, ${Math.round((Date.now() - started) / 1000)} s`);
        feed();
      });
      worker.on('error', (error) => {
        counts.crashes++;
        keep(`worker-${current}`, fuzzCase(EXAMPLES, seed, current), String(error?.stack ?? error));
        spawnWorker().then(finished);
      });
      worker.on('online', feed);
    });

  await Promise.all(Array.from({ length: Number(values.workers) }, spawnWorker));
  const seconds = Math.round((Date.now() - started) / 1000);
  console.log(JSON.stringify({ ...counts, seconds, seed, byCode }, null, 2));
  const failures = counts.crashes + counts.exit70 + counts.hangs + counts.otherCodes;
  console.log(
    `${counts.cases} cases (validate + build) in ${seconds} s: ${counts.valid} valid, ${counts.invalid} refused, ` +
      `${counts.built} built; ${counts.crashes} crashes, ${counts.exit70} exit 70, ${counts.hangs} hangs` +
      (counts.cases < total ? ` (stopped at the ${values.minutes}-minute limit)` : ''),
  );
  process.exit(failures === 0 ? 0 : 1);
}
