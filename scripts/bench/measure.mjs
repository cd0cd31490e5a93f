// Timing for the bench: cold processes, interleaved so that a busy machine slows every
// contender alike, with wall and CPU time (user + system, from /usr/bin/time when present).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

export const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const gnuTime = existsSync('/usr/bin/time') ? '/usr/bin/time' : null;
const scratch = mkdtempSync(join(tmpdir(), 'pmhc-bench-time-'));
process.on('exit', () => rmSync(scratch, { recursive: true, force: true }));

/** Runs a command once; returns wall and CPU milliseconds (CPU null without /usr/bin/time). */
export function runOnce({ cmd, args, expect = 0, cwd }) {
  const out = join(scratch, 'time.txt');
  const [program, argv] = gnuTime ? [gnuTime, ['-f', '%U %S', '-o', out, cmd, ...args]] : [cmd, args];
  const start = performance.now();
  const result = spawnSync(program, argv, { stdio: ['ignore', 'ignore', 'pipe'], cwd });
  const wall = performance.now() - start;
  if (result.status !== expect) {
    throw new Error(`${cmd} ${args.join(' ')} exited ${result.status}, expected ${expect}\n${result.stderr}`);
  }
  let cpu = null;
  if (gnuTime) {
    const [user, system] = readFileSync(out, 'utf8').trim().split(/\s+/).slice(-2).map(Number);
    cpu = (user + system) * 1000;
  }
  return { wall, cpu };
}

/**
 * Times each named job `runs` times, round-robin, after one untimed warm-up round (disk cache).
 * A job is {cmd, args, expect?} or a list of them run in sequence (e.g. pandoc once per file).
 * Returns {name: {wall, cpu}} medians.
 */
export function timeCold(jobs, runs) {
  const samples = Object.fromEntries(Object.keys(jobs).map((name) => [name, { wall: [], cpu: [] }]));
  for (let round = 0; round <= runs; round++) {
    for (const [name, job] of Object.entries(jobs)) {
      const steps = Array.isArray(job) ? job : [job];
      let wall = 0;
      let cpu = 0;
      for (const step of steps) {
        const one = runOnce(step);
        wall += one.wall;
        cpu = one.cpu === null || cpu === null ? null : cpu + one.cpu;
      }
      if (round === 0) continue;
      samples[name].wall.push(wall);
      if (cpu !== null) samples[name].cpu.push(cpu);
    }
  }
  return Object.fromEntries(
    Object.entries(samples).map(([name, s]) => [
      name,
      { wall: median(s.wall), cpu: s.cpu.length ? median(s.cpu) : null },
    ]),
  );
}

/** Median wall time of an async function in this (warm) process, after one warm-up call. */
export async function timeWarm(fn, runs) {
  await fn();
  const times = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn();
    times.push(performance.now() - start);
  }
  return median(times);
}

/** Median CPU milliseconds of an async function in this process (other work does not count). */
export async function cpuWarm(fn, runs) {
  await fn();
  const times = [];
  for (let i = 0; i < runs; i++) {
    const before = process.cpuUsage();
    await fn();
    const used = process.cpuUsage(before);
    times.push((used.user + used.system) / 1000);
  }
  return median(times);
}
