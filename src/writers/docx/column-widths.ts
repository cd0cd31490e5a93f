import type { Inline } from '../../ast/types.js';
import { flattenInlines } from '../pdf/inline-segments.js';
import { tableColumnWidths } from '../pdf/layout-table.js';
import { bodyMeasurer } from './body-measurer.js';

/** Left plus right cell margin (twips) that table.ts gives every cell: the PDF's 5 pt each side. */
export const cellMargins = 200;

/**
 * Column widths (twips) that add up to `total`: the PDF's, measured in the same face, so that
 * a cell wraps at the same words in both (each column at least its longest word, the rest shared
 * by how much more text each column has). `header` cells count as bold. The same table always
 * gets the same widths.
 */
export function columnWidths(
  header: Inline[][],
  rows: Inline[][][],
  columns: number,
  total: number,
): number[] {
  const cells = [header, ...rows].map((row, index) =>
    Array.from({ length: columns }, (_, column) =>
      flattenInlines(row[column] ?? [], { bold: index === 0, italic: false }),
    ),
  );
  const points = tableColumnWidths(cells, total / 20, bodyMeasurer());
  const rounded = points.map((width) => Math.floor(width * 20));
  // What flooring lost goes to the widest column, so the grid fills the width exactly.
  const widest = rounded.indexOf(Math.max(...rounded));
  rounded[widest] = (rounded[widest] as number) + total - rounded.reduce((a, b) => a + b, 0);
  return rounded;
}
