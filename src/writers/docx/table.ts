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

/**
 * A ruled table whose header row repeats on every page it runs onto. Columns share the width
 * between the text indent and the right margin; Word wraps text inside cells.
 */
export function renderTable(node: Table, ctx: RenderContext): (DocxTable | Paragraph)[] {
  const columns = Math.max(node.header.length, ...node.rows.map((row) => row.length), 1);
  const width = ctx.textWidth - ctx.indent;
  const columnWidth = Math.floor(width / columns);
  const row = (cells: Inline[][], header: boolean) =>
    new TableRow({
      tableHeader: header,
      cantSplit: true,
      children: Array.from({ length: columns }, (_, i) => cell(cells[i] ?? [], header, columnWidth, ctx)),
    });
  return [
    new DocxTable({
      width: { size: columnWidth * columns, type: WidthType.DXA },
      columnWidths: Array.from({ length: columns }, () => columnWidth),
      ...(ctx.indent > 0 ? { indent: { size: ctx.indent, type: WidthType.DXA } } : {}),
      borders,
      rows: [row(node.header, true), ...node.rows.map((cells) => row(cells, false))],
    }),
    // Word has no space-after for tables; a short empty paragraph keeps the next text off the rule.
    new Paragraph({ spacing: { before: 0, after: 0, line: 160, lineRule: LineRuleType.EXACT } }),
  ];
}

function cell(content: Inline[], header: boolean, width: number, ctx: RenderContext): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    margins: { left: 100, right: 100 },
    ...(header ? { shading: { type: ShadingType.CLEAR, color: 'auto', fill: 'D9D9D9' } } : {}),
    children: [
      new Paragraph({
        style: styleIds.tableText,
        ...(header ? { keepNext: true } : {}),
        children: renderInlines(content, ctx.warnings, header ? { bold: true } : {}),
      }),
    ],
  });
}
