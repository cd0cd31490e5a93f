import { stat } from 'node:fs/promises';
import { dirname } from 'node:path';
import { ExitCode, REFUSALS, UserError, userError } from '../diagnostics/errors.js';

/**
 * The output folder is usable: it is a folder (or can be made one) and no file stands in its
 * way. Checked before anything is rendered into it, so a mistake in `--out` is a usage error.
 */
export async function checkOutputFolder(root: string, option = '--out'): Promise<void> {
  let path = root;
  for (;;) {
    const found = await stat(path).catch((error: NodeJS.ErrnoException) =>
      error.code === 'ENOENT' || error.code === 'ENOTDIR' ? null : Promise.reject(error),
    );
    if (found?.isDirectory()) return;
    if (found) {
      throw userError(
        path === root
          ? `${option} names a file, not a folder`
          : `${option} is inside \`${path}\`, which is a file, not a folder`,
        {
          file: root,
          hint: `choose a folder for ${option}, e.g. ${option === '--out' ? '--out drafts' : 'a new folder name'}`,
        },
        ExitCode.usage,
      );
    }
    const parent = dirname(path);
    if (parent === path) return;
    path = parent;
  }
}

/** Turns a file-system refusal while writing the output folder into a sentence for the user. */
export function outputFolderError(root: string) {
  return (error: unknown): never => {
    const code = (error as NodeJS.ErrnoException | null)?.code;
    if (error instanceof UserError || code === undefined || !(code in REFUSALS)) throw error;
    throw userError(`cannot write to the output folder: ${REFUSALS[code]}`, {
      file: root,
      hint: 'choose a folder you can write to with --out, or fix its permissions; nothing was changed',
    });
  };
}
