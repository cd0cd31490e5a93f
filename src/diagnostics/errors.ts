import type { Diagnostic } from './diagnostic.js';

/** The exit codes of `pmhc`, in one table (see `src/cli/main.ts`, the only process.exit). */
export const ExitCode = {
  ok: 0,
  /** The input (answers file, templates) has errors; nothing was written. */
  invalidInput: 1,
  /** The command line itself was wrong. */
  usage: 2,
  /** A file was edited by hand since it was generated; nothing was overwritten. */
  conflict: 3,
  /** A bug in pmhc-docs. */
  internal: 70,
} as const;

/** A user-facing failure carrying diagnostics; the CLI prints them and exits with `exitCode`. */
export class UserError extends Error {
  constructor(
    readonly diagnostics: Diagnostic[],
    readonly exitCode: number = ExitCode.invalidInput,
  ) {
    super(diagnostics.map((d) => d.message).join('; '));
    this.name = 'UserError';
  }
}

/** Shorthand for one error diagnostic. */
export function userError(
  message: string,
  extra: Omit<Diagnostic, 'severity' | 'message'> = {},
  exitCode?: number,
) {
  return new UserError([{ severity: 'error', message, ...extra }], exitCode);
}
