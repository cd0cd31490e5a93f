import type { Block, List } from '../../ast/types.js';
import { flattenInlines, plainText, type Segment } from './inline-segments.js';
import type { BoxSpec, FlowItem } from './layout-types.js';
import { layoutSignatures } from './layout-signatures.js';
import { layoutTable } from './layout-table.js';
import { gap, setParagraph, type LayoutContext } from './set-paragraph.js';

/** Where a block goes: its path in the AST and its horizontal frame from the left margin. */
export interface Frame {
  path: string;
  x: number;
  width: number;
  /** The frame clause labels are indented from (the body, also inside nested clauses). */
  clauseX: number;
  /** Set in the smaller size (inside notes). */
  small?: boolean;
}

type Handler<T extends Block> = (block: T, frame: Frame, context: LayoutContext) => FlowItem[];

const plain = { bold: false, italic: false };

function bodyText(frame: Frame, context: LayoutContext) {
  return frame.small ? context.style.small : context.style.body;
}

const handlers: { [K in Block['type']]: Handler<Extract<Block, { type: K }>> } = {
  heading(block, frame, context) {
    const style = context.style.headings[block.level];
    const items = setParagraph(
      flattenInlines(block.content, { bold: true, italic: block.level === 3 }),
      context,
      {
        path: `${frame.path}.content`,
        x: frame.x,
        width: frame.width,
        size: style.size,
        leading: style.leading,
        justify: false,
        center: block.level === 1,
        keepWithNext: true,
        keepTogether: true,
        balance: true,
      },
    );
    const first = items[0];
    if (first) first.anchor = { path: frame.path, title: plainText(block.content), level: block.level };
    return [gap(style.before), ...items, gap(style.after, true)];
  },

  clause(block, frame, context) {
    const indent = context.style.clauseIndent[block.level];
    const heading = block.level === 1;
    const size = heading ? context.style.clauseHeading.size : bodyText(frame, context).size;
    const face = heading ? 'bold' : 'regular';
    const x = frame.clauseX + indent.text;
    const items = setParagraph(flattenInlines(block.content, { bold: heading, italic: false }), context, {
      path: `${frame.path}.content`,
      x,
      width: frame.width - (x - frame.x),
      size,
      leading: heading ? context.style.clauseHeading.leading : bodyText(frame, context).leading,
      justify: !heading && context.justify,
      label: { text: heading ? `${block.number}.` : block.number, x: frame.clauseX + indent.label, face },
      keepWithNext: heading,
      keepTogether: heading,
      balance: heading,
    });
    const first = items[0];
    if (first && heading)
      first.anchor = { path: frame.path, title: `${block.number}. ${plainText(block.content)}`, level: 2 };
    // A clause that introduces a list of its own ("…to:") stays with its first item.
    const lastLine = items.at(-1);
    if (lastLine && block.children[0]?.type === 'list') lastLine.keepWithNext = true;
    const before = heading ? [gap(context.style.clauseHeading.before)] : [];
    const after = heading ? gap(context.style.clauseHeading.after, true) : gap(bodyText(frame, context).gap);
    const children = layoutFlow(
      block.children,
      { ...frame, path: `${frame.path}.children`, x, width: frame.width - (x - frame.x) },
      context,
    );
    return [...before, ...items, after, ...children];
  },

  paragraph(block, frame, context) {
    const text = bodyText(frame, context);
    return [
      ...setParagraph(flattenInlines(block.content, plain), context, {
        path: `${frame.path}.content`,
        x: frame.x,
        width: frame.width,
        size: text.size,
        leading: text.leading,
        justify: context.justify,
        keepWithNext: false,
      }),
      gap(text.gap),
    ];
  },

  list(block, frame, context) {
    const items = (block.checkbox && twoColumns(block, frame, context)) || listItems(block, frame, context);
    const last = items.at(-1);
    if (last?.discardable) last.height = bodyText(frame, context).gap;
    return items;
  },

  table: (block, frame, context) => [...layoutTable(block, frame, context), gap(context.style.body.gap)],

  signatureBlock: (block, frame, context) => [
    gap(context.style.signature.partyGap / 2),
    ...layoutSignatures(block, frame, context),
    gap(context.style.body.gap),
  ],

  drafterNote(block, frame, context) {
    const box: BoxSpec = {
      x: frame.x,
      width: frame.width,
      fill: context.style.colors.noteFill,
      bar: context.style.colors.noteBar,
    };
    const { padX, padY } = context.style.box;
    const segments: Segment[] = [
      { text: 'Drafter\u2019s note: ', bold: true, italic: true, highlight: false },
      ...flattenInlines(block.content, { bold: false, italic: true }),
    ];
    const lines = setParagraph(segments, context, {
      path: `${frame.path}.content`,
      x: frame.x + padX,
      width: frame.width - 2 * padX,
      size: context.style.small.size,
      leading: context.style.small.leading,
      justify: false,
      keepWithNext: true,
      keepTogether: true,
    });
    return boxed([...lines], box, padY, context);
  },

  notice(block, frame, context) {
    const box: BoxSpec = {
      x: frame.x,
      width: frame.width,
      fill: context.style.colors.noticeFill,
      stroke: context.style.colors.noticeStroke,
    };
    const { padX, padY } = context.style.box;
    const inner = layoutFlow(
      block.content,
      { ...frame, path: `${frame.path}.content`, x: frame.x + padX, width: frame.width - 2 * padX },
      context,
    );
    while (inner.at(-1)?.discardable) inner.pop();
    for (const item of inner) item.keepWithNext = true;
    return boxed(inner, box, padY, context);
  },

  pageBreak: () => [{ height: 0, lines: [], rects: [], keepWithNext: false, pageBreak: true }],
};

