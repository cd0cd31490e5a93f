import { keepsTableWhole } from '../keep-table.js';
import type { Inline, Table, TableChart } from '../../ast/types.js';
import { shareColumns } from '../share-columns.js';
import { flattenInlines, type Segment } from './inline-segments.js';
import type { Frame } from './layout-blocks.js';
import type { FlowItem, Line, Rect } from './layout-types.js';
import { layoutStyle } from './layout-style.js';
import type { Measurer } from './measure.js';
import { faceOf } from './line-break.js';
import { setParagraph, type LayoutContext } from './set-paragraph.js';

const { size, leading, padX, padY } = layoutStyle.table;

/**
 * The pieces of a cell's text that a line may not break inside: words, and an e-mail address or
 * a path cut where softSplit may break it (before @ and dots, after slashes and hyphens).
 */
function unbreakable(text: string): string[] {
  return text
    .split(/[\s\n]+/)
    .flatMap((word) => (word.includes('@') ? word.split(/(?=[@.])/) : word.split(/(?<=[/-])/)));
}

/**
 * Column widths (points) sized from the content, as browsers size automatic tables: each column
 * at least its longest unbreakable piece, the rest shared in proportion to how much more each
 * one wants. The Word writer sizes its columns with this too.
 */
export function tableColumnWidths(cells: Segment[][][], width: number, measurer: Measurer): number[] {
  const columns = cells[0]?.length ?? 0;
  const natural = new Array<number>(columns).fill(1);
  const longest = new Array<number>(columns).fill(0);
  const longestWord = new Array<number>(columns).fill(0);
  for (const row of cells) {
    row.forEach((segments, column) => {
      let line = 0;
      let widest = 0;
      for (const segment of segments) {
        const face = faceOf(segment);
        for (const word of segment.text.split(/\s+/))
          longestWord[column] = Math.max(
            longestWord[column] as number,
            measurer.width(word, face, size) + 2 * padX,
          );
        for (const piece of unbreakable(segment.text))
          longest[column] = Math.max(longest[column] as number, measurer.width(piece, face, size) + 2 * padX);
        // A hard line break starts a new line of the cell's natural width.
        segment.text.split('\n').forEach((part, index) => {
          if (index > 0) line = 0;
          line += measurer.width(part, face, size);
          widest = Math.max(widest, line);
        });
      }
      natural[column] = Math.max(natural[column] as number, widest + 2 * padX + 1);
    });
  }
  const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
  // Whole e-mail addresses and paths where the table has room for them.
  if (sum(longestWord) <= width) longest.splice(0, columns, ...longestWord);
  return shareColumns(longest, natural, width);
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
  const natural = tableColumnWidths([header, ...body], frame.width, context.measurer);
  const widths = table.chart ? widenLastColumn(natural, frame.width) : natural;
  const headerItem = row(header, widths, frame, `${frame.path}.header`, context, true);
  const rows = body.map((cells, index) => {
    const item = row(cells, widths, frame, `${frame.path}.rows[${index}]`, context, false);
    if (table.chart) addBars(item, table.chart, index, widths, frame);
    // A short table or a chart stays on one page, as in Word; a table (not a chart) may yet break
    // between rows rather than leave the page before nearly empty (paginate).
    if (keepsTableWhole(table)) {
      item.keepWithNext = index < body.length - 1;
      if (item.keepWithNext && !table.chart) item.softKeep = true;
    }
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

/** Gives a chart's bar column at least its share of the width, taken from the others in proportion. */
function widenLastColumn(widths: number[], total: number): number[] {
  const want = total * layoutStyle.chart.columnShare;
  const last = widths.length - 1;
  if ((widths[last] as number) >= want || last < 1) return widths;
  const others = total - (widths[last] as number);
  const scale = (total - want) / others;
  return widths.map((w, i) => (i === last ? want : w * scale));
}

/** Draws a chart row's bar (and the earlier value's thinner bar) under the number in its last cell. */
function addBars(item: FlowItem, chart: TableChart, index: number, widths: number[], frame: Frame): void {
  const { bar, earlierBar, gap } = layoutStyle.chart;
  const last = widths.length - 1;
  const x = frame.x + widths.slice(0, last).reduce((a, b) => a + b, 0) + padX;
  const full = (widths[last] as number) - 2 * padX;
  const earlier = chart.previous?.[index] ?? null;
  let y = item.height - padY + gap;
  const drawn: Rect[] = [];
  if (chart.previous) {
    drawn.push({ x, y, width: full, height: earlierBar, fill: layoutStyle.colors.barTrack });
    if (earlier !== null && earlier > 0) {
      drawn.push({
        x,
        y,
        width: (full * earlier) / 100,
        height: earlierBar,
        fill: layoutStyle.colors.barEarlier,
      });
    }
    y += earlierBar + gap;
  }
  const value = chart.values[index] ?? 0;
  drawn.push({ x, y, width: full, height: bar, fill: layoutStyle.colors.barTrack });
  if (value > 0) drawn.push({ x, y, width: (full * value) / 100, height: bar, fill: layoutStyle.colors.bar });
  const grow = y + bar + padY - item.height;
  item.height += grow;
  // The cell borders were drawn at the row's old height: stretch them with it.
  for (const rect of item.rects) if (rect.y === 0 && rect.stroke) rect.height += grow;
  item.rects.push(...drawn);
}
