import { dirname, resolve } from 'node:path';
import type { Command } from '../command.js';
import { formatDiagnostic } from '../../diagnostics/diagnostic.js';
import { ExitCode } from '../../diagnostics/errors.js';
import { parseList } from '../parse-list.js';
import { count } from '../../util/plural.js';

export const adoptCommand: Command = {
  name: 'adopt',
  summary: 'keep the text the parties negotiated in a Word (or Markdown) draft, so later builds hold it',
  help: `Usage: pmhc adopt EDITED.docx|EDITED.md [options]

Reads the clauses the parties changed, added to or deleted in a Word draft that \`pmhc build\`
wrote (or in its canonical Markdown), and keeps their text in overrides/DOCUMENT.yaml beside the answers file. Every later
build puts that text in place of the generated clause (a note under the title says which
sections hold it), so an answer can change and the negotiated text survives. When pmhc later
generates other text for such a clause, the build warns with both texts and lists the clause
under Open Items for counsel to reconcile. Commit overrides/ with the answers file.

Tracked changes are taken as accepted (with --reject-changes, as rejected). Edits outside numbered clauses (title, signature blocks,
Open Items) are not adopted: they come from the answers file, and pmhc says so. An edited draft
can then be rebuilt without --force.

A blank the parties filled (\`[AGENCY HEAD NAME]\` -> a name) that one answers field holds is
proposed as an answers change instead, shown with its field; with --yes it is written into the
answers file (its comments kept) and that clause is not kept as negotiated text, so every
document that shows the fact gets it. Without --yes the clause is kept as negotiated text.

pmhc first rebuilds the draft exactly as the manifest recorded it; if it cannot (the answers,
templates or overrides changed since), nothing is adopted.

Options:
  --draft FILE       the draft the edited file was made from (default: the edited file itself,
                     edited in place in the drafts folder)
  --answers FILE     the answers file (default: the one the drafts folder's manifest names)
  --reject-changes   read the edited file as if its tracked changes were rejected
  --yes              write the blanks the parties filled into the answers file (see above)
  --paper SIZE       letter (default) or a4, as the draft was built
  --line-numbers     the draft was built with --line-numbers
  --font FILE        a --font the draft was built with (repeatable)
  -h, --help         show this help

Examples:
  pmhc adopt drafts/riverbend-city-co-responder-mou.docx
  pmhc adopt ~/Downloads/mou-county-edits.docx --draft drafts/riverbend-city-co-responder-mou.docx`,
  options: {
    draft: { type: 'string' },
    answers: { type: 'string' },
    'reject-changes': { type: 'boolean', default: false },
    yes: { type: 'boolean', default: false },
    paper: { type: 'string', default: 'letter' },
    'line-numbers': { type: 'boolean', default: false },
    font: { type: 'string', multiple: true },
  },
  async run(args, io) {
    if (args.positionals.length !== 1) {
      io.stderr(
        'pmhc adopt: expected one edited Word or Markdown draft, e.g. `pmhc adopt drafts/x.docx` (see `pmhc adopt --help`)\n',
      );
      return ExitCode.usage;
    }
    const paper = String(args.values.paper).toLowerCase();
    if (paper !== 'letter' && paper !== 'a4') {
      io.stderr(`pmhc adopt: cannot use paper \`${paper}\`, expected letter or a4\n`);
      return ExitCode.usage;
    }
    const path = (value: unknown) => (typeof value === 'string' ? resolve(io.cwd, value) : undefined);
    const { fontFiles } = await import('../check-options.js');
    const fonts = parseList(args.values.font).map((f) => resolve(io.cwd, f));
    await fontFiles(fonts);
    const { adopt } = await import('../../adopt/run-adopt.js');
    const result = await adopt({
      editedFile: resolve(io.cwd, args.positionals[0]!),
      draftFile: path(args.values.draft),
      answersFile: path(args.values.answers),
      cwd: io.cwd,
      sourceDateEpoch: io.env.SOURCE_DATE_EPOCH,
      today: io.today,
      rejectChanges: args.values['reject-changes'] === true,
      writeAnswers: args.values.yes === true,
      writeOptions: { paper, lineNumbers: args.values['line-numbers'] === true, fallbackFonts: fonts },
    });
    for (const warning of result.warnings) io.stderr(`${formatDiagnostic(warning)}\n`);
    const fills = result.fills.map(
      (f) => `  ${f.field}: ${JSON.stringify(f.value)}   (fills [${f.label}])\n`,
    );
    if (result.answersWritten !== null)
      io.stdout(`Wrote ${count(fills.length, 'answer')} into ${result.answersWritten}:\n${fills.join('')}`);
    else if (fills.length > 0)
      io.stdout(
        `The parties filled blanks that the answers file can hold; run again with --yes to write:\n${fills.join('')}`,
      );
    if (result.changed.length === 0)
      io.stdout(`No clause of ${result.documentId} changed; nothing new to adopt.\n`);
    else
      io.stdout(
        `Adopted ${count(result.changed.length, 'clause')} of ${result.documentId}: ${result.changed.join(', ')}\n`,
      );
    const wrote = result.clauses.length > 0 || result.changed.length > 0 || result.answersWritten !== null;
    // Nothing kept before and nothing now: no overrides file was written.
    if (!wrote) return ExitCode.ok;
    if (result.clauses.length > 0 || result.changed.length > 0)
      io.stdout(
        `${result.overridesFile} now holds the parties' text for ${count(result.clauses.length, 'clause')}${
          result.clauses.length === 0
            ? '.'
            : `: ${result.clauses.map((c) => `§ ${c.section}${c.deleted ? ' (deleted)' : ''}`).join(', ')}.`
        }\n`,
      );
    io.stdout(
      `Next: commit ${dirname(result.overridesFile)}/ with the answers file, and run \`pmhc build\` as before.\n`,
    );
    return ExitCode.ok;
  },
};
