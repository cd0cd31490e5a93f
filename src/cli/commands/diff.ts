import { resolve } from 'node:path';
import type { Command } from '../command.js';
import { formatDiagnostic } from '../../diagnostics/diagnostic.js';
import { ExitCode } from '../../diagnostics/errors.js';
import { parseList } from '../parse-list.js';
import { count } from '../../util/plural.js';
import { progressLine } from '../progress.js';
import type { DiffResult } from '../../diff/run-diff.js';

export const diffCommand: Command = {
  name: 'diff',
  summary: 'compare two versions of an answers file: Word redlines, Markdown diffs, a summary',
  help: `Usage: pmhc diff OLD NEW [options]
       pmhc diff REV ANSWERS.yaml [options]
       pmhc diff REV1 REV2 ANSWERS.yaml [options]
       pmhc diff REV1..REV2 ANSWERS.yaml [options]

Renders both versions and writes, for each document that changed:
  NAME.redline.docx   the new draft with tracked changes (insertions and deletions word by word,
                      by "pmhc-docs", dated the new version's draft date) to accept or reject in Word
  NAME.md.diff        a unified diff of the canonical Markdown
and summary.md: which answers changed (e.g. information_sharing.retention_years: 5 -> 7) and, for
each document, the clauses that changed, or "unchanged". The summary is also printed.

Both versions hold the parties' negotiated text (overrides/ beside ANSWERS.yaml, from
\`pmhc adopt\`) and the agency's own templates (templates/ beside ANSWERS.yaml), so a redline
marks only what the answers or templates changed.

OLD and NEW are answers files, or git revisions: \`pmhc diff HEAD~1 answers.yaml\` compares the
file as committed at HEAD~1 with the file as it is now; \`pmhc diff v2025 v2026 answers.yaml\`
compares two revisions, as does git's range \`v2025..v2026\` (an empty side is HEAD; three
dots are refused); REV:path names a file at a revision. An existing file wins over a
revision of the same name.

Options:
  --out DIR              output folder (default: diff)
  --only LIST            only these documents, by id
  --old-templates DIR    render OLD with these templates (to diff a template upgrade)
  --templates DIR        render NEW with these templates
  --json                 print one JSON object on stdout instead of the summary, for scripts:
                         {ok, command, outDir, written, answers: [{path, kind, before, after}],
                         documents: [{id, status, places: [{label, kind}], files}], diagnostics}
  -h, --help             show this help

Examples:
  pmhc diff HEAD~1 answers.yaml
  pmhc diff v2025 v2026 answers.yaml --out review/2026
  pmhc diff answers.yaml answers.yaml --old-templates old-templates --out upgrade`,
  options: {
    out: { type: 'string', default: 'diff' },
    only: { type: 'string', multiple: true },
    'old-templates': { type: 'string' },
    templates: { type: 'string' },
    json: { type: 'boolean', default: false },
  },
  async run(args, io) {
    const { readVersion, resolveVersions } = await import('../../diff/resolve-version.js');
    const { runDiff, VersionError } = await import('../../diff/run-diff.js');
    const sources = resolveVersions(args.positionals, io.cwd);
    const before = await readVersion(sources.before, io.cwd);
    const after = await readVersion(sources.after, io.cwd);
    const dir = (value: unknown) => (typeof value === 'string' ? resolve(io.cwd, value) : undefined);
    const { existingFolder } = await import('../check-options.js');
    const { checkOutputFolder } = await import('../../build/output-folder.js');
    await checkOutputFolder(resolve(io.cwd, String(args.values.out)));
    for (const option of ['old-templates', 'templates'] as const) {
      const folder = dir(args.values[option]);
      if (folder !== undefined) await existingFolder(`--${option}`, folder);
    }
    const { readOverridesFolder } = await import('../../adopt/overrides-file.js');
    const { shownFrom } = await import('../../build/write-outputs.js');
    const overrides = await readOverridesFolder(resolve(io.cwd, sources.after.path), shownFrom(io.cwd));
    const { agencyTemplatesBeside } = await import('../../templating/agency-templates.js');
    const { packageTemplatesDir } = await import('../../util/package-root.js');
    const agencyTemplates = agencyTemplatesBeside(
      resolve(io.cwd, sources.after.path),
      dir(args.values.templates) ?? packageTemplatesDir(),
      shownFrom(io.cwd),
    );
    const progress = progressLine(io);
    try {
      const result = await runDiff({
        overrides,
        agencyTemplates,
        before,
        after,
        outDir: resolve(io.cwd, String(args.values.out)),
        only: parseList(args.values.only),
        sourceDateEpoch: io.env.SOURCE_DATE_EPOCH,
        beforeTemplatesDir: dir(args.values['old-templates']),
        afterTemplatesDir: dir(args.values.templates),
        onProgress: progress.report,
      }).finally(progress.done);
      if (args.values.json === true) {
        io.stdout(`${JSON.stringify(diffJson(result, String(args.values.out)), null, 2)}\n`);
        return ExitCode.ok;
      }
      for (const warning of result.warnings) io.stderr(`${formatDiagnostic(warning)}\n`);
      io.stdout(result.summary);
      io.stdout(`\nWrote ${count(result.written.length, 'file')} to ${String(args.values.out)}/\n`);
      return ExitCode.ok;
    } catch (error) {
      if (!(error instanceof VersionError) || args.values.json === true) throw error;
      for (const d of error.diagnostics) io.stderr(`${formatDiagnostic(d)}\n`);
      const count = error.diagnostics.filter((d) => d.severity === 'error').length;
      io.stderr(
        `pmhc diff: the ${error.role} version (${error.displayName}) is not a valid answers file: ` +
          `${count} ${count === 1 ? 'problem' : 'problems'}; nothing was written.\n`,
      );
      return error.exitCode;
    }
  },
};

/** `pmhc diff --json`: what was written, the answers that changed, each document's changed places. */
function diffJson(result: DiffResult, outDir: string) {
  return {
    ok: true,
    command: 'diff',
    outDir,
    written: result.written,
    answers: result.answers,
    documents: result.documents.map(({ pair, places, files }) => ({
      id: pair.id,
      status: pair.status,
      places,
      files,
    })),
    diagnostics: result.warnings,
  };
}
