import { spawnSync } from 'node:child_process';
import { chmodSync, cpSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { outputFolderError } from '../../src/build/output-folder.js';
import { UserError } from '../../src/diagnostics/errors.js';
import { pmhc, tempDir } from '../support/cli.js';

// Attack class 4 (reviews/attack.md): every ordinary mistake exits 1, 2 or 3 with a sentence
// saying what to do; 70 is kept for bugs.
const H = 'examples/harlan-county-rural.yaml';

function setUp() {
  const dir = tempDir();
  const file = join(dir, 'file');
  writeFileSync(file, 'x');
  mkdirSync(join(dir, 'manifest-folder', 'pmhc-manifest.json'), { recursive: true });
  return { dir, file };
}

describe('exit codes for ordinary mistakes', () => {
  const { dir, file } = setUp();
  const cases: [string, string[], Record<string, string>, number, RegExp][] = [
    [
      '--out at a file',
      ['build', H, '--out', file, '--format', 'md'],
      {},
      2,
      /--out names a file, not a folder/,
    ],
    [
      'a folder where the manifest goes',
      ['build', H, '--out', join(dir, 'manifest-folder'), '--format', 'md'],
      {},
      1,
      /pmhc-manifest\.json` in the output folder is not a file/,
    ],
    [
      '--out under a file',
      ['build', H, '--out', join(file, 'sub'), '--format', 'md'],
      {},
      2,
      /--out is inside .*which is a file/,
    ],
    [
      '--font that does not exist',
      ['build', H, '--out', join(dir, 'o'), '--font', '/nonexistent.ttf'],
      {},
      2,
      /--font `\/nonexistent.ttf`: no such file/,
    ],
    [
      '--font that is not a font',
      ['build', H, '--out', join(dir, 'o'), '--font', file],
      {},
      2,
      /expected a TTF or OTF file/,
    ],
    [
      '--font that is a folder',
      ['build', H, '--out', join(dir, 'o'), '--font', dir],
      {},
      2,
      /it is a folder, not a font file/,
    ],
    ['diff --out at a file', ['diff', H, H, '--out', file], {}, 2, /--out names a file/],
    [
      'a missing --old-templates folder',
      ['diff', H, H, '--old-templates', join(dir, 'none'), '--out', join(dir, 'd')],
      {},
      2,
      /--old-templates names a folder that does not exist/,
    ],
    ['init on a file', ['init', file, '--starter'], {}, 2, /DIR names a file, not a folder/],
    [
      'init --answers outside the folder',
      ['init', join(dir, 'ws'), '--answers', '../x.yaml', '--starter'],
      {},
      2,
      /outside the workspace folder/,
    ],
    [
      'init --answers with shell characters',
      ['init', join(dir, 'ws'), '--answers', 'x$(touch y).yaml', '--starter'],
      {},
      2,
      /named with letters, digits/,
    ],
    [
      'init --answers naming the README',
      ['init', join(dir, 'ws'), '--answers', 'README.md', '--starter'],
      {},
      2,
      /other than the workspace's own files/,
    ],
    [
      'SOURCE_DATE_EPOCH past the year 9999',
      ['build', H, '--out', join(dir, 'o'), '--format', 'md'],
      { SOURCE_DATE_EPOCH: '253402300800' },
      2,
      /end of the year 9999/,
    ],
    [
      'SOURCE_DATE_EPOCH as 1e20',
      ['build', H, '--out', join(dir, 'o'), '--format', 'md'],
      { SOURCE_DATE_EPOCH: '1e20' },
      2,
      /not a whole number of seconds/,
    ],
    [
      'SOURCE_DATE_EPOCH in diff',
      ['diff', H, H, '--out', join(dir, 'd2')],
      { SOURCE_DATE_EPOCH: '99999999999999' },
      2,
      /SOURCE_DATE_EPOCH/,
    ],
  ];
  it.each(cases)('%s', async (_what, args, env, code, message) => {
    const run = await pmhc(args, { env });
    expect(run.stderr).toMatch(message);
    expect(run.stderr).not.toMatch(/internal error/);
    expect(run.code).toBe(code);
  });

  it('a planned output name that is a folder exits 1 and overwrites nothing', async () => {
    const out = join(dir, 'drafts');
    mkdirSync(join(out, 'harlan-county-consent-to-release.md'), { recursive: true });
    const run = await pmhc(['build', H, '--out', out, '--format', 'md']);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/a folder of that name is in the output folder/);
  });

  it('a read-only output folder exits 1 with the reason', () => {
    const error = (code: string) => Object.assign(new Error(code), { code, path: '/x' });
    expect(() => outputFolderError('/x')(error('EACCES'))).toThrow(UserError);
    expect(() => outputFolderError('/x')(error('EROFS'))).toThrow(/read-only/);
    // And for real, as an unprivileged user, where the machine lets the test become one.
    const root = spawnSync('id', ['-u'], { encoding: 'utf8' }).stdout.trim() === '0';
    if (!root || spawnSync('runuser', ['-u', 'nobody', '--', 'true']).status !== 0) return;
    const shared = tempDir();
    chmodSync(shared, 0o777);
    cpSync('examples', join(shared, 'examples'), { recursive: true });
    mkdirSync(join(shared, 'ro'), { mode: 0o555 });
    chmodSync(join(shared, 'ro'), 0o555);
    const run = spawnSync(
      'runuser',
      [
        '-u',
        'nobody',
        '--',
        process.execPath,
        'bin/pmhc.js',
        'build',
        join(shared, H),
        '--out',
        join(shared, 'ro', 'drafts'),
        '--format',
        'md',
      ],
      { encoding: 'utf8' },
    );
    expect(run.stderr).toMatch(/cannot write to the output folder: permission denied/);
    expect(run.status).toBe(1);
  });
});
