import { pageFactsOf } from '../page-facts.js';
import type { WriteDocument } from '../types.js';
import { loadFonts } from './fonts.js';
import { layoutDocument } from './layout.js';
import { createMeasurer } from './measure.js';
import { renderPdf } from './render-pdf.js';

/** Writes a Document as a typeset PDF draft: pure layout, then painting with pdf-lib. */
export const writePdf: WriteDocument = async (doc, options) => {
  const fonts = loadFonts(options.fallbackFonts);
  const layout = layoutDocument(doc, options, createMeasurer(fonts));
  // Without fallback fonts this is the layout the Word writer makes (body face alone): hand it
  // what it needs, so the build need not lay the document out twice.
  const pageFacts = options.fallbackFonts.length === 0 ? pageFactsOf(doc, () => layout) : undefined;
  const bytes = await renderPdf(doc, layout, fonts);
  return { bytes, warnings: layout.warnings, ...(pageFacts ? { pageFacts } : {}) };
};
