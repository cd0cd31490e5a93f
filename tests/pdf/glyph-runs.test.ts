import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { describe, expect, it } from 'vitest';
import { loadFonts } from '../../src/writers/pdf/fonts.js';
import { writePdf } from '../../src/writers/pdf/write-pdf.js';
import { docWith, text } from './helpers.js';

const options = { paper: 'letter' as const, lineNumbers: false, fallbackFonts: [] };
const ascii = Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i)).join('');

describe('glyph runs', () => {
  it('should include glyph ids whose bytes must be escaped in a PDF string', () => {
    // ( ) \ CR LF as a byte of a glyph id: the sample below must exercise the escapes.
    const { shaper } = loadFonts([]).faces.regular;
    const ids = new Set([...ascii, ...'ÁÉÍÓÚñ§¶“”'].flatMap((c) => Array.from(shaper.shape(c).glyphs)));
    const bytes = [...ids].flatMap((id) => [id >> 8, id & 0xff]);
    expect(bytes.some((b) => b === 0x28 || b === 0x29 || b === 0x5c)).toBe(true);
  });

  it('should read back every printable ASCII character and accented letters through pdf.js', async () => {
    const sample = `${ascii} ÁÉÍÓÚñ§¶“”`;
    const { bytes } = await writePdf(docWith([{ type: 'paragraph', content: [text(sample)] }]), options);
    const pdf = await getDocument({ data: bytes.slice(), verbosity: 0 }).promise;
    const content = await (await pdf.getPage(1)).getTextContent();
    const read = content.items.map((item) => ('str' in item ? item.str : '')).join('');
    expect(read.replace(/\s+/g, '')).toContain(sample.replace(/\s+/g, ''));
  });
});
