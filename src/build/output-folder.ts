import { stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { MANIFEST_NAME } from './manifest.js';
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
    if (found?.isDirectory()) return path === root ? checkManifestIsFile(root) : undefined;
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

/** A folder (or anything but a file) where the manifest goes would make every draft look foreign. */
async function checkManifestIsFile(root: string): Promise<void> {
  const manifest = join(root, MANIFEST_NAME);
  const found = await stat(manifest).catch(() => null);
  if (found && !found.isFile())
    throw userError(
      `\`${MANIFEST_NAME}\` in the output folder is not a file, so pmhc cannot tell its drafts`,
      {
        file: manifest,
        hint: 'move it out of the folder (the next build writes a new manifest), or build into another --out folder',
      },
    );
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
