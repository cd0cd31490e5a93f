import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { describe, expect, it } from 'vitest';
import { loadFonts } from '../../src/writers/pdf/fonts.js';
import { createMeasurer } from '../../src/writers/pdf/measure.js';
import { writePdf } from '../../src/writers/pdf/write-pdf.js';
import { docWith, text } from './helpers.js';

const options = { paper: 'letter' as const, lineNumbers: false, fallbackFonts: [] };
const words = 'AVATAR WAVE Tyvek';

/** pdf.js's width of the text item that reads `words` (its glyph widths plus TJ adjustments). */
async function paintedWidth(bytes: Uint8Array): Promise<number> {
  const pdf = await getDocument({ data: bytes.slice(), verbosity: 0 }).promise;
  const content = await (await pdf.getPage(1)).getTextContent();
  const item = content.items.find((i) => 'str' in i && i.str === words);
  if (!item || !('width' in item)) throw new Error(`no text item reads "${words}"`);
  return item.width;
}

describe('kerning', () => {
  const measurer = createMeasurer(loadFonts([]));
  const shaper = loadFonts([]).faces.regular.shaper;
  const nominal = (value: string) => {
    const shape = shaper.shape(value);
    return (
      (Array.from(shape.glyphs, (g) => shaper.nominalAdvance(g)).reduce((a, b) => a + b, 0) * 11) /
      shaper.unitsPerEm
    );
  };

  it('should measure words with the font kerning pairs applied', () => {
    // "AV", "VA", "WA" and "Ty" are kerned tighter in Source Serif.
    expect(measurer.width(words, 'regular', 11)).toBeLessThan(nominal(words) - 1);
  });

  it('should paint the kerned width that layout measured', async () => {
    const { bytes } = await writePdf(docWith([{ type: 'paragraph', content: [text(words)] }]), options);
    const width = await paintedWidth(bytes);
    // Layout measures each word and each space on its own; the painter draws those same shapes.
    const measured = words.split(/( )/).reduce((sum, piece) => sum + measurer.width(piece, 'regular', 11), 0);
    expect(width).toBeCloseTo(measured, 1);
    expect(width).toBeLessThan(nominal(words) - 1);
  });
});
