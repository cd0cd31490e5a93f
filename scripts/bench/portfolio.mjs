// A portfolio build of N generated sites in one `pmhc build sites/*.yaml` (a site per core), beside
// one site built alone: sites per second, the cost per site against the single build, and the
// process's resident memory sampled as the run goes (it must stay flat). Linux: reads /proc.
// Usage: node scripts/bench/portfolio.mjs N [FORMATS]   (prints one JSON object)
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { setInterval, clearInterval } from 'node:timers';
import { generateJurisdictions } from '../generate-jurisdictions.mjs';

const n = Number(process.argv[2] ?? 100);
const formats = process.argv[3] ?? 'md,docx,pdf';
const bin = resolve('bin/pmhc.js');
const dir = mkdtempSync(join(tmpdir(), 'pmhc-portfolio-bench-'));
const rssOf = (pid) => {
  try {
    return Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) * 1024;
  } catch {
    return 0;
  }
};

try {
  mkdirSync(join(dir, 'sites'));
  const sites = generateJurisdictions(n).map(({ name, text }) => {
    writeFileSync(join(dir, 'sites', `${name}.yaml`), text);
    return `sites/${name}.yaml`;
  });
  const single = performance.now();
  spawnSync('node', [bin, 'build', sites[0], '--out', 'alone', '--format', formats], {
    cwd: dir,
    stdio: 'ignore',
  });
  const singleMs = performance.now() - single;

  const start = performance.now();
  const child = spawn('node', [bin, 'build', ...sites, '--out', 'packets', '--format', formats, '--json'], {
    cwd: dir,
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  let stdout = '';
  child.stdout.on('data', (chunk) => (stdout += chunk));
  const samples = [];
  const timer = setInterval(
    () => samples.push({ ms: performance.now() - start, rss: rssOf(child.pid) }),
    250,
  );
  const code = await new Promise((done) => child.on('close', done));
  clearInterval(timer);
  const wallMs = performance.now() - start;
  const report = JSON.parse(stdout);
  const taken = samples.filter((s) => s.rss > 0);
  const at = (fraction) => taken[Math.min(taken.length - 1, Math.floor(taken.length * fraction))]?.rss ?? 0;
  console.log(
    JSON.stringify({
      sites: n,
      formats,
      threads: availableParallelism(),
      exitCode: code,
      failed: report.sites.filter((s) => !s.ok).length,
      wallMs,
      singleMs,
      sitesPerSecond: n / (wallMs / 1000),
      peakRss: Math.max(0, ...taken.map((s) => s.rss)),
      rssQuarters: [0.25, 0.5, 0.75, 0.99].map(at),
    }),
  );
} finally {
  rmSync(dir, { recursive: true, force: true });
}
