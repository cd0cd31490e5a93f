import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseAnswers } from '../../src/answers/read-answers.js';
import { pmhc, tempDir } from '../support/cli.js';

describe('pmhc init', () => {
  it('creates the answers file, .gitattributes, .gitignore and README.md in a new folder', async () => {
    const dir = tempDir();
    const run = await pmhc(['init', 'ws'], { cwd: dir });
    expect(run.code).toBe(0);
    expect(readdirSync(join(dir, 'ws')).sort()).toEqual([
      '.gitattributes',
      '.gitignore',
      'README.md',
      'answers.schema.json',
      'answers.yaml',
    ]);
    // Editors find the schema through the answers file's first line.
    expect(readFileSync(join(dir, 'ws', 'answers.yaml'), 'utf8').split('\n')[0]).toBe(
      '# yaml-language-server: $schema=answers.schema.json',
    );
    expect(JSON.parse(readFileSync(join(dir, 'ws', 'answers.schema.json'), 'utf8')).title).toBe(
      'pmhc-docs answers file',
    );
  });

  it('writes a starter answers file that validates and says what to replace', async () => {
    const dir = tempDir();
    await pmhc(['init'], { cwd: dir });
    const text = readFileSync(join(dir, 'answers.yaml'), 'utf8');
    const read = parseAnswers(text, 'answers.yaml');
    expect(read.diagnostics).toEqual([]);
    expect(read.answers?.revisions).toHaveLength(1);
    expect(text).toMatch(/^# Replace the placeholder values/m);
  });

  it('builds drafts from the starter answers', async () => {
    const dir = tempDir();
    await pmhc(['init'], { cwd: dir });
    const run = await pmhc(['build', 'answers.yaml', '--format', 'md'], { cwd: dir });
    expect(run.stderr).not.toMatch(/problem/);
    expect(run.code).toBe(0);
    expect(readdirSync(join(dir, 'drafts')).filter((f) => f.endsWith('.md')).length).toBeGreaterThan(0);
  });

  it('names every file that exists, writes nothing and exits 3', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, '.gitignore'), 'mine\n');
    writeFileSync(join(dir, 'answers.yaml'), 'jurisdiction: {}\n');
    const run = await pmhc(['init', '.'], { cwd: dir });
    expect(run.code).toBe(3);
    expect(run.stderr).toContain('answers.yaml  cannot create: the file exists');
    expect(run.stderr).toContain('.gitignore  cannot create: the file exists');
    expect(readFileSync(join(dir, '.gitignore'), 'utf8')).toBe('mine\n');
    expect(existsSync(join(dir, 'README.md'))).toBe(false);
  });

  it('overwrites existing files with --force', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, '.gitignore'), 'mine\n');
    const run = await pmhc(['init', '--force'], { cwd: dir });
    expect(run.code).toBe(0);
    expect(readFileSync(join(dir, '.gitignore'), 'utf8')).toContain('*.partial');
  });

  it('marks Word and PDF files for the docx and pdf diff drivers, as git reads the attributes', async () => {
    const dir = tempDir();
    await pmhc(['init'], { cwd: dir });
    execFileSync('git', ['init', '-q'], { cwd: dir });
    const attrs = execFileSync(
      'git',
      ['check-attr', 'diff', 'text', '--', 'drafts/x.docx', 'drafts/x.pdf', 'drafts/x.md'],
      {
        cwd: dir,
        encoding: 'utf8',
      },
    );
    expect(attrs.trim().split('\n')).toEqual([
      'drafts/x.docx: diff: docx',
      'drafts/x.docx: text: unset',
      'drafts/x.pdf: diff: pdf',
      'drafts/x.pdf: text: unset',
      'drafts/x.md: diff: unspecified',
      'drafts/x.md: text: set',
    ]);
  });

  it('keeps the answers and drafts in git and ignores interview partials and diff output', async () => {
    const dir = tempDir();
    await pmhc(['init'], { cwd: dir });
    execFileSync('git', ['init', '-q'], { cwd: dir });
    const ignored = (path: string) => {
      try {
        execFileSync('git', ['check-ignore', '-q', path], { cwd: dir });
        return true;
      } catch {
        return false;
      }
    };
    expect(
      ['answers.yaml', 'drafts/x.md', 'drafts/x.docx', 'drafts/pmhc-manifest.json'].filter(ignored),
    ).toEqual([]);
    expect(['answers.yaml.partial', 'diff/summary.md', 'drafts/.x.docx.123.tmp'].every(ignored)).toBe(true);
  });
});

describe('pmhc textconv', () => {
  it('prints a built draft’s Word text, which git diff then shows', async () => {
    const dir = tempDir();
    await pmhc(['init'], { cwd: dir });
    await pmhc(['build', 'answers.yaml', '--format', 'docx', '--only', 'co-responder-mou'], { cwd: dir });
    const [docx] = readdirSync(join(dir, 'drafts')).filter((f) => f.endsWith('.docx'));
    const run = await pmhc(['textconv', join('drafts', docx!)], { cwd: dir });
    expect(run.code).toBe(0);
    expect(run.stdout.split('\n')[0]).toBe('Co-Responder Program Memorandum of\u00a0Understanding');
    expect(run.stdout).toContain('Example Police Department (the Agency);');
    expect(run.stdout).not.toMatch(/<w:/);
  });

  it('says it cannot read a file that is not a Word document', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'x.docx'), 'not a zip');
    const run = await pmhc(['textconv', 'x.docx'], { cwd: dir });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^pmhc textconv: cannot read `x\.docx` as a Word file/);
  });
});
