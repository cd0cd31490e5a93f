import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { buildPacket } from '../../src/build.js';
import { UserError } from '../../src/diagnostics/errors.js';
import { writeOutputs } from '../../src/build/write-outputs.js';
import { stageOf } from '../../src/build/stage-outputs.js';
import { tempDir } from '../support/cli.js';

// Attack class 5 (reviews/attack.md): a build writes every file of a packet or none, recovers
// from an interruption, never takes its own half-finished work for hand edits, and refuses
// name collisions before it writes. A failing rename stands in for a kill: it stops the build
// at the same point (scripts/kill-builds.mjs does it with SIGKILL).
const failure = vi.hoisted(() => ({ at: 0, count: 0 }));
vi.mock('node:fs/promises', async (importOriginal) => {
  const actual = await importOriginal<typeof import('node:fs/promises')>();
  return {
    ...actual,
    rename: async (from: string, to: string) => {
      failure.count++;
      if (failure.at > 0 && failure.count === failure.at) throw new Error('simulated kill');
      return actual.rename(from, to);
    },
  };
});

const isFile = (path: string) => statSync(path).isFile();
const digestOf = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');
const example = (name: string) => new URL(`../../examples/${name}.yaml`, import.meta.url).pathname;

function snapshot(dir: string): Record<string, string> {
  return Object.fromEntries(
    readdirSync(dir)
      .sort()
      .map((f) => [f, isFile(join(dir, f)) ? digestOf(join(dir, f)) : 'folder']),
  );
}

/** Harlan's answers with another program name, in a folder of its own but the same file name. */
function changedAnswers(work: string, edit: (text: string) => string): string {
  const file = join(work, 'new', basename(example('harlan-county-rural')));
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, edit(readFileSync(example('harlan-county-rural'), 'utf8')));
  return file;
}

const build = (answersFile: string, outDir: string, force = false) =>
  buildPacket({ answersFile, outDir, formats: ['md'], force });

/** The new packet built once, then the old one in its place: where each interrupted build starts. */
async function oldAndNewPackets() {
  const work = tempDir();
  const out = join(work, 'drafts');
  const newer = changedAnswers(work, (t) =>
    t.replace(/Rural Crisis Response Program/g, 'Crisis Partnership'),
  );
  await build(newer, out);
  const packetNew = snapshot(out);
  await build(example('harlan-county-rural'), out);
  return { out, newer, packetNew, packetOld: snapshot(out) };
}

beforeEach(() => {
  failure.at = 0;
  failure.count = 0;
});

describe('an interrupted build', () => {
  it('should leave the old packet or a commit the next run finishes, at every rename', async () => {
    const { out, newer, packetNew, packetOld } = await oldAndNewPackets();
    // Rename 1 commits the journal, then each draft moves, then the manifest.
    const renames = 1 + Object.keys(packetOld).length;
    const outcomes = new Set<string>();
    for (const at of [1, 3, renames - 1, renames]) {
      failure.count = 0;
      failure.at = at;
      await expect(build(newer, out)).rejects.toThrow('simulated kill');
      failure.at = 0;
      const committed = existsSync(join(stageOf(out), 'commit.json'));
      const after = snapshot(out);
      for (const [file, digest] of Object.entries(after))
        expect([packetOld[file], packetNew[file]]).toContain(digest);
      if (!committed) expect(after).toEqual(packetOld);
      outcomes.add(committed ? 'committed' : 'untouched');
      // The next build, from either answers, is not refused as "changed by hand".
      const next = await build(example('harlan-county-rural'), out);
      expect(snapshot(out)).toEqual(packetOld);
      expect(existsSync(stageOf(out))).toBe(false);
      // A failure before the commit cleans up after itself; a kill after it is finished now.
      if (committed) expect(next.warnings.map((w) => w.message).join('\n')).toMatch(/interrupted/);
    }
    expect([...outcomes].sort()).toEqual(['committed', 'untouched']);
  });

  it('should finish a committed build before anything else, giving exactly the new packet', async () => {
    const { out, newer, packetNew } = await oldAndNewPackets();
    failure.count = 0;
    failure.at = 6;
    await expect(build(newer, out)).rejects.toThrow('simulated kill');
    failure.at = 0;
    expect(existsSync(join(stageOf(out), 'commit.json'))).toBe(true);
    await build(newer, out);
    expect(snapshot(out)).toEqual(packetNew);
  });

  it('should refuse while another build is writing the folder, and clean a dead one', async () => {
    const out = join(tempDir(), 'drafts');
    mkdirSync(stageOf(out), { recursive: true });
    writeFileSync(join(stageOf(out), 'owner.json'), JSON.stringify({ pid: process.ppid }));
    await expect(build(example('harlan-county-rural'), out)).rejects.toThrow(/another pmhc build/);
    expect(existsSync(out)).toBe(false);
    writeFileSync(join(stageOf(out), 'owner.json'), JSON.stringify({ pid: 2 ** 22 + 12345 }));
    const result = await build(example('harlan-county-rural'), out);
    expect(result.warnings.map((w) => w.message)).toContain(
      'an earlier build was interrupted before it wrote anything; its leftovers were removed',
    );
    expect(existsSync(stageOf(out))).toBe(false);
  });
});

