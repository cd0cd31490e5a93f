import { resolve } from 'node:path';
import type { Command } from '../command.js';
import { formatDiagnostic } from '../../diagnostics/diagnostic.js';
import { ExitCode } from '../../diagnostics/errors.js';
import { parseList } from '../parse-list.js';
import { DEFAULT_FORMATS } from './build.js';
import { formats as knownFormats, isFormat } from '../../writers/index.js';

export const assessCommand: Command = {
  name: 'assess',
  summary: 'score the program self-assessment and write a readiness report',
  help: `Usage: pmhc assess ANSWERS.yaml [options]

Scores the self-assessment in ANSWERS.yaml (its \`assessment:\` section) against the ten essential
elements and writes a readiness report: a chart of the score per element, the gaps with the
section of the packet that addresses each, an action plan, and the packet's open items.

Options:
  --out DIR          output folder (default: assessment)
  --format LIST      formats, comma-separated: ${knownFormats.join(', ')} (default: ${DEFAULT_FORMATS})
  --since REV        compare with the answers file at git revision REV (e.g. HEAD~1, v2026)
  --force            overwrite a report that was edited by hand since it was written
  -h, --help         show this help

Each item is rated not-started, planning, in-place or reviewed (within a year); an item
left out counts as not started. \`pmhc interview\` asks the items in its own section.

Examples:
  pmhc assess examples/riverbend-city.yaml
  pmhc assess answers.yaml --since HEAD~1 --format pdf`,
  options: {
    out: { type: 'string', default: 'assessment' },
    format: { type: 'string', multiple: true },
    since: { type: 'string' },
    force: { type: 'boolean', default: false },
  },
  async run(args, io) {
    const [answersFile, ...extra] = args.positionals;
    if (!answersFile || extra.length > 0) {
      io.stderr(
        'pmhc assess: expected one answers file, e.g. `pmhc assess answers.yaml` (see `pmhc assess --help`)\n',
      );
      return ExitCode.usage;
    }
    const formats = parseList(args.values.format ?? DEFAULT_FORMATS);
    const bad = formats.filter((f) => !isFormat(f));
    if (bad.length > 0 || formats.length === 0) {
      io.stderr(
        `pmhc assess: cannot write format \`${bad.join(', ')}\`, expected ${knownFormats.join(', ')}\n`,
      );
      return ExitCode.usage;
    }
    const { runAssess } = await import('../../assess/run-assess.js');
    const since = typeof args.values.since === 'string' ? args.values.since : undefined;
    const result = await runAssess({
      answersFile: resolve(io.cwd, answersFile),
      outDir: resolve(io.cwd, String(args.values.out)),
      cwd: io.cwd,
      formats: formats.filter(isFormat),
      since,
      force: args.values.force === true,
      sourceDateEpoch: io.env.SOURCE_DATE_EPOCH,
    });
    for (const warning of result.warnings) io.stderr(`${formatDiagnostic(warning)}\n`);
    const { report } = result;
    io.stdout(
      `Readiness: ${report.overall}% overall${report.since ? ` (${report.earlierOverall}% at ${report.since})` : ''}, ${report.answered} of ${report.total} items rated\n`,
    );
    for (const e of report.elements) {
      const was = e.earlierScore === null ? '' : ` (was ${e.earlierScore}%)`;
      io.stdout(
        `  ${String(e.number).padStart(2)}. ${e.name}: ${e.score}%${was}, ${e.gaps.length} gap${e.gaps.length === 1 ? '' : 's'}\n`,
      );
    }
    io.stdout(
      `Wrote ${result.written.length} ${result.written.length === 1 ? 'file' : 'files'} to ${String(args.values.out)}/:\n`,
    );
    for (const file of result.written) io.stdout(`  ${file}\n`);
    return ExitCode.ok;
  },
};
