import { stat } from 'node:fs/promises';
import { dirname } from 'node:path';
import { ExitCode, UserError, userError } from '../diagnostics/errors.js';

/**
 * The output folder is usable: it is a folder (or can be made one) and no file stands in its
 * way. Checked before anything is rendered into it, so a mistake in `--out` is a usage error.
 */
export async function checkOutputFolder(root: string): Promise<void> {
  let path = root;
  for (;;) {
    const found = await stat(path).catch((error: NodeJS.ErrnoException) =>
      error.code === 'ENOENT' ? null : Promise.reject(error),
    );
    if (found?.isDirectory()) return;
    if (found) {
      throw userError(
        path === root
          ? '--out names a file, not a folder'
          : `--out is inside \`${path}\`, which is a file, not a folder`,
        { file: root, hint: 'choose a folder for --out, e.g. --out drafts' },
        ExitCode.usage,
      );
    }
    const parent = dirname(path);
    if (parent === path) return;
    path = parent;
  }
}

const PROBLEMS: Record<string, string> = {
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EROFS: 'the file system is read-only',
  ENOSPC: 'the disk is full',
  EDQUOT: 'the disk quota is used up',
  ENOTDIR: 'a part of the path is a file, not a folder',
  EISDIR: 'a folder stands where a file would go',
  ENAMETOOLONG: 'the path is too long',
};

/** Turns a file-system refusal while writing the output folder into a sentence for the user. */
export function outputFolderError(root: string) {
  return (error: unknown): never => {
    const code = (error as NodeJS.ErrnoException | null)?.code;
    if (error instanceof UserError || code === undefined || !(code in PROBLEMS)) throw error;
    throw userError(`cannot write to the output folder: ${PROBLEMS[code]}`, {
      file: root,
      hint: 'choose a folder you can write to with --out, or fix its permissions; nothing was changed',
    });
  };
}
