import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MANIFEST_NAME, sha256 } from '../../src/build/manifest.js';
import { commitOutputs, recoverStage, stageOf } from '../../src/build/stage-outputs.js';
import { UserError } from '../../src/diagnostics/errors.js';
import { tempDir } from '../support/cli.js';

// All-or-none writing (src/build/stage-outputs.ts), with the stage an interrupted build leaves
// written by hand: killed before its journal (nothing happened), or after (finish it).
function folders() {
  const root = join(tempDir(), 'drafts');
  mkdirSync(root, { recursive: true });
  return { root, stage: stageOf(root) };
}

/** A stage as a build killed after its commit leaves it: staged files and a journal. */
function interruptedAfterCommit(
  stage: string,
  moves: { file: string; text: string; before: string | null }[],
  removes: { file: string; sha256: string }[] = [],
  owner?: number,
) {
  mkdirSync(join(stage, 'files'), { recursive: true });
  for (const m of moves) writeFileSync(join(stage, 'files', m.file), m.text);
  if (owner !== undefined) writeFileSync(join(stage, 'owner.json'), JSON.stringify({ pid: owner }));
  writeFileSync(
    join(stage, 'commit.json'),
    JSON.stringify({
      moves: moves.map((m) => ({ file: m.file, before: m.before, after: sha256(m.text) })),
      removes,
    }),
  );
}

const read = (root: string, file: string) => readFileSync(join(root, file), 'utf8');

describe('recoverStage', () => {
  it('should find nothing to do without a stage', async () => {
    const { root } = folders();
    expect(await recoverStage(root)).toEqual({ kind: 'none' });
  });

  it('should clean a stage left before the commit, and touch nothing in the folder', async () => {
    const { root, stage } = folders();
    writeFileSync(join(root, 'x.md'), 'old');
    mkdirSync(join(stage, 'files'), { recursive: true });
    writeFileSync(join(stage, 'files', 'x.md'), 'half-written');
    expect(await recoverStage(root)).toEqual({ kind: 'cleaned' });
    expect(existsSync(stage)).toBe(false);
    expect(read(root, 'x.md')).toBe('old');
  });

  it('should finish a build killed after its commit: move the files, remove unedited stale drafts, manifest included', async () => {
    const { root, stage } = folders();
    writeFileSync(join(root, 'x.md'), 'old');
    writeFileSync(join(root, 'stale.md'), 'stale');
    writeFileSync(join(root, 'stale-edited.md'), 'stale, with notes');
    interruptedAfterCommit(
      stage,
      [
        { file: 'x.md', text: 'new', before: sha256('old') },
        { file: 'y.md', text: 'added', before: null },
        { file: MANIFEST_NAME, text: '{"m":1}', before: null },
      ],
      [
        { file: 'stale.md', sha256: sha256('stale') },
        { file: 'stale-edited.md', sha256: sha256('stale') },
      ],
    );
    expect(await recoverStage(root)).toEqual({ kind: 'finished', skipped: [] });
    expect([read(root, 'x.md'), read(root, 'y.md'), read(root, MANIFEST_NAME)]).toEqual([
      'new',
      'added',
      '{"m":1}',
    ]);
    expect(existsSync(join(root, 'stale.md'))).toBe(false);
    expect(read(root, 'stale-edited.md')).toBe('stale, with notes');
    expect(existsSync(stage)).toBe(false);
  });

  it('should keep, and name, a file edited by hand after the interruption; one already moved is done', async () => {
    const { root, stage } = folders();
    writeFileSync(join(root, 'x.md'), 'edited since');
    writeFileSync(join(root, 'done.md'), 'moved already');
    interruptedAfterCommit(stage, [
      { file: 'x.md', text: 'new', before: sha256('old') },
      { file: 'z.md', text: 'same', before: sha256('other') },
    ]);
    writeFileSync(join(root, 'z.md'), 'same');
    writeFileSync(
      join(stage, 'commit.json'),
      JSON.stringify({
        moves: [
          { file: 'x.md', before: sha256('old'), after: sha256('new') },
          { file: 'done.md', before: null, after: sha256('moved already') },
          { file: 'z.md', before: sha256('other'), after: sha256('same') },
        ],
        removes: [],
      }),
    );
    expect(await recoverStage(root)).toEqual({ kind: 'finished', skipped: ['x.md'] });
    expect(read(root, 'x.md')).toBe('edited since');
    expect(read(root, 'done.md')).toBe('moved already');
    expect(read(root, 'z.md')).toBe('same');
  });

  it('should move the manifest last whatever the journal order, so a failed move leaves the old manifest', async () => {
    const { root, stage } = folders();
    mkdirSync(join(root, 'x.md', 'in-the-way'), { recursive: true });
    interruptedAfterCommit(stage, [
      { file: MANIFEST_NAME, text: '{"new":true}', before: null },
      { file: 'x.md', text: 'new', before: null },
    ]);
    await expect(recoverStage(root)).rejects.toThrow();
    expect(existsSync(join(root, MANIFEST_NAME))).toBe(false);
  });

  it('should skip a stale draft that is already gone', async () => {
    const { root, stage } = folders();
    interruptedAfterCommit(
      stage,
      [{ file: 'x.md', text: 'x', before: null }],
      [{ file: 'gone.md', sha256: sha256('g') }],
    );
    expect(await recoverStage(root)).toEqual({ kind: 'finished', skipped: [] });
    expect(read(root, 'x.md')).toBe('x');
  });

  it('should treat a journal naming a path outside the folder as no journal', async () => {
    const { root, stage } = folders();
    mkdirSync(join(stage, 'files'), { recursive: true });
    for (const file of ['../escape.md', '..', '.', 'a/b.md', 'a\\b.md']) {
      writeFileSync(
        join(stage, 'commit.json'),
        JSON.stringify({ moves: [{ file, before: null, after: 'x' }], removes: [] }),
      );
      expect(await recoverStage(root)).toEqual({ kind: 'cleaned' });
      mkdirSync(join(stage, 'files'), { recursive: true });
    }
    writeFileSync(join(stage, 'commit.json'), '{ broken');
    expect(await recoverStage(root)).toEqual({ kind: 'cleaned' });
  });

  it('should refuse while another live build owns the stage, and recover from its own or a dead one', async () => {
    const { root, stage } = folders();
    interruptedAfterCommit(stage, [{ file: 'x.md', text: 'new', before: null }], [], process.ppid);
    const error = await recoverStage(root).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserError);
    expect((error as UserError).message).toContain(
      `another pmhc build (process ${process.ppid}) is writing this output folder`,
    );
    expect((error as UserError).diagnostics[0]?.hint).toBe(
      `wait for it to finish, or if no build is running remove ${stage}`,
    );
    writeFileSync(join(stage, 'owner.json'), JSON.stringify({ pid: process.pid }));
    expect(await recoverStage(root)).toEqual({ kind: 'finished', skipped: [] });
    interruptedAfterCommit(stage, [{ file: 'y.md', text: 'y', before: null }], [], 2 ** 22 + 12345);
    expect(await recoverStage(root)).toEqual({ kind: 'finished', skipped: [] });
    interruptedAfterCommit(stage, [{ file: 'w.md', text: 'w', before: null }]);
    writeFileSync(join(stage, 'owner.json'), 'not json');
    expect(await recoverStage(root)).toEqual({ kind: 'finished', skipped: [] });
  });
});

