import type { Document } from '../../src/ast/types.js';
import type { WriteOptions } from '../../src/writers/types.js';
import { loadFonts } from '../../src/writers/pdf/fonts.js';
import { layoutDocument } from '../../src/writers/pdf/layout.js';
import { createMeasurer } from '../../src/writers/pdf/measure.js';
import { renderPdf } from '../../src/writers/pdf/render-pdf.js';

/** Timings of the pdf writer on one document, medians over `runs` after one warm-up. */
export interface PdfBench {
  pages: number;
  bytes: number;
  layoutMs: number;
  paintMs: number;
  totalMs: number;
  pagesPerSecond: number;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
}

/** Lays out and paints `doc` `runs` times in-process; for `npm run bench`. */
export async function benchPdf(
  doc: Document,
  runs = 7,
  options: Partial<WriteOptions> = {},
): Promise<PdfBench> {
  const settings = { paper: options.paper ?? 'letter', lineNumbers: options.lineNumbers ?? false };
  const fonts = loadFonts(options.fallbackFonts ?? []);
  const layoutTimes: number[] = [];
  const paintTimes: number[] = [];
  let pages = 0;
  let bytes = 0;
  for (let run = -1; run < runs; run++) {
    const start = performance.now();
    const layout = layoutDocument(doc, settings, createMeasurer(fonts));
    const laid = performance.now();
    const pdf = await renderPdf(doc, layout, fonts);
    const end = performance.now();
    if (run < 0) continue;
    layoutTimes.push(laid - start);
    paintTimes.push(end - laid);
    pages = layout.pages.length;
    bytes = pdf.length;
  }
  const layoutMs = median(layoutTimes);
  const paintMs = median(paintTimes);
  const totalMs = median(layoutTimes.map((time, index) => time + (paintTimes[index] as number)));
  return { pages, bytes, layoutMs, paintMs, totalMs, pagesPerSecond: (pages * 1000) / totalMs };
}
