import { spawnSync } from 'node:child_process';
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pmhc, tempDir } from '../support/cli.js';

// The rough edges of a coordinator's first hour with the command line.
const fixtureTemplates = 'tests/fixtures/template-set';

function minimalIn(dir: string): string {
  copyFileSync('tests/fixtures/minimal.yaml', join(dir, 'a.yaml'));
  return 'a.yaml';
}

describe('the command line for a new user', () => {
  it('shows a command’s own help for `pmhc help build`, and refuses an unknown topic', async () => {
    const help = await pmhc(['help', 'build']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^Usage: pmhc build ANSWERS\.yaml/);
    const bad = await pmhc(['help', 'biuld']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('unknown command `biuld`');
  });

  it('takes --paper A4 in capitals, and still refuses a paper it does not know', async () => {
    const dir = tempDir();
    const file = minimalIn(dir);
    const ok = await pmhc(['build', file, '--format', 'md', '--paper', 'A4'], { cwd: dir });
    expect(ok.stderr).toBe('');
    expect(ok.code).toBe(0);
    const bad = await pmhc(['build', file, '--paper', 'legal'], { cwd: dir });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('cannot use paper `legal`, expected letter or a4');
  });

  it('says "1 file", not "1 files"', async () => {
    const dir = tempDir();
    const file = minimalIn(dir);
    const run = await pmhc(['build', file, '--format', 'md', '--only', 'packet-overview'], { cwd: dir });
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Wrote 1 file to drafts\/:$/m);
  });

  it('stops quietly with exit 0 when its output is piped into head', () => {
    const run = spawnSync('bash', ['-c', 'set -o pipefail; node bin/pmhc.js schema | head -1'], {
      encoding: 'utf8',
    });
    expect(run.stdout).toBe('{\n');
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  });
});

describe('--json for scripts', () => {
  it('build: what was written and skipped, as one JSON object', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'a.yaml'), readFileSync('tests/fixtures/minimal.yaml'));
    const run = await pmhc(['build', 'a.yaml', '--format', 'md', '--json'], { cwd: dir });
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout);
    expect(report.ok).toBe(true);
    expect(report.command).toBe('build');
    expect(report.written.length).toBeGreaterThan(1);
    expect(report.written.every((f: string) => f.endsWith('.md'))).toBe(true);
    expect(report.skipped.map((s: { id: string }) => s.id)).toContain('homeless-outreach-policy');
  });

  it('build: a refused hand edit names the file, with exit code 3', async () => {
    const dir = tempDir();
    const file = minimalIn(dir);
    const first = await pmhc(['build', file, '--format', 'md', '--json'], { cwd: dir });
    const [md] = JSON.parse(first.stdout).written as string[];
    writeFileSync(join(dir, 'drafts', md!), 'edited by hand\n');
    const run = await pmhc(['build', file, '--format', 'md', '--json'], { cwd: dir });
    expect(run.code).toBe(3);
    expect(run.stderr).toBe('');
    const report = JSON.parse(run.stdout);
    expect(report).toMatchObject({ ok: false, command: 'build', exitCode: 3 });
    expect(report.refused).toEqual([expect.stringContaining(md!)]);
  });

  it('validate: each file with its diagnostics and their positions', async () => {
    const dir = tempDir();
    minimalIn(dir);
    writeFileSync(join(dir, 'bad.yaml'), 'jurisdiction:\n  name: X\n  stat: CA\n');
    const run = await pmhc(['validate', 'a.yaml', 'bad.yaml', '--json'], { cwd: dir });
    expect(run.code).toBe(1);
    expect(run.stderr).toBe('');
    const report = JSON.parse(run.stdout);
    expect(report.ok).toBe(false);
    expect(report.files[0]).toEqual({ file: 'a.yaml', valid: true, diagnostics: [] });
    expect(report.files[1].valid).toBe(false);
    expect(report.files[1].diagnostics).toContainEqual(
      expect.objectContaining({ path: 'jurisdiction.stat', line: 3, column: 3, file: 'bad.yaml' }),
    );
  });

  it('diff: the answers that changed and the documents with their changed places', async () => {
    const dir = tempDir();
    const text = readFileSync('tests/fixtures/minimal.yaml', 'utf8');
    writeFileSync(join(dir, 'old.yaml'), text);
    writeFileSync(join(dir, 'new.yaml'), `${text}information_sharing:\n  retention_years: 7\n`);
    const run = await pmhc(
      [
        'diff',
        'old.yaml',
        'new.yaml',
        '--json',
        '--templates',
        join(process.cwd(), fixtureTemplates),
        '--old-templates',
        join(process.cwd(), fixtureTemplates),
      ],
      { cwd: dir },
    );
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout);
    expect(report.answers).toEqual([
      { path: 'information_sharing.retention_years', kind: 'added', after: 7 },
    ]);
    expect(report.written).toContain('summary.md');
    expect(report.documents.length).toBeGreaterThan(0);
  });

  it('is described in each command’s --help', async () => {
    for (const verb of ['build', 'validate', 'diff'])
      expect((await pmhc([verb, '--help'])).stdout).toMatch(/--json +print one JSON object on stdout/);
  });
});
