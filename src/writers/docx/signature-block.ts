import {
  BorderStyle,
  Paragraph,
  TabStopType,
  Tab,
  Table,
  TableCell,
  VerticalAlignTable,
  TextRun,
  TableRow,
  WidthType,
} from 'docx';
import type { Inline, SignatureBlock, Signatory } from '../../ast/types.js';
import type { RenderContext } from './render-context.js';
import { renderInlines } from './render-inlines.js';
import { styleIds } from './styles.js';

const none = { style: BorderStyle.NONE, size: 0, color: 'auto' };
const noBorders = {
  top: none,
  bottom: none,
  left: none,
  right: none,
  insideHorizontal: none,
  insideVertical: none,
};
/** Space between the two parties' columns, so one party's lines do not run into the other's. */
const gutter = 360;

/**
 * Signature lines for each party, two parties side by side per row of a borderless table. A row
 * cannot split across pages, so no party's block is torn, while a long list of parties breaks between rows.
 */
export function renderSignatureBlock(node: SignatureBlock, ctx: RenderContext): Table[] {
  const columnWidth = Math.floor(ctx.textWidth / 2);
  const rows: TableRow[] = [];
  for (let i = 0; i < node.parties.length; i += 2) {
    const pair = node.parties.slice(i, i + 2);
    rows.push(
      new TableRow({
        cantSplit: true,
        children: [0, 1].map((j) => partyCell(pair[j], j, columnWidth, ctx)),
      }),
    );
  }
  return [
    new Table({
      width: { size: 2 * columnWidth, type: WidthType.DXA },
      columnWidths: [columnWidth, columnWidth],
      borders: noBorders,
      rows,
    }),
  ];
}

function partyCell(
  party: Signatory | undefined,
  column: number,
  width: number,
  ctx: RenderContext,
): TableCell {
  // The left column leaves the gutter on its right, the right column on its left.
  const margins = column === 0 ? { left: 0, right: gutter } : { left: gutter, right: 0 };
  const lineEnd = width - gutter;
  const labelled = (label: string, value: Inline[]) => [
    new Paragraph({
      style: styleIds.signature,
      children: [new TextRun(`${label} `), ...renderInlines(value, ctx.warnings)],
    }),
  ];
  // A right tab with an underscore leader draws the line to sign on, to the column's edge.
  const ruled = (label: string, before: number, after = 60) =>
    new Paragraph({
      style: styleIds.signature,
      spacing: { before, after },
      tabStops: [{ type: TabStopType.RIGHT, position: lineEnd, leader: 'underscore' }],
      children: [new TextRun({ children: [label, new Tab()] })],
    });
  const children = party
    ? [
        new Paragraph({
          style: styleIds.signature,
          children: renderInlines(party.organization, ctx.warnings, { bold: true }),
        }),
        ruled('By:', 560),
        ...labelled('Name:', party.name),
        ...labelled('Title:', party.title),
        ruled('Date:', 200, 480),
      ]
    : [new Paragraph({ style: styleIds.signature, children: [] })];
  // Bottom-aligned, so that when one organization's name wraps, both parties' lines still align.
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    margins,
    borders: noBorders,
    verticalAlign: VerticalAlignTable.BOTTOM,
    children,
  });
}
