import type { Block } from '../../ast/types.js';
import { flattenInlines, plainText, type Segment } from './inline-segments.js';
import type { BoxSpec, FlowItem } from './layout-types.js';
import { layoutStyle } from './layout-style.js';
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
const { body, colors } = layoutStyle;

function bodyText(frame: Frame) {
  return frame.small ? layoutStyle.small : body;
}

const handlers: { [K in Block['type']]: Handler<Extract<Block, { type: K }>> } = {
  heading(block, frame, context) {
    const style = layoutStyle.headings[block.level];
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
    const indent = layoutStyle.clauseIndent[block.level];
    const heading = block.level === 1;
    const size = heading ? layoutStyle.clauseHeading.size : bodyText(frame).size;
    const face = heading ? 'bold' : 'regular';
    const x = frame.clauseX + indent.text;
    const items = setParagraph(flattenInlines(block.content, { bold: heading, italic: false }), context, {
      path: `${frame.path}.content`,
      x,
      width: frame.width - (x - frame.x),
      size,
      leading: heading ? layoutStyle.clauseHeading.leading : bodyText(frame).leading,
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
    const before = heading ? [gap(layoutStyle.clauseHeading.before)] : [];
    const after = heading ? gap(layoutStyle.clauseHeading.after, true) : gap(bodyText(frame).gap);
    const children = layoutFlow(
      block.children,
      { ...frame, path: `${frame.path}.children`, x, width: frame.width - (x - frame.x) },
      context,
    );
    return [...before, ...items, after, ...children];
  },

  paragraph(block, frame, context) {
    const text = bodyText(frame);
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
    const { label, text, itemGap } = layoutStyle.list;
    const items: FlowItem[] = [];
    block.items.forEach((item, index) => {
      const path = `${frame.path}.items[${index}]`;
      const flow = layoutFlow(
        item,
        { ...frame, path, x: frame.x + text, width: frame.width - text },
        context,
      );
      const first = flow.find((f) => f.lines.length > 0)?.lines[0];
      const size = bodyText(frame).size;
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
      items.push(...flow);
    });
    const last = items.at(-1);
    if (last?.discardable) last.height = bodyText(frame).gap;
    return items;
  },

  table: (block, frame, context) => [...layoutTable(block, frame, context), gap(body.gap)],

  signatureBlock: (block, frame, context) => [
    gap(layoutStyle.signature.partyGap / 2),
    ...layoutSignatures(block, frame, context),
    gap(body.gap),
  ],

  drafterNote(block, frame, context) {
    const box: BoxSpec = { x: frame.x, width: frame.width, fill: colors.noteFill, bar: colors.noteBar };
    const { padX, padY } = layoutStyle.box;
    const segments: Segment[] = [
      { text: 'Drafter\u2019s note: ', bold: true, italic: true, highlight: false },
      ...flattenInlines(block.content, { bold: false, italic: true }),
    ];
    const lines = setParagraph(segments, context, {
      path: `${frame.path}.content`,
      x: frame.x + padX,
      width: frame.width - 2 * padX,
      size: layoutStyle.small.size,
      leading: layoutStyle.small.leading,
      justify: false,
      keepWithNext: true,
      keepTogether: true,
    });
    return boxed([...lines], box, padY);
  },

  notice(block, frame, context) {
    const box: BoxSpec = {
      x: frame.x,
      width: frame.width,
      fill: colors.noticeFill,
      stroke: colors.noticeStroke,
    };
    const { padX, padY } = layoutStyle.box;
    const inner = layoutFlow(
      block.content,
      { ...frame, path: `${frame.path}.content`, x: frame.x + padX, width: frame.width - 2 * padX },
      context,
    );
    while (inner.at(-1)?.discardable) inner.pop();
    for (const item of inner) item.keepWithNext = true;
    return boxed(inner, box, padY);
  },

  pageBreak: () => [{ height: 0, lines: [], rects: [], keepWithNext: false, pageBreak: true }],
};

/** Frames items in a shaded box with vertical padding, then the normal gap after it. */
function boxed(items: FlowItem[], box: BoxSpec, pad: number): FlowItem[] {
  const padding = (): FlowItem => ({ height: pad, lines: [], rects: [], keepWithNext: true, box });
  for (const item of items) item.box = box;
  const closing = padding();
  closing.keepWithNext = false;
  return [padding(), ...items, closing, gap(body.gap)];
}

/** Lays out blocks in reading order into flow items. */
export function layoutFlow(blocks: readonly Block[], frame: Frame, context: LayoutContext): FlowItem[] {
  return blocks.flatMap((block, index) => {
    const handler = handlers[block.type] as Handler<Block> | undefined;
    if (!handler) throw new Error(`Cannot handle unknown block \`${(block as { type: string }).type}\``);
    const items = handler(block, { ...frame, path: `${frame.path}[${index}]` }, context);
    // A paragraph that introduces a list ("…as follows:") stays whole with its first item, as a
    // keep-with-next paragraph does in Word and LibreOffice.
    if (block.type === 'paragraph' && blocks[index + 1]?.type === 'list')
      for (const item of items) if (item.lines.length > 0) item.keepWithNext = true;
    return items;
  });
}
