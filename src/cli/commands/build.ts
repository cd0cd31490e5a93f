import { resolve } from 'node:path';
import type { Command } from '../command.js';
import { reportBuild, reportBuildJson } from '../report-build.js';
import { progressLine } from '../progress.js';
import { ExitCode } from '../../diagnostics/errors.js';
import { parseList } from '../parse-list.js';
import { formats as knownFormats, isFormat } from '../../writers/index.js';

/** Every format the registry knows. */
export const DEFAULT_FORMATS = knownFormats.join(',');

export const buildCommand: Command = {
  name: 'build',
  summary: 'write the drafts that apply to a jurisdiction (Markdown, Word, PDF)',
  help: `Usage: pmhc build ANSWERS.yaml [options]
       pmhc build SITE.yaml SITE.yaml... [options]
       pmhc build PORTFOLIO.yaml [options]

Writes every document that applies to the jurisdiction in ANSWERS.yaml, in each format, into
the output folder, with a manifest (pmhc-manifest.json) recording what was written.

With several answers files (a portfolio, e.g. \`pmhc build sites/*.yaml --out packets\`), each
site is built into its own folder, DIR/<file name>/, on every core; a site that fails does not
stop the others; then DIR/portfolio-report.{md,docx,pdf,csv,json} shows every site: documents,
open items, essential elements, self-assessment, state law and dates coming due. Exit 1 if any
site failed. A portfolio file lists the sites instead (\`sites:\` then \`- sites/*.yaml\`, one
path or pattern per line, relative to it). An answers file may start from shared defaults with \`extends: ../state.yaml\`.

Options:
  --out DIR          output folder (default: drafts)
  --format LIST      formats, comma-separated: ${knownFormats.join(', ')} (default: ${DEFAULT_FORMATS})
  --only LIST        only these documents, by id (e.g. co-responder-mou)
  --force            overwrite files that were edited by hand since they were generated
  --paper SIZE       letter (default) or a4 (either case), for PDF and Word
  --line-numbers     number the lines of PDF pages, for review drafts
  --font FILE        an extra TTF/OTF font for characters the body font lacks (repeatable);
                     a PDF of an answer no font can draw is refused, naming the field
  --json             print one JSON object on stdout instead of the list, for scripts:
                     {ok, command, outDir, written, removed (drafts of documents that no longer
                     apply, unedited), skipped: [{id, reason}], refused (files edited
                     by hand), diagnostics: [{severity, message, file, line, column, path, hint}]}
                     (on failure ok is false and exitCode is set; the exit code is the same)
  -h, --help         show this help

On a terminal, a line on stderr shows each file as it is made once the build has taken a second
(never in a pipe or when CI is set). The drafts are dated from SOURCE_DATE_EPOCH when set, else the newest revision in the answers
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
    json: { type: 'boolean', default: false },
  },
  async run(args, io) {
    if (args.positionals.length === 0) {
      io.stderr(
        'pmhc build: expected an answers file, e.g. `pmhc build answers.yaml` (see `pmhc build --help`)\n',
      );
      return ExitCode.usage;
    }
    const { expandPortfolioFiles } = await import('../portfolio-args.js');
    const named = await expandPortfolioFiles('build', args.positionals, io);
    if (typeof named === 'number') return named;
    const [answersFile, ...extra] = named.files;
    const isPortfolio = named.portfolio || extra.length > 0;
    if (isPortfolio && parseList(args.values.only).length > 0) {
      io.stderr('pmhc build: --only builds part of one packet; with several answers files, leave it out\n');
      return ExitCode.usage;
    }
    const formats = parseList(args.values.format ?? DEFAULT_FORMATS);
    const bad = formats.filter((f) => !isFormat(f));
    if (bad.length > 0 || formats.length === 0) {
      io.stderr(
        `pmhc build: cannot write format \`${bad.join(', ')}\`, expected ${knownFormats.join(', ')}\n`,
      );
      return ExitCode.usage;
    }
    const paper = String(args.values.paper).toLowerCase();
    if (paper !== 'letter' && paper !== 'a4') {
      io.stderr(`pmhc build: cannot use paper \`${paper}\`, expected letter or a4\n`);
      return ExitCode.usage;
    }
    const outDir = resolve(io.cwd, String(args.values.out));
    const { fontFiles } = await import('../check-options.js');
    const { checkOutputFolder } = await import('../../build/output-folder.js');
    await checkOutputFolder(outDir);
    const fonts = parseList(args.values.font).map((f) => resolve(io.cwd, f));
    await fontFiles(fonts);
    const writeOptions = {
      paper: paper as 'letter' | 'a4',
      lineNumbers: args.values['line-numbers'] === true,
      fallbackFonts: fonts,
    };
    if (isPortfolio) {
      const { buildPortfolio } = await import('../build-portfolio.js');
      return buildPortfolio(
        named.files,
        String(args.values.out),
        {
          formats: formats.filter(isFormat),
          cwd: io.cwd,
          force: args.values.force === true,
          sourceDateEpoch: io.env.SOURCE_DATE_EPOCH,
          today: io.today,
          writeOptions,
          json: args.values.json === true,
        },
        io,
      );
    }
    const { buildPacket } = await import('../../build.js');
    const only = parseList(args.values.only);
    const progress = progressLine(io);
    const result = await buildPacket({
      answersFile: resolve(io.cwd, answersFile!),
      outDir,
      formats: formats.filter(isFormat),
      cwd: io.cwd,
      only,
      force: args.values.force === true,
      sourceDateEpoch: io.env.SOURCE_DATE_EPOCH,
      today: io.today,
      writeOptions,
      onProgress: progress.report,
    }).finally(progress.done);
    if (args.values.json === true) reportBuildJson(result, String(args.values.out), io, only);
    else reportBuild(result, String(args.values.out), io, only);
    return ExitCode.ok;
  },
};
