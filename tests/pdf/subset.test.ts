import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { fontkitAdapter } from '../../src/writers/pdf/fontkit-adapter.js';
import { loadFonts, type Face } from '../../src/writers/pdf/fonts.js';
import { rasterize } from './helpers.js';

const sample = 'Nguyễn Peña Ó Briain ắẩẫậ ơờở ưừử fi “§”';

/** One line of `sample` in `face`, with the font subset or embedded whole. */
async function line(face: Face, subset: boolean): Promise<Uint8Array> {
  const pdf = await PDFDocument.create({ updateMetadata: false });
  pdf.registerFontkit(fontkitAdapter);
  const font = await pdf.embedFont(loadFonts([]).faces[face].bytes, { subset });
  pdf.addPage([600, 80]).drawText(sample, { x: 10, y: 30, size: 26, font });
  return pdf.save();
}

// @pdf-lib/fontkit 1.1.1 subsets into fonts that still extract as text but draw wrong glyphs;
// only pixels show it. The whole font embedded is the reference.
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
});
