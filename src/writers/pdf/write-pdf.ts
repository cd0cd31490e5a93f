import type { WriteDocument } from '../types.js';
import { loadFonts } from './fonts.js';
import { layoutDocument } from './layout.js';
import { createMeasurer } from './measure.js';
import { renderPdf } from './render-pdf.js';

/** Writes a Document as a typeset PDF draft: pure layout, then painting with pdf-lib. */
export const writePdf: WriteDocument = async (doc, options) => {
  const fonts = loadFonts(options.fallbackFonts);
  const layout = layoutDocument(doc, options, createMeasurer(fonts));
  return { bytes: await renderPdf(doc, layout, fonts), warnings: layout.warnings };
};