describe('commitOutputs', () => {
  it('should write the files, then the manifest, and remove only the stale drafts still as recorded', async () => {
    const { root, stage } = folders();
    writeFileSync(join(root, 'stale.md'), 'stale');
    writeFileSync(join(root, 'stale-edited.md'), 'edited');
    const removed = await commitOutputs(root, [{ file: 'x.md', bytes: 'x', before: null }], '{"m":2}', [
      { file: 'stale.md', sha256: sha256('stale') },
      { file: 'stale-edited.md', sha256: sha256('stale') },
    ]);
    expect(removed).toEqual(['stale.md', 'stale-edited.md']);
    expect([read(root, 'x.md'), read(root, MANIFEST_NAME)]).toEqual(['x', '{"m":2}']);
    expect(existsSync(join(root, 'stale.md'))).toBe(false);
    expect(read(root, 'stale-edited.md')).toBe('edited');
    expect(existsSync(stage)).toBe(false);
  });

  it('should make a folder that does not exist yet', async () => {
    const root = join(tempDir(), 'new', 'drafts');
    await commitOutputs(root, [{ file: 'x.md', bytes: 'x', before: null }], '{}', []);
    expect(read(root, 'x.md')).toBe('x');
  });

  it('should refuse when another build is writing the same folder, and leave its stage alone', async () => {
    const { root, stage } = folders();
    mkdirSync(stage);
    writeFileSync(join(stage, 'marker'), 'theirs');
    const error = await commitOutputs(root, [{ file: 'x.md', bytes: 'x', before: null }], '{}', []).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(UserError);
    expect((error as UserError).message).toContain(
      'another pmhc build started writing this output folder at the same time',
    );
    expect(readFileSync(join(stage, 'marker'), 'utf8')).toBe('theirs');
    expect(existsSync(join(root, 'x.md'))).toBe(false);
  });
});
