import type { ParseArgsConfig } from 'node:util';

/** Where a command writes; injected so that tests can capture output. */
export interface CommandIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** The working directory paths are resolved against. */
  cwd: string;
  /** Environment (SOURCE_DATE_EPOCH etc.), passed in rather than read globally. */
  env: Record<string, string | undefined>;
  /** Today's date (YYYY-MM-DD), for warnings only (an effective date already past); tests fix it. */
  today?: string;
  /** Whether stdin and stdout are a terminal (the interview needs one). */
  interactive: boolean;
  /** Whether to show progress on stderr: it is a terminal and this is not CI. */
  progress?: boolean;
  /** The terminal's width in columns, when stdout is one (the interview folds its notes to it). */
  columns?: number;
}

/** Parsed arguments, as node:util parseArgs returns them. */
export interface CommandArgs {
  values: Record<string, string | boolean | (string | boolean)[] | undefined>;
  positionals: string[];
}

/** One `pmhc <verb>`: its help text, its options, and what it does. Returns the exit code. */
export interface Command {
  name: string;
  /** One line for `pmhc --help`. */
  summary: string;
  /** The full `pmhc <verb> --help` text. */
  help: string;
  options: NonNullable<ParseArgsConfig['options']>;
  run: (args: CommandArgs, io: CommandIo) => Promise<number>;
}
