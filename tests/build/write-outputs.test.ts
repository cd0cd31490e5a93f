import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  MANIFEST_NAME,
  readManifest,
  serializeManifest,
  sha256,
  type Manifest,
} from '../../src/build/manifest.js';
import { checkOutputFolder, outputFolderError } from '../../src/build/output-folder.js';
import { stageOf } from '../../src/build/stage-outputs.js';
import { refuseHandEditsEarly, writeOutputs, type PlannedOutput } from '../../src/build/write-outputs.js';
import { ExitCode, UserError } from '../../src/diagnostics/errors.js';
import { tempDir } from '../support/cli.js';

// The hand-edit protection and the manifest (src/build/write-outputs.ts, manifest.ts), called
// directly on small files: every refusal is shown the input it exists for.
const planned = (file: string, text: string, template = file.replace(/\..*$/, '')): PlannedOutput => ({
  file,
  template,
  templateVersion: '1.0.0',
  format: file.slice(file.lastIndexOf('.') + 1),
  bytes: new TextEncoder().encode(text),
});
const fromA = { file: 'a.yaml', sha256: 'aaa' };
const fromB = { file: 'b.yaml', sha256: 'bbb' };

function folder() {
  const work = tempDir();
  return { work, out: join(work, 'drafts') };
}

async function refusal(promise: Promise<unknown>): Promise<UserError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(UserError);
  return error as UserError;
}

const read = (out: string, file: string) => readFileSync(join(out, file), 'utf8');

