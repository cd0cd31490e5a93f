import { resolve } from 'node:path';
import type { Command } from '../command.js';
import { formatDiagnostic } from '../../diagnostics/diagnostic.js';
import { ExitCode } from '../../diagnostics/errors.js';

export const validateCommand: Command = {
  name: 'validate',
  summary: 'check answers files and report every problem with file:line:col',
  help: `Usage: pmhc validate ANSWERS.yaml...

Checks each answers file against the answers schema and reports every problem found, as
file:line:col  field: what is wrong, what is expected. Writes nothing. Exit code 1 if any file
has an error.`,
  options: {},
  async run(args, io) {
    if (args.positionals.length === 0) {
      io.stderr('pmhc validate: expected at least one answers file (see `pmhc validate --help`)\n');
      return ExitCode.usage;
    }
    const { readAnswersFile } = await import('../../answers/read-answers.js');
    let failed = false;
    for (const file of args.positionals) {
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
      for (const d of result.diagnostics) io.stderr(`${formatDiagnostic(d)}\n`);
      if (result.answers) io.stdout(`${file}: valid\n`);
      else failed = true;
    }
    return failed ? ExitCode.invalidInput : ExitCode.ok;
  },
};