describe('output names', () => {
  it('should refuse two outputs with one name before writing anything', async () => {
    const out = join(tempDir(), 'drafts');
    const output = { template: 'a', templateVersion: '1', format: 'md', bytes: new Uint8Array([1]) };
    const planned = [
      { ...output, file: 'x-a.md' },
      { ...output, template: 'b', file: 'X-A.md' },
    ];
    await expect(writeOutputs(out, planned, { file: 'a.yaml', sha256: '' }, false)).rejects.toThrow(
      /two outputs would both be written as `X-A.md` \(documents a and b\)/,
    );
    expect(existsSync(out)).toBe(false);
  });

  it('should refuse a folder where a draft goes, with nothing overwritten', async () => {
    const out = join(tempDir(), 'drafts');
    await build(example('harlan-county-rural'), out);
    const before = snapshot(out);
    const target = Object.keys(before).find((f) => f.endsWith('co-responder-mou.md'))!;
    writeFileSync(join(out, target), 'x');
    const edited = snapshot(out);
    // A folder in place of another draft: refused before any file is touched.
    const other = Object.keys(before).find((f) => f.endsWith('consent-to-release.md'))!;
    await import('node:fs/promises').then((fs) => fs.rm(join(out, other)));
    mkdirSync(join(out, other));
    const error = await build(example('harlan-county-rural'), out, true).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserError);
    expect((error as UserError).message).toMatch(/a folder of that name is in the output folder/);
    expect(readFileSync(join(out, target), 'utf8')).toBe('x');
    expect(Object.keys(snapshot(out))).toEqual(Object.keys(edited));
  });

  it('should refuse to overwrite the drafts of another jurisdiction whose name slugs alike', async () => {
    const work = tempDir();
    const out = join(work, 'drafts');
    await build(example('harlan-county-rural'), out);
    const before = snapshot(out);
    const twin = join(work, 'twin.yaml');
    writeFileSync(
      twin,
      readFileSync(example('harlan-county-rural'), 'utf8').replace(
        /^ {2}name: Harlan County$/m,
        '  name: Harlan  County!',
      ),
    );
    const error = (await build(twin, out).catch((e: unknown) => e)) as UserError;
    expect(error.exitCode).toBe(3);
    expect(error.message).toMatch(/built from harlan-county-rural\.yaml, another answers file/);
    expect(snapshot(out)).toEqual(before);
  });
});

describe('drafts that no longer apply', () => {
  const withoutCit = (work: string) =>
    changedAnswers(work, (t) => t).replace(/$/, '') &&
    (() => {
      const file = join(work, 'riverbend-city.yaml');
      writeFileSync(file, readFileSync(example('riverbend-city'), 'utf8').replace(/^ {4}- cit\n/m, ''));
      return file;
    })();

  it('should remove an unedited draft of a document that no longer applies, and say so', async () => {
    const work = tempDir();
    const out = join(work, 'drafts');
    await build(example('riverbend-city'), out);
    expect(readdirSync(out).some((f) => f.endsWith('cit-mou.md'))).toBe(true);
    const result = await build(withoutCit(work), out);
    expect(result.removed).toEqual(['city-of-riverbend-cit-mou.md']);
    expect(readdirSync(out).some((f) => f.endsWith('cit-mou.md'))).toBe(false);
    const manifest = JSON.parse(readFileSync(join(out, 'pmhc-manifest.json'), 'utf8')) as {
      outputs: { file: string }[];
    };
    expect(manifest.outputs.map((o) => o.file)).not.toContain('city-of-riverbend-cit-mou.md');
  });

  it('should keep an edited one and name it', async () => {
    const work = tempDir();
    const out = join(work, 'drafts');
    await build(example('riverbend-city'), out);
    writeFileSync(join(out, 'city-of-riverbend-cit-mou.md'), 'my notes\n');
    const result = await build(withoutCit(work), out);
    expect(result.removed).toEqual([]);
    expect(readFileSync(join(out, 'city-of-riverbend-cit-mou.md'), 'utf8')).toBe('my notes\n');
    const note = result.warnings.find((w) => w.file?.endsWith('city-of-riverbend-cit-mou.md'));
    expect(note?.message).toMatch(/no longer applies .* edited by hand/);
  });

  it('should never remove a file outside the folder that a forged manifest entry names', async () => {
    const work = tempDir();
    const out = join(work, 'drafts');
    await build(example('riverbend-city'), out);
    const victim = join(work, 'victim.txt');
    writeFileSync(victim, 'keep me\n');
    const path = join(out, 'pmhc-manifest.json');
    const manifest = JSON.parse(readFileSync(path, 'utf8')) as { outputs: Record<string, string>[] };
    const cit = manifest.outputs.find((o) => o.file === 'city-of-riverbend-cit-mou.md')!;
    // Unedited as far as the forged entry says: the build would remove it if it followed the path.
    manifest.outputs.push({ ...cit, file: '../victim.txt', sha256: digestOf(victim) });
    writeFileSync(path, JSON.stringify(manifest));
    const result = await build(withoutCit(work), out);
    expect(result.removed).toEqual(['city-of-riverbend-cit-mou.md']);
    expect(readFileSync(victim, 'utf8')).toBe('keep me\n');
    expect(readFileSync(path, 'utf8')).not.toContain('victim');
  });
});
