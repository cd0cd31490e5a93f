import { deflateSync, strToU8, zipSync } from 'fflate';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DOCX_LIMITS, textOfDocx } from '../../src/init/text-of-docx.js';
import { pmhc, tempDir } from '../support/cli.js';

// Attack class 6 (reviews/attack.md): git runs `pmhc textconv` on every diff, so a crafted
// .docx must neither hang it nor exhaust memory. Each input is generated here. The test
// timeouts are the time budget: the quadratic parser took over 180 s on the first input.

const docx = (documentXml: string) => zipSync({ 'word/document.xml': strToU8(documentXml) }, { level: 9 });

/** A zip whose one entry's header says `declared` bytes unpacked (a bomb's, or a liar's). */
function withDeclaredSize(zip: Uint8Array, declared: number): Uint8Array {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  for (let i = 0; i + 4 <= zip.length; i++) {
    const signature = view.getUint32(i, true);
    if (signature === 0x04034b50) view.setUint32(i + 22, declared, true);
    if (signature === 0x02014b50) view.setUint32(i + 24, declared, true);
  }
  return zip;
}

describe('textconv on crafted Word files', () => {
  it('should read 200,000 unclosed paragraphs in linear time (the 1.6 KB file)', { timeout: 30_000 }, () => {
    const crafted = docx(`<w:document><w:body>${'<w:p>'.repeat(200_000)}</w:body></w:document>`);
    expect(crafted.length).toBeLessThan(3000);
    expect(textOfDocx(crafted)).toBe('\n');
  });

  it('should read 200,000 unclosed deletions in linear time', { timeout: 30_000 }, () => {
    const body = `<w:p><w:r><w:t>kept</w:t></w:r></w:p>${'<w:del>'.repeat(200_000)}<w:p><w:r><w:t>gone</w:t></w:r></w:p>`;
    expect(textOfDocx(docx(`<w:document><w:body>${body}</w:body></w:document>`))).toBe('kept\n');
  });

  it('should still read paragraphs, tables, tabs and tracked deletions', () => {
    const xml =
      '<w:body><w:p><w:pPr><w:tabs><w:tab w:val="right" w:pos="9000"/></w:tabs></w:pPr><w:r><w:t xml:space="preserve">A &amp; B</w:t><w:tab/><w:t>C&#233;</w:t></w:r></w:p>' +
      '<w:p><w:del><w:r><w:delText>old</w:delText></w:r></w:del><w:ins><w:r><w:t>new</w:t></w:r></w:ins></w:p>' +
      '<w:tbl><w:tr><w:tc><w:p><w:r><w:t>x</w:t></w:r></w:p><w:p><w:r><w:t>y</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>z</w:t></w:r></w:p></w:tc></w:tr></w:tbl></w:body>';
    expect(textOfDocx(docx(xml))).toBe('A & B\tCé\nnew\nx / y\tz\n');
  });

  it('should refuse a zip bomb before inflating it', { timeout: 30_000 }, () => {
    const before = process.memoryUsage().rss;
    // The header of bomb.docx (2 MB) claimed 2.15 GB unpacked: refused on the claim alone.
    const bomb = withDeclaredSize(docx('<w:p/>'), 2_100_000_000);
    expect(() => textOfDocx(bomb)).toThrow(/would be 2,100,000,000 bytes unpacked, more than 32,000,000/);
    const honest = zipSync({ 'word/document.xml': new Uint8Array(33_000_000).fill(0x3c) }, { level: 9 });
    expect(() => textOfDocx(honest)).toThrow(/33,000,000 bytes unpacked, more than 32,000,000/);
    expect(process.memoryUsage().rss - before).toBeLessThan(600_000_000);
  });

  it('should not inflate more than a lying header declares', () => {
    const liar = withDeclaredSize(
      zipSync(
        { 'word/document.xml': strToU8(`<w:p><w:r><w:t>${'a'.repeat(5_000_000)}</w:t></w:r></w:p>`) },
        { level: 9 },
      ),
      1000,
    );
    expect(textOfDocx(liar).length).toBeLessThan(1000);
  });

  it('should refuse a zip of more parts than a Word file has', () => {
    const parts = Object.fromEntries(
      Array.from({ length: DOCX_LIMITS.entries + 1 }, (_, i) => [`p/${i}.xml`, new Uint8Array(1)]),
    );
    expect(() =>
      textOfDocx(zipSync({ ...parts, 'word/document.xml': deflateSync(new Uint8Array(1)) })),
    ).toThrow(/more than 2000 parts/);
  });

  it('should exit 1 with a sentence, not hang or crash, from the command line', async () => {
    const dir = tempDir();
    const bomb = join(dir, 'bomb.docx');
    writeFileSync(bomb, withDeclaredSize(docx('<w:p/>'), 2_100_000_000));
    const notPdf = join(dir, 'fake.pdf');
    writeFileSync(notPdf, 'hello');
    const run = await pmhc(['textconv', bomb]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/cannot read `.*bomb.docx` as a Word file: its text part would be/);
    const pdf = await pmhc(['textconv', notPdf]);
    expect(pdf.code).toBe(1);
    expect(pdf.stderr).toMatch(/as a PDF: it does not start like one/);
  });
});