/** Each item of a list under the last, its marker hanging in the margin of its first line. */
function listItems(block: List, frame: Frame, context: LayoutContext): FlowItem[] {
  const { label, text, itemGap } = context.style.list;
  const items: FlowItem[] = [];
  block.items.forEach((item, index) => {
    const path = `${frame.path}.items[${index}]`;
    const flow = layoutFlow(item, { ...frame, path, x: frame.x + text, width: frame.width - text }, context);
    const first = flow.find((f) => f.lines.length > 0)?.lines[0];
    const size = bodyText(frame, context).size;
    const mark = block.ordered ? `${index + 1}.` : block.checkbox ? '\u2610' : '\u2022';
    if (first) {
      const width = context.measurer.width(mark, 'regular', size);
      first.runs.unshift({
        kind: 'text',
        x: frame.x + label,
        text: mark,
        font: 'regular',
        size,
        width,
        wordSpace: 0,
        role: 'label',
      });
    }
    // Items sit closer together than paragraphs.
    const last = flow.at(-1);
    if (last?.discardable) last.height = itemGap;
    // The last item never opens a page alone (a one-bullet Open Items page): the one before keeps with it.
    if (index === block.items.length - 2) {
      const end = flow.filter((f) => !f.discardable).at(-1);
      if (end) end.keepWithNext = true;
    }
    items.push(...flow);
  });
  return items;
}

/**
 * A form's checkbox list in two columns, read across (item 1 left, item 2 right, ...): an item
 * that does not fit on one line of a column (a long write-in line) takes a row of its own, full
 * width, in its place. Null when fewer than two items fit a column.
 */
function twoColumns(block: List, frame: Frame, context: LayoutContext): FlowItem[] | null {
  if (!context.form || block.items.length < 2) return null;
  const { columnGap, itemGap } = context.style.list;
  const half = (frame.width - columnGap) / 2;
  // One item laid out alone in `itemFrame`, its lines given the item's own path.
  const single = (index: number, itemFrame: Frame): FlowItem[] => {
    const item = block.items[index] as Block[];
    const flow = listItems({ ...block, items: [item] }, itemFrame, context).filter((f) => !f.discardable);
    const from = `${frame.path}.items[0]`;
    for (const f of flow)
      for (const line of f.lines) line.path = line.path.replace(from, `${frame.path}.items[${index}]`);
    return flow;
  };
  const rows: FlowItem[] = [];
  let open: FlowItem | null = null;
  let fitted = 0;
  const close = () => {
    if (open) rows.push(open, gap(itemGap));
    open = null;
  };
  block.items.forEach((_, index) => {
    const column = open ? 1 : 0;
    const cell = single(index, { ...frame, x: frame.x + column * (half + columnGap), width: half });
    if (cell.length === 1) {
      fitted++;
      const one = cell[0] as FlowItem;
      if (!open) open = one;
      else {
        open = {
          ...open,
          height: Math.max(open.height, one.height),
          lines: [...open.lines, ...one.lines],
          rects: [...open.rects, ...one.rects],
        };
        close();
      }
      return;
    }
    close();
    for (const item of single(index, frame)) rows.push(item);
    rows.push(gap(itemGap));
  });
  close();
  return fitted >= 2 ? rows : null;
}

/** Frames items in a shaded box with vertical padding, then the normal gap after it. */
function boxed(items: FlowItem[], box: BoxSpec, pad: number, context: LayoutContext): FlowItem[] {
  const padding = (): FlowItem => ({ height: pad, lines: [], rects: [], keepWithNext: true, box });
  for (const item of items) item.box = box;
  const closing = padding();
  closing.keepWithNext = false;
  return [padding(), ...items, closing, gap(context.style.body.gap)];
}

/** Lays out blocks in reading order into flow items. */
export function layoutFlow(blocks: readonly Block[], frame: Frame, context: LayoutContext): FlowItem[] {
  return blocks.flatMap((block, index) => {
    const handler = handlers[block.type] as Handler<Block> | undefined;
    if (!handler) throw new Error(`Cannot handle unknown block \`${(block as { type: string }).type}\``);
    const items = handler(block, { ...frame, path: `${frame.path}[${index}]` }, context);
    // A paragraph that introduces a list ("…as follows:") stays whole with its first item, as a
    // keep-with-next paragraph does in Word and LibreOffice; in a form, so does a lead-in ending
    // with a colon, and a run of fill-in lines (signature, name, authority) stays on one page.
    const text = (b: Block | undefined) => (b?.type === 'paragraph' ? plainText(b.content) : '');
    const introduces = context.form && /:\s*$/.test(text(block));
    const fillIns = context.form && text(block).includes('___') && text(blocks[index + 1]).includes('___');
    if (block.type === 'paragraph' && (blocks[index + 1]?.type === 'list' || introduces || fillIns))
      for (const item of items) if (item.lines.length > 0) item.keepWithNext = true;
    return items;
  });
}
