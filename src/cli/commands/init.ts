import { join, resolve } from 'node:path';
import type { Command, CommandIo } from '../command.js';
import { ExitCode } from '../../diagnostics/errors.js';

export const initCommand: Command = {
  name: 'init',
  summary: 'start a workspace for git: answers file, .gitattributes, .gitignore, README',
  help: `Usage: pmhc init [DIR] [options]

Creates in DIR (default: the current folder) a workspace ready for git:
  answers.yaml         from the interview in a terminal, else a commented starter that validates
  .gitattributes       Word and PDF files as binary with text diff drivers (docx, pdf)
  .gitignore           keeps the answers and drafts/, ignores interview partials and diff/
  answers.schema.json  the JSON Schema the answers file names on its first line (for editors)
  README.md            how to build, commit and compare versions (pmhc diff)

Writes nothing if any of these files exists with other content (exit code 3), unless --force.
Files that already hold what init writes are kept: after Ctrl-C in the interview, run the same
\`pmhc init DIR\` again to pick up where you left off.

Options:
  --answers NAME   name of the answers file (default: answers.yaml)
  --starter        write the commented starter even in a terminal (no interview)
  --force          overwrite files that exist
  -h, --help       show this help`,
  options: {
    answers: { type: 'string', default: 'answers.yaml' },
    starter: { type: 'boolean', default: false },
    force: { type: 'boolean', default: false },
  },
  async run(args, io) {
    const [dirArg = '.', ...extra] = args.positionals;
    if (extra.length > 0) {
      io.stderr(`pmhc init: expected at most one folder, got \`${args.positionals.join(' ')}\`\n`);
      return ExitCode.usage;
    }
    const answersFile = String(args.values.answers);
    const dir = resolve(io.cwd, dirArg);
    const { answersNameInWorkspace } = await import('../check-options.js');
    const { checkOutputFolder } = await import('../../build/output-folder.js');
    answersNameInWorkspace(answersFile);
    await checkOutputFolder(dir, 'DIR');
    const interview = io.interactive && args.values.starter !== true;
    const { initWorkspace } = await import('../../init/init-workspace.js');
    const written = await initWorkspace({
      dir,
      shownDir: dirArg,
      answersFile,
      starter: !interview,
      force: args.values.force === true,
    });
    io.stdout(`Created in ${dirArg}: ${written.join(', ')}\n`);
    if (interview) {
      const shown = dirArg === '.' ? answersFile : join(dirArg, answersFile);
      const code = await runInterview(join(dir, answersFile), shown, io);
      if (code !== ExitCode.ok) return code;
    }
    const cd = dirArg === '.' ? '' : `cd ${dirArg} && `;
    io.stdout(
      `Next: ${cd}git init && git config diff.docx.textconv "pmhc textconv" && git config diff.pdf.textconv "pmhc textconv"\n` +
        `Then edit ${answersFile}, run \`pmhc build ${answersFile}\` and commit (see README.md).\n` +
        'git runs `pmhc textconv` by name: if `pmhc` is not on your PATH, run `npm install -g .` in the pmhc-docs folder.\n',
    );
    return ExitCode.ok;
  },
};

/** The interview, asked to write the workspace's answers file (named as the user would type it). */
async function runInterview(answersFile: string, shown: string, io: CommandIo): Promise<number> {
  const { interviewAnswersFile } = await import('./interview.js');
  return interviewAnswersFile({ answersFile, displayName: shown, all: false }, io);
}
