import {
  PDFDocument,
  PDFOperator,
  PDFOperatorNames,
  beginText,
  endText,
  setFontAndSize,
  setTextMatrix,
} from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { embedFont } from '../../src/writers/pdf/embed-font.js';
import { loadFonts, type Face } from '../../src/writers/pdf/fonts.js';
import { GlyphEncoder } from '../../src/writers/pdf/glyph-runs.js';
import { rasterize } from './helpers.js';

const sample = 'Nguyễn Peña Ó Briain ắẩẫậ ơờở ưừử fi “§” AVAT Wa';

/** One line of `sample` in `face`, with the font subset or embedded whole. */
async function line(face: Face, subset: boolean): Promise<Uint8Array> {
  const loaded = loadFonts([]).faces[face];
  const pdf = await PDFDocument.create({ updateMetadata: false });
  const page = pdf.addPage([700, 80]);
  const encoder = new GlyphEncoder(new Map([[face, loaded.shaper]]));
  const ref = pdf.context.nextRef();
  const key = page.node.newFontDictionary('F', ref);
  page.pushOperators(
    beginText(),
    setFontAndSize(key, 26),
    setTextMatrix(1, 0, 0, 1, 10, 30),
    PDFOperator.of(PDFOperatorNames.ShowTextAdjusted, [pdf.context.obj(encoder.run(face, sample, 0))]),
    endText(),
  );
  embedFont(pdf.context, ref, loaded, encoder.fonts().get(face)!, `ABCDEF+${face}`, subset);
  return pdf.save();
}

// A subsetter can write fonts that still extract as text but draw wrong glyphs (as
// @pdf-lib/fontkit 1.1.1 did); only pixels show it. The whole font embedded is the reference.
describe('font subsetting', () => {
  for (const face of ['regular', 'bold', 'italic', 'boldItalic'] as const) {
    it(`should draw the same pixels subset as embedded whole (${face})`, async () => {
      const whole = rasterize(await line(face, false));
      const subset = rasterize(await line(face, true));
      let ink = 0;
      let differ = 0;
      whole.pixels.forEach((value, index) => {
        if (value < 128) ink++;
        if (Math.abs(value - (subset.pixels[index] as number)) > 64) differ++;
      });
      expect(ink).toBeGreaterThan(2000);
      expect(differ).toBeLessThan(ink * 0.01);
    });
  }

  it('should make the subset much smaller than the font', async () => {
    const whole = await line('regular', false);
    const subset = await line('regular', true);
    expect(subset.length).toBeLessThan(whole.length / 3);
  });
});
