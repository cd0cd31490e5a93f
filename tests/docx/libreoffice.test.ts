import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { sampleDocument } from '../fixtures/sample-document.js';
import { write } from './read-docx.js';

const has = (command: string) => {
  try {
    execFileSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
};

// LibreOffice is what a partner without Word opens the draft in; it is optional on dev machines.
const available = has('soffice') && has('pdftotext');
const dir = mkdtempSync(join(tmpdir(), 'pmhc-docx-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Converts a file with headless LibreOffice into `dir`, with a profile of its own. */
function convert(file: string, format: 'pdf' | 'fodt'): void {
  const profile = `-env:UserInstallation=file://${dir}/profile`;
  execFileSync('soffice', [profile, '--headless', '--convert-to', format, '--outdir', dir, file], {
    stdio: 'ignore',
    timeout: 600_000,
  });
}

describe.skipIf(!available)('docx rendered by LibreOffice', () => {
  it('should show Word-computed clause numbers equal to the AST numbers, and the page footer', async () => {
    const file = join(dir, 'sample.docx');
    writeFileSync(file, (await write(sampleDocument())).bytes);
    convert(file, 'pdf');
    execFileSync('pdftotext', ['-layout', join(dir, 'sample.pdf'), join(dir, 'sample.txt')]);
    const text = readFileSync(join(dir, 'sample.txt'), 'utf8');
    expect(text).toMatch(/^\s*1\.\s+Definitions/m);
    expect(text).toMatch(/^\s*1\.1\s+“Program” means/m);
    expect(text).toMatch(/^\s*1\.1\.1\s+The Program operates \[HOURS OF OPERATION\]/m);
    expect(text).toMatch(/^\s*2\.\s+Signatures/m);
    expect(text).toContain('Page 1 of 2');
    expect(text).toContain('Page 2 of 2');
    expect(text).toMatch(/Sample Memorandum of Understanding\s+DRAFT/);
    // Spaces dropped: LibreOffice may break the line inside "</b>" (after its slash).
    expect(text.replace(/\s+/g, '')).toContain('NguyễnPeña&ÓBriain<b>*x*</b>');
    // Every character is drawn from the subset faces in the file: no fallback font appears.
    const fonts = execFileSync('pdffonts', [join(dir, 'sample.pdf')], { encoding: 'utf8' });
    const names = [...fonts.matchAll(/^[A-Z]{6}\+(\S+)/gm)].map((m) => m[1]);
    expect(names.length).toBeGreaterThan(0);
    for (const name of names) expect(name).toMatch(/^SourceSerif4-/);
  });

  it('should read the drafter’s note once, in the body and not as an annotation, and the table header as repeating', async () => {
    const file = join(dir, 'note.docx');
    writeFileSync(file, (await write(sampleDocument())).bytes);
    convert(file, 'fodt');
    const fodt = readFileSync(join(dir, 'note.fodt'), 'utf8');
    expect(fodt).not.toContain('<office:annotation');
    expect(fodt.match(/Confirm the hours with the clinic before signature\./g)).toHaveLength(1);
    expect(fodt).toMatch(/<table:table-header-rows>[\s\S]*?Legal basis[\s\S]*?<\/table:table-header-rows>/);
  });
});
