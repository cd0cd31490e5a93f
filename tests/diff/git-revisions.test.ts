import { execFileSync } from 'node:child_process';
import { cpSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rangeOf } from '../../src/diff/resolve-version.js';
import { pmhc } from '../support/cli.js';
import { partsOf, riverbend, tempDir, trackedTexts } from './helpers.js';

const only = ['--only', 'information-sharing-agreement'];

/** A git repository with answers.yaml committed twice (tagged v1, v2), then `next` left uncommitted. */
function repository(versions: string[]): string {
  const dir = tempDir('pmhc-git-');
  const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, stdio: 'pipe' });
  git('init', '-q');
  git('config', 'user.email', 'test@example.org');
  git('config', 'user.name', 'Test');
  versions.forEach((text, i) => {
    writeFileSync(join(dir, 'answers.yaml'), text);
    git('add', 'answers.yaml');
    git('commit', '-q', '-m', `v${i + 1}`);
    git('tag', `v${i + 1}`);
  });
  return dir;
}

const five = riverbend((a) => void (a.information_sharing!.retention_years = 5));
const three = riverbend((a) => void (a.information_sharing!.retention_years = 3));

describe('pmhc diff with git revisions', () => {
  it('compares the file at HEAD~1 with the file as it is now', async () => {
    const dir = repository([riverbend(), five]);
    const run = await pmhc(['diff', 'HEAD~1', 'answers.yaml', '--out', 'review', ...only], { cwd: dir });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('# Changes from answers.yaml@HEAD~1 to answers.yaml');
    const docx = join(dir, 'review', 'city-of-riverbend-information-sharing-agreement.redline.docx');
    expect(trackedTexts(partsOf(docx)['word/document.xml']!)).toEqual({ ins: ['5'], del: ['7'] });
  });

  it('compares two revisions of one file, whatever is in the working tree', async () => {
    const dir = repository([riverbend(), five]);
    writeFileSync(join(dir, 'answers.yaml'), three);
    const run = await pmhc(['diff', 'v1', 'v2', 'answers.yaml', ...only], { cwd: dir });
    expect(run.code).toBe(0);
    const docx = join(dir, 'diff', 'city-of-riverbend-information-sharing-agreement.redline.docx');
    expect(trackedTexts(partsOf(docx)['word/document.xml']!)).toEqual({ ins: ['5'], del: ['7'] });
    expect(readFileSync(join(dir, 'diff', 'summary.md'), 'utf8')).toContain(
      'answers.yaml@v1 to answers.yaml@v2',
    );
  });

  it('finds the file from a subfolder of the repository', async () => {
    const dir = repository([riverbend(), five]);
    const sub = join(dir, 'jurisdiction');
    cpSync(join(dir, 'answers.yaml'), join(dir, 'keep.yaml'));
    execFileSync('git', ['mv', 'answers.yaml', 'jurisdiction-answers.yaml'], { cwd: dir });
    execFileSync('mkdir', [sub]);
    execFileSync('git', ['mv', 'jurisdiction-answers.yaml', 'jurisdiction/answers.yaml'], { cwd: dir });
    execFileSync('git', ['commit', '-q', '-m', 'move'], { cwd: dir });
    writeFileSync(join(sub, 'answers.yaml'), three);
    const run = await pmhc(['diff', 'HEAD', 'answers.yaml', ...only], { cwd: sub });
    expect(run.code).toBe(0);
    const docx = join(sub, 'diff', 'city-of-riverbend-information-sharing-agreement.redline.docx');
    expect(trackedTexts(partsOf(docx)['word/document.xml']!)).toEqual({ ins: ['3'], del: ['5'] });
  });

  it('reports a malformed OLD version with file:line:col and says it is the OLD one, writing nothing', async () => {
    const broken = riverbend().replace(/^( {2}state: )CA$/m, '$1Californ');
    expect(broken).not.toBe(riverbend());
    const line = broken.split('\n').findIndex((l) => l.includes('Californ')) + 1;
    const dir = repository([broken, five]);
    const run = await pmhc(['diff', 'HEAD~1', 'answers.yaml'], { cwd: dir });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(new RegExp(`^answers\\.yaml@HEAD~1:${line}:10  jurisdiction\\.state: `, 'm'));
    expect(run.stderr).toContain(
      'pmhc diff: the OLD version (answers.yaml@HEAD~1) is not a valid answers file: 1 problem; nothing was written.',
    );
    expect(readdirSync(dir)).not.toContain('diff');
  });

  it('names the revision git could not find', async () => {
    const dir = repository([five]);
    const run = await pmhc(['diff', 'HEAD~3', 'answers.yaml'], { cwd: dir });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^cannot read answers\.yaml@HEAD~3: git says: .*HEAD~3/m);
  });

  it("reads git's range REV1..REV2 as two revisions, the working tree aside", async () => {
    const dir = repository([riverbend(), five]);
    writeFileSync(join(dir, 'answers.yaml'), three);
    const run = await pmhc(['diff', 'HEAD~1..HEAD', 'answers.yaml', ...only], { cwd: dir });
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('# Changes from answers.yaml@HEAD~1 to answers.yaml@HEAD');
    const docx = join(dir, 'diff', 'city-of-riverbend-information-sharing-agreement.redline.docx');
    expect(trackedTexts(partsOf(docx)['word/document.xml']!)).toEqual({ ins: ['5'], del: ['7'] });
  });

  it('refuses three dots and a range beside two revisions, in a sentence, writing nothing', async () => {
    const dir = repository([riverbend(), five]);
    const dots = await pmhc(['diff', 'v1...v2', 'answers.yaml'], { cwd: dir });
    expect(dots.code).toBe(2);
    expect(dots.stderr).toMatch(/`v1\.\.\.v2` \(three dots\) compares from where two revisions forked/);
    expect(dots.stderr).toContain('git merge-base v1 v2');
    const both = await pmhc(['diff', 'v1..v2', 'v2', 'answers.yaml'], { cwd: dir });
    expect(both.code).toBe(2);
    expect(both.stderr).toContain('is a range of revisions, but two revisions are already given');
    expect(readdirSync(dir)).not.toContain('diff');
  });

  it('tells a range from a path with dots', () => {
    expect(rangeOf('HEAD~1..HEAD')).toEqual({ from: 'HEAD~1', to: 'HEAD' });
    expect(rangeOf('v1..')).toEqual({ from: 'v1', to: 'HEAD' });
    expect(rangeOf('../old.yaml')).toBeNull();
    expect(rangeOf('drafts/../old.yaml')).toBeNull();
    expect(rangeOf('HEAD:answers.yaml')).toBeNull();
  });
});
