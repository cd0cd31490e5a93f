import type { Inline, Signatory, SignatureBlock } from '../../ast/types.js';
import { flattenInlines, type Segment } from './inline-segments.js';
import type { Frame } from './layout-blocks.js';
import type { FlowItem, Line, Rect } from './layout-types.js';
import { layoutStyle } from './layout-style.js';
import { setParagraph, type LayoutContext } from './set-paragraph.js';

const { size } = layoutStyle.body;
const leading = 18;
const { columnGap, signingSpace, partyGap } = layoutStyle.signature;

/** One party's column: organization, a signing space, then By / Name / Title / Date lines. */
function party(signatory: Signatory, x: number, width: number, path: string, context: LayoutContext) {
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
  y += signingSpace;
  add([{ text: 'By:', bold: false, italic: false, highlight: false }], `${path}.signature`, true);
  add(labelled('Name', signatory.name), `${path}.name`);
  add(labelled('Title', signatory.title), `${path}.title`);
  add([{ text: 'Date:', bold: false, italic: false, highlight: false }], `${path}.date`, true);
  return { lines, rects, height: y };
}

/** Signature blocks two parties to a row; the rows are kept together on one page. */
export function layoutSignatures(block: SignatureBlock, frame: Frame, context: LayoutContext): FlowItem[] {
  const width = (frame.width - columnGap) / 2;
  const items: FlowItem[] = [];
  for (let i = 0; i < block.parties.length; i += 2) {
    const pair = block.parties
      .slice(i, i + 2)
      .map((signatory, column) =>
        party(
          signatory,
          frame.x + column * (width + columnGap),
          width,
          `${frame.path}.parties[${i + column}]`,
          context,
        ),
      );
    const lines = pair.flatMap((p) => p.lines);
    const rects = pair.flatMap((p) => p.rects);
    const height = Math.max(...pair.map((p) => p.height)) + (i + 2 < block.parties.length ? partyGap : 0);
    items.push({ height, lines, rects, keepWithNext: true });
  }
  const last = items.at(-1);
  if (last) last.keepWithNext = false;
  return items;
}