describe('writeOutputs', () => {
  it('should write the files and a manifest recording each one, sorted, with its digest and answers file', async () => {
    const { out } = folder();
    const result = await writeOutputs(out, [planned('y.md', 'why'), planned('x.md', 'ex')], fromA, false);
    expect(read(out, 'x.md')).toBe('ex');
    expect(read(out, 'y.md')).toBe('why');
    const manifest = JSON.parse(read(out, MANIFEST_NAME)) as Manifest;
    expect(manifest).toEqual({
      generator: 'pmhc-docs',
      answers: fromA,
      outputs: [
        {
          file: 'x.md',
          template: 'x',
          templateVersion: '1.0.0',
          format: 'md',
          sha256: sha256('ex'),
          answers: 'a.yaml',
        },
        {
          file: 'y.md',
          template: 'y',
          templateVersion: '1.0.0',
          format: 'md',
          sha256: sha256('why'),
          answers: 'a.yaml',
        },
      ],
    });
    expect(result.manifest.outputs.map((o) => o.file).sort()).toEqual(['x.md', 'y.md']);
    expect(result).toMatchObject({ removed: [], notes: [] });
    expect(readdirSync(out).sort()).toEqual(['pmhc-manifest.json', 'x.md', 'y.md']);
  });

  it('should overwrite its own unedited files, and accept a file already holding the new bytes', async () => {
    const { out } = folder();
    await writeOutputs(out, [planned('x.md', 'one')], fromA, false);
    await writeOutputs(out, [planned('x.md', 'two')], fromA, false);
    expect(read(out, 'x.md')).toBe('two');
    writeFileSync(join(out, 'x.md'), 'three');
    await writeOutputs(out, [planned('x.md', 'three')], fromA, false);
    expect((await readManifest(out))?.outputs[0]?.sha256).toBe(sha256('three'));
  });

  it('should refuse to overwrite a file edited by hand, name it from the working folder, and write nothing', async () => {
    const { work, out } = folder();
    await writeOutputs(out, [planned('x.md', 'one'), planned('y.md', 'one')], fromA, false);
    writeFileSync(join(out, 'x.md'), 'my edits');
    const error = await refusal(
      writeOutputs(out, [planned('x.md', 'two'), planned('y.md', 'two')], fromA, false, [], work),
    );
    expect(error.exitCode).toBe(ExitCode.conflict);
    expect(error.diagnostics).toEqual([
      {
        severity: 'error',
        file: `drafts${sep}x.md`,
        message: 'cannot overwrite: this file was changed by hand since pmhc generated it',
        // A draft pmhc adopt reads: its edits can be kept.
        hint: 'keep the edits with `pmhc adopt FILE` (they go into overrides/ and into every later build), or rebuild with --force to overwrite',
      },
    ]);
    expect(read(out, 'x.md')).toBe('my edits');
    expect(read(out, 'y.md')).toBe('one');
  });

  it('should point a hand-edited PDF, which pmhc adopt cannot read, to the answers file', async () => {
    const { work, out } = folder();
    await writeOutputs(out, [planned('x.pdf', 'one')], fromA, false);
    writeFileSync(join(out, 'x.pdf'), 'my edits');
    const error = await refusal(writeOutputs(out, [planned('x.pdf', 'two')], fromA, false, [], work));
    expect(error.diagnostics.map((d) => d.hint)).toEqual([
      'move your edits into the answers file or a template, or rebuild with --force to overwrite',
    ]);
    expect(read(out, 'x.pdf')).toBe('my edits');
  });

  it('should refuse a file that is in the way but not in the manifest', async () => {
    const { out } = folder();
    mkdirSync(out, { recursive: true });
    writeFileSync(join(out, 'x.md'), 'somebody else’s');
    const error = await refusal(writeOutputs(out, [planned('x.md', 'ours')], fromA, false));
    expect(error.diagnostics.map((d) => d.message)).toEqual([
      'cannot overwrite: this file was not generated by pmhc (it is not in the manifest)',
    ]);
    expect(error.diagnostics[0]?.file).toBe(join(out, 'x.md'));
    expect(read(out, 'x.md')).toBe('somebody else’s');
  });

  it('should overwrite hand edits with force', async () => {
    const { out } = folder();
    await writeOutputs(out, [planned('x.md', 'one')], fromA, false);
    writeFileSync(join(out, 'x.md'), 'my edits');
    await writeOutputs(out, [planned('x.md', 'two')], fromA, true);
    expect(read(out, 'x.md')).toBe('two');
  });

  it('should keep the records of files a build does not touch (a build with --only), so the next full build overwrites them', async () => {
    const { out } = folder();
    await writeOutputs(out, [planned('x.md', 'x1'), planned('y.md', 'y1')], fromA, false);
    const only = await writeOutputs(out, [planned('y.md', 'y2')], fromA, false);
    expect(only.manifest.outputs.map((o) => [o.file, o.sha256])).toEqual([
      ['y.md', sha256('y2')],
      ['x.md', sha256('x1')],
    ]);
    await writeOutputs(out, [planned('x.md', 'x3'), planned('y.md', 'y3')], fromA, false);
    expect(read(out, 'x.md')).toBe('x3');
  });

  it('should refuse to overwrite the draft of another answers file that has the same file name', async () => {
    const { out } = folder();
    await writeOutputs(out, [planned('x.md', 'from a')], fromA, false);
    const error = await refusal(writeOutputs(out, [planned('x.md', 'from b')], fromB, false));
    expect(error.exitCode).toBe(ExitCode.conflict);
    expect(error.diagnostics[0]?.message).toBe(
      "cannot overwrite: this draft was built from a.yaml, another answers file whose jurisdiction has a file name like this one's",
    );
    expect(error.diagnostics[0]?.hint).toContain('its own --out folder');
    expect(read(out, 'x.md')).toBe('from a');
  });

  it('should remove the unedited drafts of documents that no longer apply, and keep an edited one with a note', async () => {
    const { work, out } = folder();
    await writeOutputs(
      out,
      [planned('x.md', 'x'), planned('gone.md', 'g'), planned('edited.md', 'e'), planned('other.md', 'o')],
      fromA,
      false,
    );
    writeFileSync(join(out, 'edited.md'), 'e, with my notes');
    const result = await writeOutputs(out, [planned('x.md', 'x')], fromA, false, ['gone', 'edited'], work);
    expect(result.removed).toEqual(['gone.md']);
    expect(existsSync(join(out, 'gone.md'))).toBe(false);
    expect(read(out, 'edited.md')).toBe('e, with my notes');
    // A document that still applies but was not built this time (another --only) stays.
    expect(read(out, 'other.md')).toBe('o');
    expect(result.notes).toEqual([
      {
        severity: 'warning',
        file: `drafts${sep}edited.md`,
        message: 'kept: its document no longer applies to the answers, but the file was edited by hand',
        hint: 'delete it yourself once you have kept what you need from it',
      },
    ]);
    expect(result.manifest.outputs.map((o) => o.file).sort()).toEqual(['edited.md', 'other.md', 'x.md']);
  });

  it('should leave the drafts of another answers file alone when its documents no longer apply to these answers', async () => {
    const { out } = folder();
    await writeOutputs(out, [planned('b-gone.md', 'b', 'gone')], fromB, false);
    const result = await writeOutputs(out, [planned('a-x.md', 'x', 'x')], fromA, false, ['gone']);
    expect(result.removed).toEqual([]);
    expect(read(out, 'b-gone.md')).toBe('b');
  });

  it('should refuse two outputs whose names differ only in case, naming both documents', async () => {
    const { out } = folder();
    const error = await refusal(
      writeOutputs(out, [planned('a-mou.md', '1', 'a-mou'), planned('A-MOU.md', '2', 'A-MOU')], fromA, false),
    );
    expect(error.diagnostics[0]?.message).toBe(
      'two outputs would both be written as `A-MOU.md` (documents a-mou and A-MOU), so one would overwrite the other',
    );
    expect(existsSync(out)).toBe(false);
  });

  it('should refuse an output name that leaves the folder or is the manifest (a bug, so not a user error)', async () => {
    const { out } = folder();
    for (const file of ['../x.md', `sub${sep}..${sep}..${sep}x.md`, MANIFEST_NAME]) {
      await expect(writeOutputs(out, [planned(file, 'x', 'x')], fromA, false)).rejects.toThrow(
        `output name \`${file}\` escapes the output folder, please report`,
      );
    }
    expect(existsSync(out)).toBe(false);
  });

  it('should refuse a folder where a file goes', async () => {
    const { work, out } = folder();
    mkdirSync(join(out, 'x.md'), { recursive: true });
    const error = await refusal(writeOutputs(out, [planned('x.md', 'x')], fromA, false, [], work));
    expect(error.diagnostics[0]).toMatchObject({
      message: 'cannot write `x.md`: a folder of that name is in the output folder',
      file: `drafts${sep}x.md`,
    });
  });
});

