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

/** What a file-system error code means, in words. */
export const REFUSALS: Record<string, string> = {
  ENOENT: 'no such file or folder',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EROFS: 'the file system is read-only',
  ENOSPC: 'the disk is full',
  EDQUOT: 'the disk quota is used up',
  ENOTDIR: 'a part of the path is a file, not a folder',
  EISDIR: 'it is a folder, not a file',
  EEXIST: 'something of that name is already there',
  ENAMETOOLONG: 'the path is too long',
  EMFILE: 'too many files are open',
};

/**
 * A file-system error on a path (ENOENT, EACCES, ...) as a user error naming the path, or null
 * when the error is something else. Commands check their paths first; this is the backstop.
 */
export function systemRefusal(error: unknown): UserError | null {
  const { code, path } = (error ?? {}) as NodeJS.ErrnoException;
  if (code === undefined || path === undefined || !(code in REFUSALS)) return null;
  return userError(`cannot use \`${path}\`: ${REFUSALS[code]}`, {
    hint: 'check the paths given on the command line and their permissions, then run the command again',
  });
}
