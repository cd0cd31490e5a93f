import type { Inline, Table } from '../../ast/types.js';
import { flattenInlines, type Segment } from './inline-segments.js';
import type { Frame } from './layout-blocks.js';
import type { FlowItem, Line, Rect } from './layout-types.js';
import { layoutStyle } from './layout-style.js';
import { faceOf } from './line-break.js';
import { setParagraph, type LayoutContext } from './set-paragraph.js';

const { size, leading, padX, padY } = layoutStyle.table;

/** Column widths: proportional to each column's natural width, never below its longest word. */
function columnWidths(cells: Segment[][][], width: number, context: LayoutContext): number[] {
  const columns = cells[0]?.length ?? 0;
  const natural = new Array<number>(columns).fill(1);
  const longest = new Array<number>(columns).fill(0);
  for (const row of cells) {
    row.forEach((segments, column) => {
      let line = 0;
      for (const segment of segments) {
        for (const word of segment.text.split(/\s+/)) {
          const w = context.measurer.width(word, faceOf(segment), size);
          longest[column] = Math.max(longest[column] as number, w + 2 * padX);
          line += w + context.measurer.width(' ', faceOf(segment), size);
        }
      }
      natural[column] = Math.max(natural[column] as number, line + 2 * padX);
    });
  }
  const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
  if (sum(natural) <= width) return natural.map((n) => (n * width) / sum(natural));
  // Too wide: every column gets its longest word, the rest goes where text is longest.
  const spare = width - sum(longest);
  if (spare <= 0) return longest.map((n) => (n * width) / sum(longest));
  const wants = natural.map((n, i) => n - (longest[i] as number));
  return longest.map((n, i) => n + (spare * (wants[i] as number)) / (sum(wants) || 1));
}

function row(
  cells: Segment[][],
  widths: number[],
  frame: Frame,
  path: string,
  context: LayoutContext,
  header: boolean,
): FlowItem {
  const lines: Line[] = [];
  const rects: Rect[] = [];
  let x = frame.x;
  let height = 0;
  const placed: { x: number; width: number }[] = [];
  cells.forEach((segments, column) => {
    const width = widths[column] as number;
    const items = setParagraph(segments, context, {
      path: `${path}[${column}]`,
      x: x + padX,
      width: width - 2 * padX,
      size,
      leading,
      justify: false,
      keepWithNext: false,
    });
    items.forEach((item, index) => {
      for (const line of item.lines) lines.push({ ...line, y: line.y + padY + index * leading });
      for (const rect of item.rects) rects.push({ ...rect, y: rect.y + padY + index * leading });
    });
    height = Math.max(height, items.length * leading + 2 * padY);
    placed.push({ x, width });
    x += width;
  });
  const border = { stroke: layoutStyle.colors.rule, lineWidth: 0.5 };
  const cellsRects: Rect[] = placed.map((cell) => ({
    ...cell,
    y: 0,
    height,
    ...border,
    ...(header ? { fill: layoutStyle.colors.tableHeader } : {}),
  }));
  return { height, lines, rects: [...cellsRects, ...rects], keepWithNext: header };
}

/** A table as one flow item per row; rows never split, the header row repeats on each page. */
export function layoutTable(table: Table, frame: Frame, context: LayoutContext): FlowItem[] {
  const toSegments = (cells: Inline[][], bold: boolean) =>
    cells.map((cell) => flattenInlines(cell, { bold, italic: false }));
  const header = toSegments(table.header, true);
  const body = table.rows.map((cells) => toSegments(cells, false));
  const widths = columnWidths([header, ...body], frame.width, context);
  const headerItem = row(header, widths, frame, `${frame.path}.header`, context, true);
  const rows = body.map((cells, index) => {
    const item = row(cells, widths, frame, `${frame.path}.rows[${index}]`, context, false);
    item.repeatHeader = headerItem;
    return item;
  });
  return [
    {
      height: layoutStyle.table.gapBefore,
      lines: [],
      rects: [],
      keepWithNext: false,
      discardable: true,
      keepWithPrevious: true,
    },
    headerItem,
    ...rows,
  ];
}
