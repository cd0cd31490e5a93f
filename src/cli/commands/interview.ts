import { stat } from 'node:fs/promises';
import { dirname, join, relative, resolve, sep } from 'node:path';
import type { Command, CommandIo } from '../command.js';
import { ExitCode } from '../../diagnostics/errors.js';
import { dateFromEpoch } from '../../build/dates.js';

export const interviewCommand: Command = {
  name: 'interview',
  summary: 'answer questions to write or update the answers file, then build the drafts',
  help: `Usage: pmhc interview [--answers FILE] [--all] [--extends DEFAULTS]

Asks about the jurisdiction, its partners and its program, section by section (jurisdiction and
lead agency, partners, program design, dispatch, disposition and transport, information sharing,
training, measures, term and signatures), shows a summary to review, writes the answers file and
offers to build the drafts.

With an existing file it asks only what the file does not answer yet; --all revisits every
question with the current answers as defaults. Comments, order and other content of the file are
kept. A file that says \`extends: DEFAULTS.yaml\` is asked only what the shared defaults do not
answer, and keeps only its own answers; --extends starts a new file from such defaults. Every answer is saved as you go in FILE.partial: after Ctrl-C, run the command again to
pick up where you left off.

Options:
  --answers FILE   the answers file to write or update (default: answers.yaml)
  --all            revisit every question, not only the unanswered ones
  --extends FILE   start a new answers file from shared defaults (e.g. a state's)
  -h, --help       show this help

Needs a terminal. Without one (a pipe, CI), edit the answers file and check it with
\`pmhc validate FILE\`.`,
  options: {
    answers: { type: 'string', short: 'a', default: 'answers.yaml' },
    all: { type: 'boolean', default: false },
    extends: { type: 'string' },
  },
  async run(args, io) {
    const displayName = String(args.values.answers ?? 'answers.yaml');
    if (args.positionals.length > 0) {
      io.stderr(
        `pmhc interview: unexpected \`${args.positionals.join(' ')}\`; name the file with --answers FILE\n`,
      );
      return ExitCode.usage;
    }
    if (!io.interactive) {
      io.stderr(
        'pmhc interview: needs a terminal to ask questions, and this is not one (input or output is piped).\n' +
          `Edit ${displayName} instead (\`pmhc init --starter\` writes a commented one to start from), then check it with \`pmhc validate ${displayName}\`.\n`,
      );
      return ExitCode.usage;
    }
    const answersFile = resolve(io.cwd, displayName);
    const extendsFile = await defaultsFor(args.values.extends, answersFile, displayName, io);
    if (typeof extendsFile === 'number') return extendsFile;
    return interviewAnswersFile({ answersFile, displayName, all: args.values.all === true, extendsFile }, io);
  },
};

/**
 * `--extends FILE` (relative to where the user is): the path the new file's `extends:` will hold
 * (relative to the new file). An existing file says what it extends itself.
 */
async function defaultsFor(
  option: unknown,
  answersFile: string,
  displayName: string,
  io: CommandIo,
): Promise<string | undefined | number> {
  if (typeof option !== 'string') return undefined;
  const defaults = resolve(io.cwd, option);
  if (await exists(answersFile)) {
    io.stderr(
      `pmhc interview: ${displayName} exists already; --extends starts a new file. Add \`extends: ${relative(dirname(answersFile), defaults)}\` at the top of ${displayName} instead.\n`,
    );
    return ExitCode.usage;
  }
  if (!(await exists(defaults))) {
    io.stderr(`pmhc interview: --extends ${option}: no such file\n`);
    return ExitCode.usage;
  }
  return relative(dirname(answersFile), defaults).split(sep).join('/');
}

function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}

/** Runs the interview on a terminal for one answers file (also `pmhc init`'s interview). */
export async function interviewAnswersFile(
  file: { answersFile: string; displayName: string; all: boolean; extendsFile?: string },
  io: CommandIo,
): Promise<number> {
  const { inquirerPrompter } = await import('../../interview/prompter.js');
  const { runInterview } = await import('../../interview/run-interview.js');
  const prompter = await inquirerPrompter(io.stdout, io.env.NO_COLOR === undefined, io.columns);
  return runInterview({
    ...file,
    prompter,
    today: today(io.env.SOURCE_DATE_EPOCH),
    build: (answersFile) => buildDrafts(answersFile, io),
  });
}

/** The date a new answers file's first revision carries: SOURCE_DATE_EPOCH's day, else today here. */
function today(sourceDateEpoch: string | undefined): string {
  // YYYY-MM-DD in the local time zone: the day the user sees on their calendar.
  return dateFromEpoch(sourceDateEpoch) ?? new Date().toLocaleDateString('en-CA');
}

/** "Offer to build": every format into drafts/ beside the answers file, as `pmhc build` would. */
async function buildDrafts(answersFile: string, io: CommandIo): Promise<number> {
  const { buildPacket } = await import('../../build.js');
  const { formatDiagnostic } = await import('../../diagnostics/diagnostic.js');
  const { UserError } = await import('../../diagnostics/errors.js');
  const { formats } = await import('../../writers/index.js');
  try {
    const { progressLine } = await import('../progress.js');
    const progress = progressLine(io);
    const result = await buildPacket({
      answersFile,
      outDir: join(dirname(answersFile), 'drafts'),
      cwd: io.cwd,
      formats,
      sourceDateEpoch: io.env.SOURCE_DATE_EPOCH,
      onProgress: progress.report,
    }).finally(progress.done);
    const { reportBuild } = await import('../report-build.js');
    reportBuild(result, 'drafts', io);
    return ExitCode.ok;
  } catch (error) {
    if (!(error instanceof UserError)) throw error;
    for (const d of error.diagnostics) io.stderr(`${formatDiagnostic(d)}\n`);
    io.stderr('pmhc interview: the answers were saved, but the drafts were not built (see above).\n');
    return error.exitCode;
  }
}
