import * as hb from 'harfbuzzjs';
import { strToU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { obfuscate } from '../../src/writers/docx/embedded-fonts.js';
import { extraCharacters } from '../../src/writers/docx/subset-embedded-font.js';
import { sampleDocument } from '../fixtures/sample-document.js';
import { part, write } from './read-docx.js';

/** Each embedded face of a .docx, as the characters HarfBuzz (an independent reader) finds in it. */
function embeddedFaces(bytes: Uint8Array): { size: number; unicodes: Set<number> }[] {
  const entries = unzipSync(bytes);
  const table = part(bytes, 'word/fontTable.xml');
  const rels = part(bytes, 'word/_rels/fontTable.xml.rels');
  return [...table.matchAll(/<w:embed\w+ r:id="(rId\d+)" w:fontKey="(\{[^}]+\})"\/>/g)].map(([, id, key]) => {
    const target = new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`).exec(rels)?.[1];
    const font = obfuscate(entries[`word/${target}`]!, key!);
    const face = new hb.Face(new hb.Blob(font), 0);
    return { size: font.length, unicodes: new Set(face.collectUnicodes()) };
  });
}

describe('fonts embedded in the .docx', () => {
  it('should carry the four faces subset to the draft’s characters and what counsel may type, deflated', async () => {
    const { bytes } = await write(sampleDocument());
    const faces = embeddedFaces(bytes);
    expect(faces).toHaveLength(4);
    const codePoints = (text: string) => [...text].map((c) => c.codePointAt(0)!);
    for (const face of faces) {
      // The draft's own text, a Vietnamese name included (outside the editing set).
      for (const c of codePoints('Nguyễn Peña Ó Briain “§”')) expect(face.unicodes).toContain(c);
      // What counsel may type in Word: Spanish, currency, math, dashes.
      for (const c of codePoints('¿ñÑáéíóúü€£≤≥±–—…™')) expect(face.unicodes).toContain(c);
      // Scripts neither the draft nor the editing set uses are dropped (the whole face has them).
      for (const c of codePoints('αβЖ')) expect(face.unicodes).not.toContain(c);
      expect(face.size).toBeLessThan(120_000);
    }
    // The whole faces are 1.08 MB; subset and deflated, the file is a fraction of it.
    expect(bytes.length).toBeLessThan(250_000);
  });

  it('should keep a script the draft uses, and give the same bytes for the same draft', async () => {
    const doc = sampleDocument();
    doc.blocks.push({ type: 'paragraph', content: [{ type: 'text', value: 'Ελένη Παπαδοπούλου' }] });
    const first = await write(doc);
    const faces = embeddedFaces(first.bytes);
    for (const face of faces) for (const c of 'Ελένη') expect(face.unicodes).toContain(c.codePointAt(0));
    expect(Buffer.from((await write(doc)).bytes).equals(Buffer.from(first.bytes))).toBe(true);
  });
});

describe('the characters a Word face keeps beyond the editing set', () => {
  it('should find each character of an XML part above ASCII and outside the editing ranges, once, in order', () => {
    const parts = {
      'word/document.xml': strToU8('a~\u007f\u009f\u00a0\u024f\u0250\u02af\u02b0 Ω😀 \u2264\ufb06\ufb07 Ω'),
      'word/_rels/document.xml.rels': strToU8('\u0416'),
      'word/fonts/font1.odttf': strToU8('\u4e2d'),
    };
    expect(extraCharacters(parts)).toEqual([0x7f, 0x9f, 0x250, 0x2af, 0x3a9, 0x416, 0xfb07, 0x1f600]);
  });
});
