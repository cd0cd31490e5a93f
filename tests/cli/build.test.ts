import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import mammoth from 'mammoth';
import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { buildPacket } from '../../src/build.js';
import { pmhc, tempDir } from '../support/cli.js';

const fixtureTemplates = 'tests/fixtures/template-set';
const minimal = 'tests/fixtures/minimal.yaml';
const markupName = 'City of *Star* #1 | <b>Test</b> {{x}} _u_';

function build(outDir: string, extra: Partial<Parameters<typeof buildPacket>[0]> = {}) {
  return buildPacket({
    answersFile: minimal,
    outDir,
    formats: ['md', 'docx'],
    templatesDir: fixtureTemplates,
    ...extra,
  });
}

describe('pmhc build', () => {
  it('should write every applicable document as Markdown and Word with a manifest', async () => {
    const out = tempDir();
    const result = await build(out);
    expect(result.written.sort()).toEqual([
      'city-of-star-1-b-test-b-x-u-sample-mou.docx',
      'city-of-star-1-b-test-b-x-u-sample-mou.md',
    ]);
    expect(result.skipped).toEqual([
      { id: 'school-only', reason: 'it needs a partner that is a school district or school' },
    ]);
    const manifest = JSON.parse(readFileSync(join(out, 'pmhc-manifest.json'), 'utf8'));
    expect(manifest.outputs.map((o: { template: string }) => o.template)).toEqual([
      'sample-mou',
      'sample-mou',
    ]);
    expect(manifest.answers.file).toBe('minimal.yaml');
    // Each output names its answers file, so a folder shared by two jurisdictions stays legible.
    expect(manifest.outputs.map((o: { answers: string }) => o.answers)).toEqual([
      'minimal.yaml',
      'minimal.yaml',
    ]);
  });

  it('should keep markup characters in answers literal in Markdown and in Word', async () => {
    const out = tempDir();
    await build(out, {});
    const minimalText = readFileSync(minimal, 'utf8').replace(
      'name: Star City Police Department',
      `name: "${markupName}"`,
    );
    const answersFile = join(out, 'markup.yaml');
    writeFileSync(answersFile, minimalText);
    const out2 = tempDir();
    await buildPacket({ answersFile, outDir: out2, formats: ['md', 'docx'], templatesDir: fixtureTemplates });
    const md = readFileSync(
      join(
        out2,
        readdirSync(out2).find((f) => f.endsWith('.md'))!,
      ),
      'utf8',
    );
    // Read the Markdown as a renderer would: the name must come out as typed, not as markup.
    const html = new MarkdownIt().render(md);
    expect(html).toContain('City of *Star* #1 | &lt;b&gt;Test&lt;/b&gt; {{x}} _u_');
    expect(html).not.toContain('<b>Test</b>');
    const docx = readFileSync(
      join(
        out2,
        readdirSync(out2).find((f) => f.endsWith('.docx'))!,
      ),
    );
    const { value } = await mammoth.extractRawText({ buffer: docx });
    expect(value).toContain(markupName);
    expect(value).toContain('Nguyễn Thị Lan');
  });

  it('should write byte-identical files when built twice', async () => {
    const [a, b] = [tempDir(), tempDir()];
    await build(a);
    await build(b);
    for (const file of readdirSync(a)) {
      expect(readFileSync(join(b, file)).equals(readFileSync(join(a, file))), file).toBe(true);
    }
  });

  it('should date the draft from SOURCE_DATE_EPOCH when it is set', async () => {
    const out = tempDir();
    await build(out, { sourceDateEpoch: '1767225600' });
    const md = readFileSync(join(out, 'city-of-star-1-b-test-b-x-u-sample-mou.md'), 'utf8');
    expect(md).toContain('dated January 1, 2026 (the date SOURCE\\_DATE\\_EPOCH sets for this build)');
    const plain = tempDir();
    await build(plain);
    expect(readFileSync(join(plain, 'city-of-star-1-b-test-b-x-u-sample-mou.md'), 'utf8')).toContain(
      'dated March 1, 2026 (the date of revision 2026.1 in the answers file)',
    );
  });

  it('should refuse to overwrite a file edited by hand, name it, and write nothing', async () => {
    const out = tempDir();
    await build(out);
    const md = join(out, 'city-of-star-1-b-test-b-x-u-sample-mou.md');
    const docx = join(out, 'city-of-star-1-b-test-b-x-u-sample-mou.docx');
    writeFileSync(md, `${readFileSync(md, 'utf8')}\nMy own clause.\n`);
    const docxBefore = readFileSync(docx);
    const manifestBefore = readFileSync(join(out, 'pmhc-manifest.json'));
    await expect(build(out, { sourceDateEpoch: '1767225600' })).rejects.toMatchObject({
      exitCode: 3,
      diagnostics: [
        expect.objectContaining({ file: md, message: expect.stringContaining('changed by hand') }),
      ],
    });
    expect(readFileSync(md, 'utf8')).toContain('My own clause.');
    expect(readFileSync(docx).equals(docxBefore)).toBe(true);
    expect(readFileSync(join(out, 'pmhc-manifest.json')).equals(manifestBefore)).toBe(true);
    await build(out, { force: true });
    expect(readFileSync(md, 'utf8')).not.toContain('My own clause.');
  });

  it('should refuse to overwrite a file it did not generate', async () => {
    const out = tempDir();
    writeFileSync(join(out, 'city-of-star-1-b-test-b-x-u-sample-mou.md'), 'mine');
    await expect(build(out)).rejects.toMatchObject({ exitCode: 3 });
    expect(readFileSync(join(out, 'city-of-star-1-b-test-b-x-u-sample-mou.md'), 'utf8')).toBe('mine');
  });

  it('should derive file names that cannot leave the output folder', async () => {
    const out = tempDir();
    const answersFile = join(out, 'escape.yaml');
    writeFileSync(
      answersFile,
      readFileSync(minimal, 'utf8').replace(/name: ['"]City of[^\n]*/, 'name: "../../../etc/passwd"'),
    );
    const target = join(out, 'drafts');
    const result = await buildPacket({
      answersFile,
      outDir: target,
      formats: ['md'],
      templatesDir: fixtureTemplates,
    });
    expect(result.written).toEqual(['etc-passwd-sample-mou.md']);
    expect(readdirSync(target).sort()).toEqual(['etc-passwd-sample-mou.md', 'pmhc-manifest.json']);
  });
});

describe('pmhc build on the command line', () => {
  it('should exit 1 and write nothing when the answers are invalid', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'bad.yaml'), 'jurisdiction:\n  name: X\n  state: Oregon\n');
    const result = await pmhc(['build', 'bad.yaml', '--out', 'drafts'], { cwd: dir });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('bad.yaml:3:10  jurisdiction.state: expected one of');
    expect(result.stderr).toContain('lead_agency: missing required field');
    expect(result.stderr).toContain('nothing was written');
    expect(existsSync(join(dir, 'drafts'))).toBe(false);
  });

  it('should exit 2 for an unknown format, document or option', async () => {
    const dir = tempDir();
    expect(
      (await pmhc(['build', 'examples/riverbend-city.yaml', '--out', dir, '--format', 'odt'])).code,
    ).toBe(2);
    const only = await pmhc(['build', 'examples/riverbend-city.yaml', '--out', dir, '--only', 'no-such-doc']);
    expect(only.code).toBe(2);
    expect(only.stderr).toContain('no document `no-such-doc`, expected one of');
    const bogus = await pmhc(['build', '--bogus']);
    expect(bogus.code).toBe(2);
    expect(bogus.stderr).toContain('pmhc build: unknown option `--bogus`, expected one of --out, --format');
    expect(readdirSync(dir)).toEqual([]);
  });

  it('should name only the skipped documents that --only asked for', async () => {
    const dir = tempDir();
    const args = ['build', 'examples/riverbend-city.yaml', '--out', dir, '--format', 'md'];
    const one = await pmhc([...args, '--only', 'consent-to-release']);
    expect(one.code).toBe(0);
    expect(one.stdout).not.toContain('skipped');
    const asked = await pmhc([...args, '--only', 'homeless-outreach-policy,consent-to-release']);
    expect(asked.stdout).toContain('(skipped homeless-outreach-policy: it needs one of these program models');
  });

  it('should say which file is missing', async () => {
    const result = await pmhc(['build', 'nope.yaml']);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('nope.yaml');
    expect(result.stderr).toContain('no such file');
  });
});
