import { resolve } from 'node:path';
import type { Command } from '../command.js';
import { formatDiagnostic } from '../../diagnostics/diagnostic.js';
import { ExitCode } from '../../diagnostics/errors.js';
import { parseList } from '../parse-list.js';

export const DEFAULT_FORMATS = 'md,docx,pdf';

export const buildCommand: Command = {
  name: 'build',
  summary: 'write the drafts that apply to a jurisdiction (Markdown, Word, PDF)',
  help: `Usage: pmhc build ANSWERS.yaml [options]

Writes every document that applies to the jurisdiction in ANSWERS.yaml, in each format, into
the output folder, with a manifest (pmhc-manifest.json) recording what was written.

Options:
  --out DIR          output folder (default: drafts)
  --format LIST      formats, comma-separated: md, docx, pdf (default: ${DEFAULT_FORMATS})
  --only LIST        only these documents, by id (e.g. co-responder-mou)
  --force            overwrite files that were edited by hand since they were generated
  --paper SIZE       letter (default) or a4, for PDF
  --line-numbers     number the lines of PDF pages, for review drafts
  --font FILE        an extra TTF/OTF font for characters the body font lacks (repeatable)
  -h, --help         show this help

The drafts are dated from SOURCE_DATE_EPOCH when set, else the newest revision in the answers
file, else its effective date. Two builds of the same inputs give byte-identical files.

Examples:
  pmhc build examples/riverbend-city.yaml
  pmhc build answers.yaml --out drafts --format md,docx --only co-responder-mou`,
  options: {
    out: { type: 'string', default: 'drafts' },
    format: { type: 'string', multiple: true },
    only: { type: 'string', multiple: true },
    force: { type: 'boolean', default: false },
    paper: { type: 'string', default: 'letter' },
    'line-numbers': { type: 'boolean', default: false },
    font: { type: 'string', multiple: true },
  },
  async run(args, io) {
    const [answersFile, ...extra] = args.positionals;
    if (!answersFile || extra.length > 0) {
      io.stderr(
        'pmhc build: expected one answers file, e.g. `pmhc build answers.yaml` (see `pmhc build --help`)\n',
      );
      return ExitCode.usage;
    }
    const { isFormat, formats: known } = await import('../../writers/index.js');
    const formats = parseList(args.values.format ?? DEFAULT_FORMATS);
    const bad = formats.filter((f) => !isFormat(f));
    if (bad.length > 0 || formats.length === 0) {
      io.stderr(`pmhc build: cannot write format \`${bad.join(', ')}\`, expected ${known.join(', ')}\n`);
      return ExitCode.usage;
    }
    const paper = String(args.values.paper);
    if (paper !== 'letter' && paper !== 'a4') {
      io.stderr(`pmhc build: cannot use paper \`${paper}\`, expected letter or a4\n`);
      return ExitCode.usage;
    }
    const { buildPacket } = await import('../../build.js');
    const outDir = resolve(io.cwd, String(args.values.out));
    const only = parseList(args.values.only);
    const result = await buildPacket({
      answersFile: resolve(io.cwd, answersFile),
      outDir,
      formats: formats.filter(isFormat),
      only,
      force: args.values.force === true,
      sourceDateEpoch: io.env.SOURCE_DATE_EPOCH,
      writeOptions: {
        paper,
        lineNumbers: args.values['line-numbers'] === true,
        fallbackFonts: parseList(args.values.font),
      },
    });
    for (const warning of result.warnings) io.stderr(`${formatDiagnostic(warning)}\n`);
    io.stdout(`Wrote ${result.written.length} files to ${String(args.values.out)}/:\n`);
    for (const file of result.written) io.stdout(`  ${file}\n`);
    // With --only, a document that was not asked for is not worth a line.
    const skipped = only.length > 0 ? result.skipped.filter((s) => only.includes(s.id)) : result.skipped;
    for (const s of skipped) io.stdout(`  (skipped ${s.id}: ${s.reason})\n`);
    return ExitCode.ok;
  },
};
