import { loadFonts } from '../pdf/fonts.js';
import { createMeasurer, type Measurer } from '../pdf/measure.js';

let measurer: Measurer | null = null;

/**
 * The PDF's measurer over the body face. The Word file embeds and sets the same Source Serif 4,
 * so its table columns and running header are sized from the same widths as the PDF's.
 */
export function bodyMeasurer(): Measurer {
  measurer ??= createMeasurer(loadFonts([]));
  return measurer;
}
