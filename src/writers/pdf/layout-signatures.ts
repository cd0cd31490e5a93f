import type { Inline, Signatory, SignatureBlock } from '../../ast/types.js';
import { flattenInlines, type Segment } from './inline-segments.js';
import type { Frame } from './layout-blocks.js';
import type { FlowItem, Line, Rect } from './layout-types.js';
import { layoutStyle } from './layout-style.js';
import { partiesPerRow } from '../signature-columns.js';
import { setParagraph, type LayoutContext } from './set-paragraph.js';

const { size } = layoutStyle.body;
const { columnGap, signingSpace, partyGap, leading } = layoutStyle.signature;

/** One party's column: organization, a signing space, then By / Name / Title / Date lines. */
function party(
  signatory: Signatory,
  x: number,
  width: number,
  path: string,
  context: LayoutContext,
  organizationHeight: number,
) {
  const lines: Line[] = [];
  const rects: Rect[] = [];
  let y = 0;
  const add = (segments: Segment[], subpath: string, rule = false) => {
    const items = setParagraph(segments, context, {
      path: subpath,
      x,
      width,
      size,
      leading,
      justify: false,
      keepWithNext: true,
    });
    for (const item of items) {
      for (const line of item.lines) {
        lines.push({ ...line, y: line.y + y });
        const end = line.runs.at(-1);
        if (rule && end) {
          const from = end.x + end.width + 3;
          rects.push({
            x: from,
            y: y + line.y + 1.5,
            width: x + width - from,
            height: 0.6,
            fill: layoutStyle.colors.text,
          });
        }
      }
      for (const rect of item.rects) rects.push({ ...rect, y: rect.y + y });
      y += item.height;
    }
  };
  const labelled = (label: string, content: Inline[]): Segment[] => [
    { text: `${label}: `, bold: false, italic: false, highlight: false },
    ...flattenInlines(content, { bold: false, italic: false }),
  ];
  add(flattenInlines(signatory.organization, { bold: true, italic: false }), `${path}.organization`);
  // Parties side by side sign on one baseline, however many lines their names take.
  y = Math.max(y, organizationHeight) + signingSpace;
  add([{ text: 'By:', bold: false, italic: false, highlight: false }], `${path}.signature`, true);
  add(labelled('Name', signatory.name), `${path}.name`);
  add(labelled('Title', signatory.title), `${path}.title`);
  add([{ text: 'Date:', bold: false, italic: false, highlight: false }], `${path}.date`, true);
  return { lines, rects, height: y };
}

/** Height of a party's name set in a column of `width`. */
function organizationHeight(signatory: Signatory, width: number, context: LayoutContext): number {
  const segments = flattenInlines(signatory.organization, { bold: true, italic: false });
  const lines = setParagraph(segments, context, {
    path: '',
    x: 0,
    width,
    size,
    leading,
    justify: false,
    keepWithNext: true,
  });
  return lines.length * leading;
}

/**
 * Signature blocks, two (or, for many parties, three) to a row. The rows are kept together and
 * with the line that introduces them, so a block is never cut from its lead-in or split.
 */
export function layoutSignatures(block: SignatureBlock, frame: Frame, context: LayoutContext): FlowItem[] {
  const perRow = partiesPerRow(block.parties.length);
  const width = (frame.width - (perRow - 1) * columnGap) / perRow;
  const items: FlowItem[] = [];
  for (let i = 0; i < block.parties.length; i += perRow) {
    const row = block.parties.slice(i, i + perRow);
    const names = Math.max(...row.map((signatory) => organizationHeight(signatory, width, context)));
    const pair = row.map((signatory, column) =>
      party(
        signatory,
        frame.x + column * (width + columnGap),
        width,
        `${frame.path}.parties[${i + column}]`,
        context,
        names,
      ),
    );
    const lines = pair.flatMap((p) => p.lines);
    const rects = pair.flatMap((p) => p.rects);
    const gap = i + perRow < block.parties.length ? partyGap : 0;
    const height = Math.max(...pair.map((p) => p.height)) + gap;
    items.push({ height, lines, rects, keepWithNext: true, signatures: true });
  }
  const first = items[0];
  if (first) first.keepWithPrevious = true;
  const last = items.at(-1);
  if (last) last.keepWithNext = false;
  return items;
}
