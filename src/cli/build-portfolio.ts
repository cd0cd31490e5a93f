import { basename, extname, relative, resolve } from 'node:path';
import { formatDiagnostic } from '../diagnostics/diagnostic.js';
import { ExitCode } from '../diagnostics/errors.js';
import { slugify } from '../build/file-names.js';
import type { Format } from '../writers/index.js';
import type { SiteJob, SiteOptions, SiteOutcome } from '../portfolio/build-site.js';
import type { CommandIo } from './command.js';
import { count } from '../util/plural.js';

/** `pmhc build a.yaml b.yaml … --out DIR`: each site into DIR/<file name>/, then the portfolio report. */
export async function buildPortfolio(
  files: readonly string[],
  shownOut: string,
  options: SiteOptions & { formats: Format[]; json: boolean },
  io: CommandIo,
): Promise<number> {
  const outDir = resolve(io.cwd, shownOut);
  const jobs = planSites(files, outDir, io);
  if (typeof jobs === 'number') return jobs;
  const { runSites } = await import('../portfolio/run-sites.js');
  const started = Date.now();
  const outcomes = await runSites(jobs, options, (outcome, done, total) => {
    if (!io.progress) return;
    const left = ((Date.now() - started) / done) * (total - done);
    io.stderr(
      `\r\x1b[K  ${done}/${total} sites  ${outcome.ok ? 'built' : 'FAILED'} ${outcome.site}${done < total ? `  about ${duration(left)} left` : ''}`,
    );
  });
  if (io.progress) io.stderr('\r\x1b[K');
  // Loaded once the site threads are done: it brings the writers, which this thread does not need before.
  const { writePortfolioReport } = await import('../portfolio/write-report.js');
  const report = await writePortfolioReport(outDir, outcomes, options.formats, {
    force: options.force ?? false,
    sourceDateEpoch: options.sourceDateEpoch,
    writeOptions: options.writeOptions,
    cwd: io.cwd,
  });
  const failed = outcomes.filter((o) => !o.ok);
  if (options.json) {
    const sites = outcomes.map((o) => ({
      site: o.site,
      outDir: relative(io.cwd, o.outDir) || '.',
      ok: o.ok,
      ...(o.ok ? { written: o.written } : { exitCode: o.exitCode, diagnostics: o.diagnostics }),
    }));
    io.stdout(
      `${JSON.stringify({ ok: failed.length === 0, command: 'build', outDir: shownOut, sites, report }, null, 2)}\n`,
    );
  } else {
    reportSites(outcomes, shownOut, report, io);
  }
  return failed.length === 0 ? ExitCode.ok : ExitCode.invalidInput;
}

/** Each site's folder from its file name; two files that would share a folder are refused first. */
function planSites(files: readonly string[], outDir: string, io: CommandIo): SiteJob[] | number {
  const byFolder = new Map<string, string>();
  const jobs: SiteJob[] = [];
  for (const file of files) {
    const folder = slugify(basename(file, extname(file)), 64);
    const earlier = byFolder.get(folder);
    if (earlier !== undefined) {
      io.stderr(
        `pmhc build: \`${earlier}\` and \`${file}\` would both be built into ${folder}/: rename one of them\n`,
      );
      return ExitCode.usage;
    }
    byFolder.set(folder, file);
    jobs.push({ answersFile: resolve(io.cwd, file), site: file, outDir: resolve(outDir, folder) });
  }
  return jobs;
}

function reportSites(
  outcomes: readonly SiteOutcome[],
  shownOut: string,
  report: string[],
  io: CommandIo,
): void {
  for (const o of outcomes) {
    const folder = `${shownOut}/${basename(o.outDir)}/`;
    if (o.ok) {
      const warned =
        o.warnings.length > 0 ? `, ${count(o.warnings.length, 'warning')} in the report's JSON` : '';
      io.stdout(`  built   ${o.site} → ${folder} (${count(o.written, 'file')}${warned})\n`);
    } else {
      io.stdout(`  FAILED  ${o.site}\n`);
      for (const d of o.diagnostics) io.stderr(`${formatDiagnostic(d)}\n`);
    }
  }
  const failed = outcomes.filter((o) => !o.ok);
  io.stdout(
    `Built ${outcomes.length - failed.length} of ${count(outcomes.length, 'site')} into ${shownOut}/; the portfolio report: ${report.map((f) => `${shownOut}/${f}`).join(', ')}\n`,
  );
  if (failed.length > 0)
    io.stdout(
      `${count(failed.length, 'site')} failed: ${failed.map((o) => o.site).join(', ')} (the problems are above)\n`,
    );
}

function duration(ms: number): string {
  const seconds = Math.round(ms / 1000);
  return seconds < 90 ? `${seconds} s` : `${Math.round(seconds / 60)} min`;
}
