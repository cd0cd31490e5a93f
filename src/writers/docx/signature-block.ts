import {
  AlignmentType,
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
import { partiesPerRow } from '../signature-columns.js';
import { layoutStyle } from '../pdf/layout-style.js';

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
 * Signature lines for each party, side by side in a borderless table, two (or for many parties
 * three) to a row as in the PDF. A row cannot split across pages, and each row keeps with the
 * next, so the block stays on one page with the line that introduces it. Where the PDF captions
 * the signature page this block ends, the block ends with the same "[Signature page to …]" line.
 */
export function renderSignatureBlock(node: SignatureBlock, ctx: RenderContext): (Table | Paragraph)[] {
  const perRow = partiesPerRow(node.parties.length);
  const columnWidth = Math.floor(ctx.textWidth / perRow);
  const caption = ctx.signatureCaptions.get(node) ?? null;
  const rows: TableRow[] = [];
  for (let i = 0; i < node.parties.length; i += perRow) {
    const group = node.parties.slice(i, i + perRow);
    const lastRow = i + perRow >= node.parties.length;
    const keepNext = !lastRow || caption !== null;
    rows.push(
      new TableRow({
        cantSplit: true,
        children: Array.from({ length: perRow }, (_, j) =>
          partyCell(
            group[j],
            {
              column: j,
              of: perRow,
              width: columnWidth,
              keepNext,
              aboveCaption: lastRow && caption !== null,
            },
            ctx,
          ),
        ),
      }),
    );
  }
  const table = new Table({
    width: { size: perRow * columnWidth, type: WidthType.DXA },
    columnWidths: Array<number>(perRow).fill(columnWidth),
    borders: noBorders,
    rows,
  });
  if (caption === null) return [table];
  return [
    table,
    new Paragraph({
      style: styleIds.signature,
      alignment: AlignmentType.CENTER,
      // Small, as the PDF's caption is where it would not fit in body type, so it stays on the page.
      spacing: { before: 120 },
      children: [
        ...captionMark(node),
        new TextRun({ text: caption, italics: true, size: 2 * layoutStyle.small.size }),
      ],
    }),
  ];
}

/**
 * A redline marks a wholly inserted or deleted signature block by a cell marker (U+E005 or U+E006,
 * src/diff/track-marks.ts) before the first party's name; the caption the layout adds must then
 * carry the matching paragraph marker (U+E003 or U+E004), or it shows as untracked text.
 */
function captionMark(node: SignatureBlock): TextRun[] {
  const first = node.parties[0]?.organization[0];
  const text = first && first.type === 'text' ? first.value : '';
  if (text.startsWith('\uE005')) return [new TextRun({ text: '\uE003' })];
  if (text.startsWith('\uE006')) return [new TextRun({ text: '\uE004' })];
  return [];
}

/** Where a party's cell sits in its row, and whether the row keeps with the next. */
interface CellPlace {
  column: number;
  of: number;
  width: number;
  keepNext: boolean;
  /** The last row above a caption leaves no gap, so that the caption fits on the block's page. */
  aboveCaption: boolean;
}

function partyCell(party: Signatory | undefined, place: CellPlace, ctx: RenderContext): TableCell {
  const { column, of, width, keepNext, aboveCaption } = place;
  // The left column leaves the gutter on its right, the right column on its left, a middle one half on each side.
  const margins =
    column === 0
      ? { left: 0, right: gutter }
      : column === of - 1
        ? { left: gutter, right: 0 }
        : { left: gutter / 2, right: gutter / 2 };
  const lineEnd = width - gutter;
  const keep = keepNext ? { keepNext: true } : {};
  const labelled = (label: string, value: Inline[]) => [
    new Paragraph({
      style: styleIds.signature,
      ...keep,
      children: [new TextRun(`${label} `), ...renderInlines(value, ctx.warnings)],
    }),
  ];
  // A right tab with an underscore leader draws the line to sign on, to the column's edge.
  const ruled = (label: string, before: number, after = 0) =>
    new Paragraph({
      style: styleIds.signature,
      ...keep,
      spacing: { before, after },
      tabStops: [{ type: TabStopType.RIGHT, position: lineEnd, leader: 'underscore' }],
      children: [new TextRun({ children: [label, new Tab()] })],
    });
  const children = party
    ? [
        new Paragraph({
          style: styleIds.signature,
          ...keep,
          children: renderInlines(party.organization, ctx.warnings, { bold: true }),
        }),
        ruled('By:', 20 * layoutStyle.signature.signingSpace),
        ...labelled('Name:', party.name),
        ...labelled('Title:', party.title),
        ruled('Date:', 0, aboveCaption ? 0 : 20 * layoutStyle.signature.partyGap),
      ]
    : [new Paragraph({ style: styleIds.signature, ...keep, children: [] })];
  // Bottom-aligned, so that when one organization's name wraps, both parties' lines still align.
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    margins,
    borders: noBorders,
    verticalAlign: VerticalAlignTable.BOTTOM,
    children,
  });
}
