import { readFile, stat } from 'node:fs/promises';
import { isAbsolute, normalize, sep } from 'node:path';
import { ExitCode, userError } from '../diagnostics/errors.js';
import { loadFontCheck } from '../writers/index.js';

/**
 * Paths given on the command line, checked before any work so that a mistake in one is a usage
 * error (exit 2) with a sentence saying what to do, never an internal error.
 */

/** A folder that must already exist, e.g. `--old-templates DIR`. */
export async function existingFolder(option: string, path: string): Promise<void> {
  const found = await stat(path).catch(() => null);
  if (found?.isDirectory()) return;
  throw userError(
    found ? `${option} names a file, not a folder` : `${option} names a folder that does not exist`,
    { file: path, hint: `give ${option} an existing folder (check the spelling and the current folder)` },
    ExitCode.usage,
  );
}

/** Each `--font FILE`: a readable TTF or OTF font, named in the error when it is not. */
export async function fontFiles(paths: readonly string[]): Promise<void> {
  const checkFontFile = await loadFontCheck();
  for (const path of paths) {
    const found = await stat(path).catch(() => null);
    const problem = !found
      ? 'no such file'
      : found.isDirectory()
        ? 'it is a folder, not a font file'
        : await readFile(path).then(
            (bytes) => {
              try {
                checkFontFile(bytes, path);
                return null;
              } catch (error) {
                return (error as Error).message;
              }
            },
            () => 'it cannot be read (permission denied?)',
          );
    if (problem !== null) {
      throw userError(
        problem.startsWith('cannot') ? problem : `cannot use --font \`${path}\`: ${problem}`,
        {
          hint: 'give --font a .ttf or .otf file, e.g. --font /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf',
        },
        ExitCode.usage,
      );
    }
  }
}

/** Files `pmhc init` writes itself: `--answers` must not name one of them. */
const WORKSPACE_FILES = ['README.md', '.gitignore', '.gitattributes', 'answers.schema.json'];

/** `init --answers NAME`: a .yaml file inside the workspace folder, never `../x.yaml`. */
export function answersNameInWorkspace(name: string): void {
  const clean = normalize(name);
  const outside = isAbsolute(name) || clean === '..' || clean.startsWith(`..${sep}`);
  if (outside) {
    throw userError(
      `--answers \`${name}\` is outside the workspace folder`,
      { hint: 'give a file name inside the folder, e.g. --answers answers.yaml' },
      ExitCode.usage,
    );
  }
  // The name goes into the workspace README's shell commands: letters, digits, `.`, `_`, `-`, `/`.
  if (WORKSPACE_FILES.includes(clean) || !/^[A-Za-z0-9._/-]+\.ya?ml$/i.test(clean)) {
    throw userError(
      `--answers \`${name}\` must be a .yaml file named with letters, digits, dots, dashes and underscores, other than the workspace's own files (${WORKSPACE_FILES.join(', ')})`,
      { hint: 'e.g. --answers answers.yaml' },
      ExitCode.usage,
    );
  }
}
