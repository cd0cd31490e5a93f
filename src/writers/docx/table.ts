import { keepsTableWhole } from '../keep-table.js';
import {
  BorderStyle,
  HeightRule,
  LineRuleType,
  Paragraph,
  ShadingType,
  Table as DocxTable,
  TableCell,
  TableRow,
  WidthType,
} from 'docx';
import type { Inline, Table, TableChart } from '../../ast/types.js';
import { columnWidths } from './column-widths.js';
import type { RenderContext } from './render-context.js';
import { renderInlines } from './render-inlines.js';
import { styleIds } from './styles.js';

const line = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
const borders = {
  top: line,
  bottom: line,
  left: line,
  right: line,
  insideHorizontal: line,
  insideVertical: line,
};

/** From this many columns on, a table's text is a point smaller so that its words fit. */
export const compactColumns = 5;

/**
 * A ruled table whose header row repeats on every page it runs onto. Columns share the width
 * between the text indent and the right margin in proportion to their text, each at least as
 * wide as its longest word; Word wraps text inside cells. A short table stays on one page, unless
 * the PDF breaks it rather than leave a page nearly empty (ctx.splitTables).
 */
export function renderTable(node: Table, ctx: RenderContext): (DocxTable | Paragraph)[] {
  const columns = Math.max(node.header.length, ...node.rows.map((row) => row.length), 1);
  const compact = columns >= compactColumns;
  const style = compact ? styleIds.tableTextCompact : styleIds.tableText;
  const widths = columnWidths(node.header, node.rows, columns, ctx.textWidth - ctx.indent);
  const keepWhole = keepsTableWhole(node) && !ctx.splitTables.has(node);
  const chartWidths = node.chart ? widenLastColumn(widths) : widths;
  const row = (cells: Inline[][], header: boolean, keepNext: boolean, index = -1) =>
    new TableRow({
      tableHeader: header,
      cantSplit: true,
      children: chartWidths.map((width, i) => {
        const bars =
          node.chart && !header && i === chartWidths.length - 1 ? barsOf(node.chart, index, width) : [];
        return cell(cells[i] ?? [], { header, keepNext, width, style }, ctx, bars);
      }),
    });
  const last = node.rows.length - 1;
  return [
    new DocxTable({
      width: { size: chartWidths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
      columnWidths: chartWidths,
      ...(ctx.indent > 0 ? { indent: { size: ctx.indent, type: WidthType.DXA } } : {}),
      borders,
      rows: [
        row(node.header, true, true),
        ...node.rows.map((cells, i) => row(cells, false, keepWhole && i < last, i)),
      ],
    }),
    // Word has no space-after for tables; a short empty paragraph keeps the next text off the rule.
    new Paragraph({ spacing: { before: 0, after: 0, line: 160, lineRule: LineRuleType.EXACT } }),
  ];
}

interface CellLayout {
  header: boolean;
  /** Keeps the row with the next one (Word and LibreOffice read a cell's keepNext that way). */
  keepNext: boolean;
  width: number;
  style: string;
}

function cell(content: Inline[], layout: CellLayout, ctx: RenderContext, bars: DocxTable[] = []): TableCell {
  const { header, keepNext, width, style } = layout;
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    margins: { left: 100, right: 100 },
    ...(header ? { shading: { type: ShadingType.CLEAR, color: 'auto', fill: 'D9D9D9' } } : {}),
    children: [
      new Paragraph({
        style,
        ...(keepNext ? { keepNext: true } : {}),
        children: renderInlines(content, ctx.warnings, header ? { bold: true } : {}),
      }),
      // Word wants a paragraph after a nested table, as the cell's last element.
      ...bars.flatMap((bar) => [
        bar,
        new Paragraph({ spacing: { before: 0, after: 0, line: 60, lineRule: LineRuleType.EXACT } }),
      ]),
    ],
  });
}

/** A chart's bar column takes at least two fifths of the table, from the other columns in proportion. */
function widenLastColumn(widths: number[]): number[] {
  const total = widths.reduce((a, b) => a + b, 0);
  const want = Math.round(total * 0.4);
  const last = widths.length - 1;
  if (last < 1 || (widths[last] as number) >= want) return widths;
  const scale = (total - want) / (total - (widths[last] as number));
  const others = widths.slice(0, last).map((w) => Math.floor(w * scale));
  return [...others, total - others.reduce((a, b) => a + b, 0)];
}

const barColor = { current: '2A548C', earlier: '9EB3CC', track: 'EDEDED' };
const noBorder = { style: BorderStyle.NONE, size: 0, color: 'auto' };

/** The bars of one chart row as borderless one-row tables whose shaded cell is the value's share. */
function barsOf(chart: TableChart, index: number, cellWidth: number): DocxTable[] {
  const width = cellWidth - 200; // the cell's left and right margins
  const bar = (value: number, fill: string, height: number) => {
    const filled = Math.round((width * Math.max(0, Math.min(100, value))) / 100);
    const parts = [
      { width: filled, fill },
      { width: width - filled, fill: barColor.track },
    ].filter((p) => p.width > 0);
    return new DocxTable({
      width: { size: width, type: WidthType.DXA },
      columnWidths: parts.map((p) => p.width),
      borders: {
        top: noBorder,
        bottom: noBorder,
        left: noBorder,
        right: noBorder,
        insideHorizontal: noBorder,
        insideVertical: noBorder,
      },
      rows: [
        new TableRow({
          height: { value: height, rule: HeightRule.EXACT },
          children: parts.map(
            (p) =>
              new TableCell({
                width: { size: p.width, type: WidthType.DXA },
                margins: { top: 0, bottom: 0, left: 0, right: 0 },
                shading: { type: ShadingType.CLEAR, color: 'auto', fill: p.fill },
                children: [
                  new Paragraph({ spacing: { before: 0, after: 0, line: 20, lineRule: LineRuleType.EXACT } }),
                ],
              }),
          ),
        }),
      ],
    });
  };
  const earlier = chart.previous ? [bar(chart.previous[index] ?? 0, barColor.earlier, 80)] : [];
  return [...earlier, bar(chart.values[index] ?? 0, barColor.current, 140)];
}
