import { parseArgs } from 'node:util';
import type { Command, CommandIo } from './command.js';
import { formatDiagnostic } from '../diagnostics/diagnostic.js';
import { ExitCode, UserError, systemRefusal } from '../diagnostics/errors.js';
import { commands } from './commands/index.js';

const VERSION = '0.1.0';

function mainHelp(): string {
  const width = Math.max(...commands.map((c) => c.name.length));
  return `pmhc-docs ${VERSION}: drafts the agreements and policies of a Police–Mental Health Collaboration program.

Usage: pmhc <command> [options]

Commands:
${commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`).join('\n')}

Run \`pmhc <command> --help\` (or \`pmhc help <command>\`) for a command's options.
Start with \`pmhc interview\`, or copy an example from examples/ and run \`pmhc build\` on it.
`;
}

/** argv (without node and script) -> exit code. Prints; never exits the process itself. */
export async function runCli(argv: string[], io: CommandIo): Promise<number> {
  const [verb, ...rest] = argv;
  if (verb === 'help' && rest.length > 0) {
    // `pmhc help build` is `pmhc build --help`.
    const [topic] = rest;
    const command = commands.find((c) => c.name === topic);
    if (command) {
      io.stdout(`${command.help}\n`);
      return ExitCode.ok;
    }
    io.stderr(
      `pmhc help: unknown command \`${topic}\`, expected one of ${commands.map((c) => c.name).join(', ')}\n`,
    );
    return ExitCode.usage;
  }
  if (verb === undefined || verb === '-h' || verb === '--help' || verb === 'help') {
    io.stdout(mainHelp());
    return verb === undefined ? ExitCode.usage : ExitCode.ok;
  }
  if (verb === '--version' || verb === '-v') {
    io.stdout(`${VERSION}\n`);
    return ExitCode.ok;
  }
  const command = commands.find((c) => c.name === verb);
  if (!command) {
    io.stderr(
      `pmhc: unknown command \`${verb}\`, expected one of ${commands.map((c) => c.name).join(', ')}\n`,
    );
    return ExitCode.usage;
  }
  return runCommand(command, rest, io);
}

async function runCommand(command: Command, argv: string[], io: CommandIo): Promise<number> {
  let args;
  try {
    args = parseArgs({
      args: argv,
      options: { ...command.options, help: { type: 'boolean', short: 'h' } },
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    io.stderr(
      `pmhc ${command.name}: ${usageProblem(error as Error, command)} (see \`pmhc ${command.name} --help\`)\n`,
    );
    return ExitCode.usage;
  }
  if (args.values.help) {
    io.stdout(`${command.help}\n`);
    return ExitCode.ok;
  }
  try {
    return await command.run(args, io);
  } catch (thrown) {
    // The file system refusing a path the user gave is their environment, not a bug.
    const error = systemRefusal(thrown) ?? thrown;
    const values: Record<string, unknown> = args.values;
    if (error instanceof UserError && values.json === true) {
      io.stdout(`${JSON.stringify(failureJson(command.name, error), null, 2)}\n`);
      return error.exitCode;
    }
    if (error instanceof UserError) {
      for (const d of error.diagnostics) io.stderr(`${formatDiagnostic(d)}\n`);
      const errors = error.diagnostics.filter((d) => d.severity === 'error').length;
      io.stderr(
        `pmhc ${command.name}: ${errors} ${errors === 1 ? 'problem' : 'problems'}; nothing was written.\n`,
      );
      return error.exitCode;
    }
    // A bug: say so, and where to report it; never dump the answers.
    const where =
      error instanceof Error
        ? (error.stack?.split('\n').slice(0, 4).join('\n') ?? error.message)
        : String(error);
    io.stderr(
      `pmhc ${command.name}: internal error, please report it at the project's issue tracker with the command you ran:\n${where}\n`,
    );
    return ExitCode.internal;
  }
}

/** Node's option-parser messages in the project's words: what was given and what is expected. */
function usageProblem(error: Error, command: Command): string {
  const unknown = /Unknown option '([^']+)'/.exec(error.message);
  if (!unknown) return error.message.split('. ')[0] ?? error.message;
  const known = [...Object.keys(command.options), 'help'].map((name) => `--${name}`);
  return `unknown option \`${unknown[1]}\`, expected ${known.length > 1 ? `one of ${known.join(', ')}` : known[0]}`;
}

/** `--json` when a command fails on its input: the diagnostics, and the hand-edited files refused. */
function failureJson(command: string, error: UserError) {
  const refused =
    error.exitCode === ExitCode.conflict ? error.diagnostics.flatMap((d) => (d.file ? [d.file] : [])) : [];
  return { ok: false, command, exitCode: error.exitCode, refused, diagnostics: error.diagnostics };
}
