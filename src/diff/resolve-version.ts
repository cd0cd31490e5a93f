import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { basename, dirname, resolve } from 'node:path';
import { ExitCode, userError } from '../diagnostics/errors.js';

/** Where one version of an answers file comes from: the file itself, or a git revision of it. */
export type VersionSource = { kind: 'file'; path: string } | { kind: 'git'; revision: string; path: string };

/** One version's text, and the name diagnostics give it (`answers.yaml`, `answers.yaml@HEAD~1`). */
export interface AnswersVersion {
  displayName: string;
  text: string;
  /** The file's path in the working tree: files it `extends` are read beside it, from the disk. */
  path?: string;
}

/**
 * Reads `pmhc diff`'s arguments as two versions:
 * `OLD NEW` (files, or `REV:path`), `REV FILE` (FILE at REV against FILE as it is now),
 * or `REV1 REV2 FILE` (two revisions of one file). An existing file wins over a revision name.
 */
export function resolveVersions(
  args: string[],
  cwd: string,
): { before: VersionSource; after: VersionSource } {
  const isFile = (arg: string) => existsSync(resolve(cwd, arg));
  if (args.length === 3) {
    const [rev1, rev2, file] = args as [string, string, string];
    for (const rev of [rev1, rev2])
      if (rangeOf(rev))
        throw userError(
          `\`${rev}\` is a range of revisions, but two revisions are already given: expected \`pmhc diff REV1 REV2 ${file}\` or \`pmhc diff REV1..REV2 ${file}\``,
          {},
          ExitCode.usage,
        );
    return {
      before: { kind: 'git', revision: rev1, path: file },
      after: { kind: 'git', revision: rev2, path: file },
    };
  }
  if (args.length !== 2) {
    throw userError(
      `expected two versions, e.g. \`pmhc diff old.yaml answers.yaml\` or \`pmhc diff HEAD~1 answers.yaml\`, got ${args.length} arguments`,
      {},
      ExitCode.usage,
    );
  }
  const [first, second] = args as [string, string];
  const after = sourceOf(second, isFile);
  if (!after)
    throw userError(`cannot read \`${second}\`: no such file (and not REV:path)`, {}, ExitCode.usage);
  const range = isFile(first) ? null : rangeOf(first);
  if (range) {
    if (after.kind !== 'file')
      throw userError(
        `\`${first}\` is a range of revisions: expected the answers file after it, e.g. \`pmhc diff ${first} answers.yaml\``,
        {},
        ExitCode.usage,
      );
    return {
      before: { kind: 'git', revision: range.from, path: after.path },
      after: { kind: 'git', revision: range.to, path: after.path },
    };
  }
  const before = sourceOf(first, isFile) ?? { kind: 'git' as const, revision: first, path: after.path };
  return { before, after };
}

/**
 * Git's range \`A..B\` as two revisions (a side left empty is HEAD, as in git). \`A...B\` means
 * "from where A and B forked", which is refused with the command that names it.
 */
export function rangeOf(arg: string): { from: string; to: string } | null {
  const match = /^([^:]*?)(\.\.\.?)([^:]*)$/.exec(arg);
  if (!match) return null;
  const [, from = '', dots, to = ''] = match;
  // \`../old.yaml\` is a path: no side of a range starts with "/" or "." (git refuses such names).
  if (/^[./]/.test(to) || /[./]$/.test(from) || (from === '' && to === '')) return null;
  if (dots === '...')
    throw userError(
      `\`${arg}\` (three dots) compares from where two revisions forked, which pmhc diff does not work out: name that commit`,
      {
        hint: `e.g. \`pmhc diff $(git merge-base ${from || 'HEAD'} ${to || 'HEAD'}) ${to || 'HEAD'} answers.yaml\``,
      },
      ExitCode.usage,
    );
  return { from: from || 'HEAD', to: to || 'HEAD' };
}

function sourceOf(arg: string, isFile: (arg: string) => boolean): VersionSource | null {
  if (isFile(arg)) return { kind: 'file', path: arg };
  const colon = arg.indexOf(':');
  if (colon > 0) return { kind: 'git', revision: arg.slice(0, colon), path: arg.slice(colon + 1) };
  return null;
}

/** The text of one version; a git revision is read with `git show REV:./path` beside the file. */
export async function readVersion(source: VersionSource, cwd: string): Promise<AnswersVersion> {
  const path = resolve(cwd, source.path);
  if (source.kind === 'file') {
    const text = await readFile(path, 'utf8').catch((error: NodeJS.ErrnoException) => {
      throw userError(
        `cannot read answers file: ${error.code === 'ENOENT' ? 'no such file' : error.message}`,
        { file: source.path },
      );
    });
    return { displayName: source.path, text, path };
  }
  const displayName = `${source.path}@${source.revision}`;
  if (source.revision.startsWith('-'))
    throw userError(
      `cannot read ${displayName}: \`${source.revision}\` is not a revision`,
      {},
      ExitCode.usage,
    );
  const text = await git(['show', `${source.revision}:./${basename(path)}`], dirname(path)).catch(
    (error: Error) => {
      throw userError(`cannot read ${displayName}: ${error.message}`, {
        hint: `name a commit, branch or tag that has this file: \`git log --oneline -- ${basename(path)}\` lists them (with one commit, compare against HEAD)`,
      });
    },
  );
  return { displayName, text, path };
}

function git(args: string[], cwd: string): Promise<string> {
  return new Promise((done, fail) => {
    execFile('git', args, { cwd, maxBuffer: 64 * 1024 * 1024, encoding: 'utf8' }, (error, stdout, stderr) => {
      if (!error) return done(stdout);
      const code = (error as NodeJS.ErrnoException).code;
      const said = stderr.split('\n').find((line) => line.trim() !== '') ?? error.message;
      fail(
        new Error(
          code === 'ENOENT'
            ? 'git is not installed (or not on PATH)'
            : `git says: ${said.replace(/^fatal: /, '')}`,
        ),
      );
    });
  });
}
