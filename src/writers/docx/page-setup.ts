import type { WriteOptions } from '../types.js';

/** Page geometry in twips (1/1440 inch), the unit Word's section properties use. */
export interface PageSetup {
  width: number;
  height: number;
  margin: number;
  /** The width between the margins: what tables and right tab stops span. */
  textWidth: number;
}

const INCH = 1440;

/**
 * US Letter or A4, with 1-inch margins (the usual for a draft that counsel will mark up), or
 * half-inch margins for a form the public fills in (the PDF's).
 */
export function pageSetup(paper: WriteOptions['paper'], form = false): PageSetup {
  // A4 is 210 x 297 mm; 1 mm = 56.7 twips.
  const [width, height] = paper === 'a4' ? [11906, 16838] : [8.5 * INCH, 11 * INCH];
  const margin = form ? INCH / 2 : INCH;
  return { width, height, margin, textWidth: width - 2 * margin };
}