describe('refuseHandEditsEarly', () => {
  it('should refuse, before any rendering, a file the manifest proves was edited', async () => {
    const { work, out } = folder();
    await writeOutputs(out, [planned('x.md', 'one'), planned('y.md', 'one')], fromA, false);
    writeFileSync(join(out, 'y.md'), 'edited');
    const error = await refusal(refuseHandEditsEarly(out, ['x.md', 'y.md'], false, work));
    expect(error.exitCode).toBe(ExitCode.conflict);
    expect(error.diagnostics).toEqual([
      expect.objectContaining({
        file: `drafts${sep}y.md`,
        message: 'cannot overwrite: this file was changed by hand since pmhc generated it',
      }),
    ]);
  });

  it('should let pass what only writeOutputs can judge: new files, files not in the manifest, force, a stage to recover', async () => {
    const { out } = folder();
    await refuseHandEditsEarly(out, ['x.md'], false);
    await writeOutputs(out, [planned('x.md', 'one')], fromA, false);
    writeFileSync(join(out, 'stray.md'), 'not ours');
    await refuseHandEditsEarly(out, ['stray.md', 'new.md'], false);
    writeFileSync(join(out, 'x.md'), 'edited');
    await refuseHandEditsEarly(out, ['x.md'], true);
    mkdirSync(stageOf(out));
    await refuseHandEditsEarly(out, ['x.md'], false);
  });
});

