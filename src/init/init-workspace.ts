import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ExitCode, UserError } from '../diagnostics/errors.js';
import { writeAtomic } from '../util/write-atomic.js';
import { starterAnswers } from './starter-answers.js';
import { answersJsonSchema } from '../answers/json-schema.js';
import { workspaceFiles } from './workspace-files.js';

export interface InitOptions {
  dir: string;
  /** The folder as the user typed it, for messages. */
  shownDir: string;
  /** The answers file's name in the workspace. */
  answersFile: string;
  /** Write the starter answers file (false when the interview writes it). */
  starter: boolean;
  /** Overwrite files that exist. */
  force: boolean;
}

/**
 * Writes a workspace ready for git: the starter answers, .gitattributes, .gitignore and README.md.
 * A file that already holds exactly what init would write is kept (so running `pmhc init DIR`
 * again after an interrupted interview carries on). Without `force`, nothing is written if any
 * other of them exists, and the error names each one. Returns the names written or kept.
 */
export async function initWorkspace(options: InitOptions): Promise<string[]> {
  const files: Record<string, string> = {
    ...(options.starter ? { [options.answersFile]: starterAnswers() } : {}),
    ...workspaceFiles(options.answersFile),
    // Editors read the schema named on the answers file's first line: complete and check as one types.
    'answers.schema.json': `${JSON.stringify(answersJsonSchema(), null, 2)}\n`,
  };
  const names = Object.keys(files);
  const current = await Promise.all(
    names.map((name) => readFile(join(options.dir, name), 'utf8').catch(() => null)),
  );
  const existing = names.filter((name, i) => current[i] !== null && current[i] !== files[name]);
  if (existing.length > 0 && !options.force) {
    throw new UserError(
      existing.map((name) => ({
        severity: 'error' as const,
        file: join(options.shownDir, name),
        message: 'cannot create: the file exists',
        hint: 'keep it, or run `pmhc init --force` to overwrite it',
      })),
      ExitCode.conflict,
    );
  }
  for (const [i, name] of names.entries())
    if (current[i] !== files[name]) await writeAtomic(join(options.dir, name), files[name]!);
  return names;
}
