import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writePdf } from '../../src/writers/pdf/write-pdf.js';
import { sampleDocument } from '../fixtures/sample-document.js';
import { dejavuSans } from '../pdf/helpers.js';
import { pmhc, tempDir } from '../support/cli.js';
import { countPixels, pdfText } from '../support/pdf-read.js';

// Attack class 10 (reviews/attack.md): characters no font has were drawn as red boxes with a
// warning. Now an answer the PDF cannot draw is refused at file:line:col with the field and the
// character, and a --font that has it draws it (read back by pdf.js, and no box on the page).
const example = readFileSync(new URL('../../examples/harlan-county-rural.yaml', import.meta.url), 'utf8');
const partnerLine = 'name: Harlan County Emergency Communications';
const red = (r: number, g: number, b: number) => r > 150 && g < 110 && b < 110 && r - g > 80;

function answersNaming(name: string) {
  const dir = tempDir();
  const file = join(dir, 'answers.yaml');
  expect(example).toContain(partnerLine);
  writeFileSync(file, example.replace(partnerLine, `name: "${name}"`));
  const line = example.slice(0, example.indexOf(partnerLine)).split('\n').length;
  return { dir, file, line };
}

describe('answers a PDF font cannot draw', () => {
  it('should refuse the PDF at file:line:col, naming the field and the character, and write nothing', async () => {
    const { dir, file, line } = answersNaming('Harlan नेपाली Center');
    const out = join(dir, 'out');
    const run = await pmhc([
      'build',
      file,
      '--out',
      out,
      '--format',
      'md,pdf',
      '--only',
      'consent-to-release',
    ]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`${file}:${line}:`);
    expect(run.stderr).toMatch(
      /partners\[1\]\.name: cannot write this answer into PDF: the body font cannot draw the character U\+0928 .*`न`, which would print as an empty box/,
    );
    expect(run.stderr).toContain('--font FILE');
    expect(existsSync(out)).toBe(false);
  });

  it('should point at the shared defaults file when the character was inherited from it', async () => {
    const { dir, file, line } = answersNaming('Harlan नेपाली Center');
    writeFileSync(join(dir, 'defaults.yaml'), readFileSync(file, 'utf8'));
    const site = join(dir, 'site.yaml');
    writeFileSync(site, `extends: defaults.yaml\nrevisions: []\n`);
    const run = await pmhc([
      'build',
      site,
      '--out',
      join(dir, 'out'),
      '--format',
      'pdf',
      '--only',
      'consent-to-release',
    ]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`${join(dir, 'defaults.yaml')}:${line}:`);
    expect(run.stderr).toMatch(/partners\[1\]\.name: cannot write this answer into PDF/);
  });

  it('should build Markdown and Word of the same answers', async () => {
    const { dir, file } = answersNaming('Harlan नेपाली Center');
    const run = await pmhc([
      'build',
      file,
      '--out',
      join(dir, 'out'),
      '--format',
      'md,docx',
      '--only',
      'consent-to-release',
    ]);
    expect(run.code).toBe(0);
  });

  it('should refuse the self-assessment PDF the same way', async () => {
    const { dir, file } = answersNaming('Harlan ☎ Center');
    const run = await pmhc(['assess', file, '--out', join(dir, 'out'), '--format', 'pdf']);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/partners\[1\]\.name: .*U\+260E/);
  });

  it('should draw the characters with a --font that has them: pdf.js reads them and no box is painted', async () => {
    const consentPdf = async (name: string) => {
      const { dir, file } = answersNaming(name);
      const run = await pmhc(
        [
          'build',
          file,
          '--out',
          'out',
          '--format',
          'pdf',
          '--only',
          'consent-to-release',
          '--font',
          dejavuSans,
        ],
        { cwd: dir },
      );
      expect(run.stderr).toBe('');
      expect(run.code).toBe(0);
      return new Uint8Array(readFileSync(join(dir, 'out', 'harlan-county-consent-to-release.pdf')));
    };
    const name = 'Harlan ☎ საქართველო Center';
    const pdf = await consentPdf(name);
    expect((await pdfText(pdf)).replace(/\s+/g, ' ')).toContain(name);
    // The header's red DRAFT is on every page: no more red than the same form with a Latin name.
    expect(countPixels(pdf, red, 100)).toBe(countPixels(await consentPdf('Harlan Tbilisi Center'), red, 100));
  }, 60_000);

  it('should still paint a box where a template itself has such a character (the pixel check can fail)', async () => {
    const doc = sampleDocument();
    doc.blocks.push({ type: 'paragraph', content: [{ type: 'text', value: 'Call ☎ now' }] });
    const { bytes, warnings } = await writePdf(doc, {
      paper: 'letter',
      lineNumbers: false,
      fallbackFonts: [],
    });
    expect(warnings.join('\n')).toContain('U+260E');
    const plain = sampleDocument();
    plain.blocks.push({ type: 'paragraph', content: [{ type: 'text', value: 'Call us now' }] });
    const without = await writePdf(plain, { paper: 'letter', lineNumbers: false, fallbackFonts: [] });
    expect(countPixels(bytes, red, 100)).toBeGreaterThan(countPixels(without.bytes, red, 100));
  });
});
