import { mkdir, readFile, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { z } from 'zod';
import { userError } from '../diagnostics/errors.js';
import { MANIFEST_NAME, sha256 } from './manifest.js';

/**
 * A build's files reach the output folder all or none. They are written first into a stage
 * folder beside it (same file system, so a rename moves them); when every byte is there, a
 * journal (`commit.json`) is written by rename: that is the moment the build commits. Then each
 * file is renamed into place, stale drafts are removed, and the manifest goes last. A build
 * killed before the journal leaves the output folder untouched (its stage is cleaned on the next
 * run); one killed after it is finished by the next run, so it is never taken for hand edits.
 */

const JOURNAL = 'commit.json';
const OWNER = 'owner.json';

/** A name inside the output folder, never a path: a journal cannot point elsewhere. */
const fileName = z.string().regex(/^(?!\.\.?$)[^/\\]+$/);

const journalSchema = z.object({
  /** Files to move from the stage into the output folder, with the digest each replaces (null: new). */
  moves: z.array(z.object({ file: fileName, before: z.string().nullable(), after: z.string() })),
  /** Stale drafts to delete, with the digest they must still have (else they were edited). */
  removes: z.array(z.object({ file: fileName, sha256: z.string() })),
});
type Journal = z.output<typeof journalSchema>;

export interface StagedFile {
  file: string;
  bytes: Uint8Array | string;
  /** The digest of the file it replaces, or null when there is none. */
  before: string | null;
}

/** The stage folder of an output folder: `.drafts.pmhc-stage` beside `drafts`. */
export function stageOf(root: string): string {
  return join(dirname(root), `.${basename(root)}.pmhc-stage`);
}

/** What recovery did, in words for the build's warnings. */
export type Recovery = { kind: 'none' } | { kind: 'cleaned' } | { kind: 'finished'; skipped: string[] };

/**
 * Finishes or cleans what an earlier, interrupted build left. Refuses while another build is
 * writing the same folder (its owner process is alive).
 */
export async function recoverStage(root: string): Promise<Recovery> {
  const stage = stageOf(root);
  const entries = await readdir(stage).catch(() => null);
  if (entries === null) return { kind: 'none' };
  const owner = await readOwner(stage);
  if (owner !== null && owner !== process.pid && isAlive(owner)) {
    throw userError(`another pmhc build (process ${owner}) is writing this output folder`, {
      file: root,
      hint: `wait for it to finish, or if no build is running remove ${stage}`,
    });
  }
  const journal = await readJournal(stage);
  if (journal === null) {
    await rm(stage, { recursive: true, force: true });
    return { kind: 'cleaned' };
  }
  const skipped = await applyJournal(root, stage, journal);
  await rm(stage, { recursive: true, force: true });
  return { kind: 'finished', skipped };
}

/**
 * Writes `files` and then `manifest` into the output folder as one commit (see above). Returns
 * the stale drafts it removed.
 */
export async function commitOutputs(
  root: string,
  files: StagedFile[],
  manifest: string,
  removes: Journal['removes'],
): Promise<string[]> {
  const stage = stageOf(root);
  await mkdir(dirname(stage), { recursive: true });
  await mkdir(stage).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== 'EEXIST') throw error;
    throw userError('another pmhc build started writing this output folder at the same time', {
      file: root,
      hint: 'run one build at a time into a folder',
    });
  });
  try {
    await writeFile(join(stage, OWNER), JSON.stringify({ pid: process.pid }));
    await mkdir(join(stage, 'files'));
    for (const { file, bytes } of files) await writeFile(join(stage, 'files', file), bytes);
    await writeFile(join(stage, 'files', MANIFEST_NAME), manifest);
    const journal: Journal = {
      moves: [
        ...files.map(({ file, bytes, before }) => ({ file, before, after: sha256(bytes) })),
        { file: MANIFEST_NAME, before: null, after: sha256(manifest) },
      ],
      removes,
    };
    await writeFile(join(stage, `${JOURNAL}.tmp`), JSON.stringify(journal));
    await rename(join(stage, `${JOURNAL}.tmp`), join(stage, JOURNAL));
  } catch (error) {
    await rm(stage, { recursive: true, force: true });
    throw error;
  }
  const journal = (await readJournal(stage))!;
  await mkdir(root, { recursive: true });
  await applyJournal(root, stage, journal);
  await rm(stage, { recursive: true, force: true });
  return removes.map((r) => r.file);
}

/**
 * Moves each staged file into place (the manifest last) and removes stale drafts. Run again
 * after a kill it does the rest: a file already moved is no longer in the stage. A file whose
 * content is neither what it replaces nor what replaces it was edited by hand after the
 * interruption: it is kept, and named.
 */
async function applyJournal(root: string, stage: string, journal: Journal): Promise<string[]> {
  const skipped: string[] = [];
  const manifestLast = [...journal.moves].sort(
    (a, b) => Number(a.file === MANIFEST_NAME) - Number(b.file === MANIFEST_NAME),
  );
  for (const move of manifestLast) {
    const staged = join(stage, 'files', move.file);
    const target = join(root, move.file);
    if ((await readFile(staged).catch(() => null)) === null) continue;
    if (move.file !== MANIFEST_NAME) {
      const current = await readFile(target).catch(() => null);
      const digest = current === null ? null : sha256(current);
      if (digest !== null && digest !== move.before && digest !== move.after) {
        skipped.push(move.file);
        continue;
      }
    }
    await rename(staged, target);
  }
  for (const { file, sha256: recorded } of journal.removes) {
    const current = await readFile(join(root, file)).catch(() => null);
    if (current !== null && sha256(current) === recorded) await rm(join(root, file));
  }
  return skipped;
}

async function readJournal(stage: string): Promise<Journal | null> {
  const text = await readFile(join(stage, JOURNAL), 'utf8').catch(() => null);
  if (text === null) return null;
  try {
    const parsed = journalSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

async function readOwner(stage: string): Promise<number | null> {
  const text = await readFile(join(stage, OWNER), 'utf8').catch(() => null);
  try {
    const pid = (JSON.parse(text ?? 'null') as { pid?: unknown } | null)?.pid;
    return typeof pid === 'number' ? pid : null;
  } catch {
    return null;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
