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

/** US Letter or A4, both with 1-inch margins (the usual for a draft that counsel will mark up). */
export function pageSetup(paper: WriteOptions['paper']): PageSetup {
  // A4 is 210 x 297 mm; 1 mm = 56.7 twips.
  const [width, height] = paper === 'a4' ? [11906, 16838] : [8.5 * INCH, 11 * INCH];
  return { width, height, margin: INCH, textWidth: width - 2 * INCH };
}
