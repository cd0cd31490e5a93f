import {
  BorderStyle,
  LineRuleType,
  Paragraph,
  ShadingType,
  Table as DocxTable,
  TableCell,
  TableRow,
  WidthType,
} from 'docx';
import type { Inline, Table } from '../../ast/types.js';
import { columnWidths } from './column-widths.js';
import type { RenderContext } from './render-context.js';
import { renderInlines } from './render-inlines.js';
import { styleIds, tableTextSize } from './styles.js';

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

/** A table with at most this many body rows is kept on one page, like a figure. */
export const keepWholeRows = 8;

/**
 * A ruled table whose header row repeats on every page it runs onto. Columns share the width
 * between the text indent and the right margin in proportion to their text, each at least as
 * wide as its longest word; Word wraps text inside cells. A short table stays on one page.
 */
export function renderTable(node: Table, ctx: RenderContext): (DocxTable | Paragraph)[] {
  const columns = Math.max(node.header.length, ...node.rows.map((row) => row.length), 1);
  const compact = columns >= compactColumns;
  const style = compact ? styleIds.tableTextCompact : styleIds.tableText;
  const size = compact ? tableTextSize.compact : tableTextSize.normal;
  const widths = columnWidths(node.header, node.rows, columns, ctx.textWidth - ctx.indent, size);
  const keepWhole = node.rows.length <= keepWholeRows;
  const row = (cells: Inline[][], header: boolean, keepNext: boolean) =>
    new TableRow({
      tableHeader: header,
      cantSplit: true,
      children: widths.map((width, i) => cell(cells[i] ?? [], { header, keepNext, width, style }, ctx)),
    });
  const last = node.rows.length - 1;
  return [
    new DocxTable({
      width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
      columnWidths: widths,
      ...(ctx.indent > 0 ? { indent: { size: ctx.indent, type: WidthType.DXA } } : {}),
      borders,
      rows: [
        row(node.header, true, true),
        ...node.rows.map((cells, i) => row(cells, false, keepWhole && i < last)),
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

function cell(content: Inline[], layout: CellLayout, ctx: RenderContext): TableCell {
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
    ],
  });
}