describe('the manifest', () => {
  it('should read back what it wrote, and read as none when missing, broken or of another shape', async () => {
    const { out } = folder();
    expect(await readManifest(out)).toBeNull();
    mkdirSync(out, { recursive: true });
    writeFileSync(join(out, MANIFEST_NAME), '{ not json');
    expect(await readManifest(out)).toBeNull();
    writeFileSync(join(out, MANIFEST_NAME), JSON.stringify({ generator: 'pmhc-docs', outputs: [] }));
    expect(await readManifest(out)).toBeNull();
    const manifest: Manifest = { generator: 'pmhc-docs', answers: fromA, outputs: [] };
    writeFileSync(join(out, MANIFEST_NAME), serializeManifest(manifest));
    expect(await readManifest(out)).toEqual(manifest);
  });

  it('should serialize stably: outputs by file name, two-space indent, final newline', () => {
    const output = (file: string) => ({
      file,
      template: 't',
      templateVersion: '1',
      format: 'md',
      sha256: 's',
    });
    const text = serializeManifest({
      generator: 'g',
      answers: fromA,
      outputs: [output('b'), output('a'), output('c'), output('a')],
    });
    expect(JSON.parse(text).outputs.map((o: { file: string }) => o.file)).toEqual(['a', 'a', 'b', 'c']);
    expect(text.endsWith('}\n')).toBe(true);
    expect(text).toContain('\n  "generator": "g",\n');
  });

  it('should digest text and bytes alike (SHA-256, hex)', () => {
    expect(sha256('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(sha256(new TextEncoder().encode('abc'))).toBe(sha256('abc'));
  });
});

describe('writeOutputs after an interrupted build', () => {
  it('should clean what a build killed before its commit left, and say so', async () => {
    const { work, out } = folder();
    await writeOutputs(out, [planned('x.md', 'one')], fromA, false);
    mkdirSync(join(stageOf(out), 'files'), { recursive: true });
    const result = await writeOutputs(out, [planned('x.md', 'two')], fromA, false, [], work);
    expect(result.notes).toEqual([
      {
        severity: 'warning',
        file: 'drafts',
        message: 'an earlier build was interrupted before it wrote anything; its leftovers were removed',
      },
    ]);
    expect(read(out, 'x.md')).toBe('two');
  });

  it('should finish a build killed after its commit, naming a file edited since, before comparing', async () => {
    const { work, out } = folder();
    await writeOutputs(out, [planned('x.md', 'one'), planned('y.md', 'one')], fromA, false);
    const stage = stageOf(out);
    mkdirSync(join(stage, 'files'), { recursive: true });
    writeFileSync(join(stage, 'files', 'x.md'), 'two');
    writeFileSync(join(stage, 'files', 'y.md'), 'two');
    writeFileSync(
      join(stage, 'commit.json'),
      JSON.stringify({
        moves: [
          { file: 'x.md', before: sha256('one'), after: sha256('two') },
          { file: 'y.md', before: sha256('one'), after: sha256('two') },
        ],
        removes: [],
      }),
    );
    writeFileSync(join(out, 'y.md'), 'edited in between');
    const result = await writeOutputs(out, [planned('x.md', 'two')], fromA, false, [], work);
    expect(result.notes).toEqual([
      {
        severity: 'warning',
        file: 'drafts',
        message:
          'an earlier build was interrupted while moving its files into place; it was finished first (except y.md, edited by hand since)',
      },
    ]);
    expect(read(out, 'x.md')).toBe('two');
    expect(read(out, 'y.md')).toBe('edited in between');
  });

  it('should say a finished build had no exceptions when nothing was edited', async () => {
    const { out } = folder();
    await writeOutputs(out, [planned('x.md', 'one')], fromA, false);
    const stage = stageOf(out);
    mkdirSync(join(stage, 'files'), { recursive: true });
    writeFileSync(join(stage, 'files', 'x.md'), 'two');
    writeFileSync(
      join(stage, 'commit.json'),
      JSON.stringify({ moves: [{ file: 'x.md', before: sha256('one'), after: sha256('two') }], removes: [] }),
    );
    const result = await writeOutputs(out, [planned('x.md', 'two')], fromA, false);
    expect(result.notes.map((n) => [n.message, n.file])).toEqual([
      ['an earlier build was interrupted while moving its files into place; it was finished first', out],
    ]);
  });

  it('should remove a stale draft from an older manifest that recorded the answers file once for all', async () => {
    const { out } = folder();
    mkdirSync(out, { recursive: true });
    writeFileSync(join(out, 'gone.md'), 'g');
    const old: Manifest = {
      generator: 'pmhc-docs',
      answers: fromA,
      outputs: [
        { file: 'gone.md', template: 'gone', templateVersion: '1', format: 'md', sha256: sha256('g') },
      ],
    };
    writeFileSync(join(out, MANIFEST_NAME), serializeManifest(old));
    const result = await writeOutputs(out, [planned('x.md', 'x')], fromA, false, ['gone']);
    expect(result.removed).toEqual(['gone.md']);
  });

  it('should not remove a draft this build writes again, even if its template is listed as no longer applying', async () => {
    const { out } = folder();
    await writeOutputs(out, [planned('x.md', 'x')], fromA, false);
    const result = await writeOutputs(out, [planned('x.md', 'x2')], fromA, false, ['x']);
    expect(result.removed).toEqual([]);
    expect(read(out, 'x.md')).toBe('x2');
  });
});

describe('checkOutputFolder', () => {
  it('should accept a folder or a path to make one, and refuse a file in the way', async () => {
    const { work, out } = folder();
    await checkOutputFolder(join(out, 'a', 'b'));
    writeFileSync(join(work, 'file'), 'x');
    const named = await refusal(checkOutputFolder(join(work, 'file')));
    expect(named.exitCode).toBe(ExitCode.usage);
    expect(named.diagnostics[0]).toMatchObject({
      message: '--out names a file, not a folder',
      hint: 'choose a folder for --out, e.g. --out drafts',
    });
    const inside = await refusal(checkOutputFolder(join(work, 'file', 'sub'), '--old-out'));
    expect(inside.diagnostics[0]).toMatchObject({
      message: `--old-out is inside \`${join(work, 'file')}\`, which is a file, not a folder`,
      hint: 'choose a folder for --old-out, e.g. a new folder name',
    });
  });
});

describe('outputFolderError', () => {
  const failure = (code?: string) => Object.assign(new Error(`failed ${code}`), { code });

  it('should turn a file-system refusal into a sentence naming the folder', () => {
    let thrown: unknown;
    try {
      outputFolderError('/x/drafts')(failure('EROFS'));
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(UserError);
    expect((thrown as UserError).diagnostics[0]).toMatchObject({
      message: 'cannot write to the output folder: the file system is read-only',
      file: '/x/drafts',
      hint: 'choose a folder you can write to with --out, or fix its permissions; nothing was changed',
    });
  });

  it('should pass on anything else unchanged: a user error, an unknown code, no code', () => {
    const mine = new UserError([{ severity: 'error', message: 'mine' }], ExitCode.conflict);
    for (const error of [mine, failure('EWEIRD'), new Error('plain'), 'text']) {
      let thrown: unknown;
      try {
        outputFolderError('/x')(error);
      } catch (e) {
        thrown = e;
      }
      expect(thrown).toBe(error);
    }
  });
});

describe('what the protection reads and says', () => {
  it('should drop a manifest entry that names anything but a file of the folder itself', async () => {
    const { out } = folder();
    mkdirSync(out, { recursive: true });
    const entry = (file: string) => ({
      file,
      template: 't',
      templateVersion: '1',
      format: 'md',
      sha256: 's',
    });
    const names = [
      '../../etc/passwd',
      'sub/x.md',
      '.hidden',
      'a..b.md',
      'x.md',
      'city-of-x_1.docx',
      'ok.md/',
    ];
    writeFileSync(
      join(out, MANIFEST_NAME),
      serializeManifest({ generator: 'g', answers: fromA, outputs: names.map(entry) }),
    );
    expect((await readManifest(out))?.outputs.map((o) => o.file)).toEqual(['city-of-x_1.docx', 'x.md']);
  });

  it('should keep exactly the records of the files not written, whatever their number', async () => {
    const { out } = folder();
    await writeOutputs(out, [planned('x.md', 'x'), planned('y.md', 'y'), planned('z.md', 'z')], fromA, false);
    const again = await writeOutputs(out, [planned('x.md', 'x2'), planned('y.md', 'y2')], fromA, false);
    expect(again.manifest.outputs.map((o) => o.file)).toEqual(['x.md', 'y.md', 'z.md']);
  });

  it('should show a path outside the working folder in full', async () => {
    const { work, out } = folder();
    await writeOutputs(out, [planned('x.md', 'one')], fromA, false);
    writeFileSync(join(out, 'x.md'), 'edited');
    const elsewhere = join(work, 'elsewhere');
    const error = await refusal(writeOutputs(out, [planned('x.md', 'two')], fromA, false, [], elsewhere));
    expect(error.diagnostics[0]?.file).toBe(join(out, 'x.md'));
  });

  it('should say what to do about each refusal', async () => {
    const { work, out } = folder();
    const collision = await refusal(
      writeOutputs(out, [planned('a.md', '1', 'a'), planned('A.md', '2', 'A')], fromA, false),
    );
    expect(collision.diagnostics[0]?.hint).toBe(
      'give the templates ids that differ in letters or digits, not only in punctuation or case',
    );
    mkdirSync(join(out, 'x.md'), { recursive: true });
    const folderInWay = await refusal(writeOutputs(out, [planned('x.md', 'x')], fromA, false, [], work));
    expect(folderInWay.diagnostics[0]?.hint).toBe(
      'move or rename that folder, or build into another --out folder',
    );
    const other = folder();
    await writeOutputs(other.out, [planned('x.md', 'from a')], fromA, false);
    const another = await refusal(writeOutputs(other.out, [planned('x.md', 'from b')], fromB, false));
    expect(another.diagnostics[0]?.severity).toBe('error');
  });
});
