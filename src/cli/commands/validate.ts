import { resolve } from 'node:path';
import type { Command } from '../command.js';
import { formatDiagnostic, type Diagnostic } from '../../diagnostics/diagnostic.js';
import { ExitCode } from '../../diagnostics/errors.js';

export const validateCommand: Command = {
  name: 'validate',
  summary: 'check answers files and report every problem with file:line:col',
  help: `Usage: pmhc validate ANSWERS.yaml... [--json]
       pmhc validate PORTFOLIO.yaml [--json]

Checks each answers file against the answers schema and reports every problem found, as
file:line:col  field: what is wrong, what is expected. Writes nothing. Exit code 1 if any file
has an error. A portfolio file (\`sites:\` and a list of answers files) checks every site it lists.

Options:
  --json       print one JSON object on stdout for scripts: {ok, command, files: [{file, valid,
               diagnostics: [{severity, message, file, line, column, path, hint}]}]}
  -h, --help   show this help`,
  options: { json: { type: 'boolean', default: false } },
  async run(args, io) {
    if (args.positionals.length === 0) {
      io.stderr('pmhc validate: expected at least one answers file (see `pmhc validate --help`)\n');
      return ExitCode.usage;
    }
    const { readAnswersFile } = await import('../../answers/read-answers.js');
    const { expandPortfolioFiles } = await import('../portfolio-args.js');
    const named = await expandPortfolioFiles('validate', args.positionals, io);
    if (typeof named === 'number') return named;
    let failed = false;
    const files: { file: string; valid: boolean; diagnostics: Diagnostic[] }[] = [];
    for (const file of named.files) {
      const result = await readAnswersFile(resolve(io.cwd, file), file).catch(
        (error: NodeJS.ErrnoException) => ({
          answers: null,
          diagnostics: [
            {
              severity: 'error' as const,
              file,
              message: `cannot read file: ${error.code === 'ENOENT' ? 'no such file' : error.message}`,
            },
          ],
        }),
      );
      files.push({ file, valid: result.answers !== null, diagnostics: result.diagnostics });
      if (!result.answers) failed = true;
      if (args.values.json === true) continue;
      for (const d of result.diagnostics) io.stderr(`${formatDiagnostic(d)}\n`);
      if (result.answers) io.stdout(`${file}: valid\n`);
    }
    if (args.values.json === true)
      io.stdout(`${JSON.stringify({ ok: !failed, command: 'validate', files }, null, 2)}\n`);
    return failed ? ExitCode.invalidInput : ExitCode.ok;
  },
};
