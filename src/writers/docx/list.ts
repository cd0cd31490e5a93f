import { Paragraph, Tab, TabStopType, TextRun, type FileChild } from 'docx';
import type { Block, Inline, List } from '../../ast/types.js';
import { plainText } from '../../ast/plain-text.js';
import { fillInStops } from './fill-in-lines.js';
import { checkboxRows, columnGap } from './form-columns.js';
import { listStep, numberingRefs } from './numbering.js';
import type { RenderContext } from './render-context.js';
import { isTable } from './keep-with-next.js';
import { renderInlines } from './render-inlines.js';

/** Space after a list item other than the last, in twips: the PDF's 3 pt, and 1 pt in a form. */
const listItemGap = 60;
const formItemGap = 20;

/**
 * A bulleted or lettered list. The marker hangs one step in from the surrounding text; an item's
 * later blocks line up with its first line. Word lists have levels 0..2 here; deeper nesting
 * reuses the last level's marker. A form's short checkbox choices sit two to a row, as in the PDF.
 */
export function renderList(node: List, ctx: RenderContext): FileChild[] {
  const level = Math.min(ctx.listDepth, 2);
  const reference = node.ordered
    ? numberingRefs.ordered
    : node.checkbox
      ? numberingRefs.checkboxes
      : numberingRefs.bullets;
  const instance = node.ordered ? ++ctx.orderedLists.count : 0;
  const textIndent = ctx.indent + listStep * (level + 1);
  const inner: RenderContext = { ...ctx, indent: textIndent, listDepth: ctx.listDepth + 1 };
  const form = ctx.meta.kind === 'form';
  const size = ctx.meta.bodySize ?? 10;
  const firstContent = (item: Block[]): Inline[] => (item[0]?.type === 'paragraph' ? item[0].content : []);
  const marker = (content: Inline[], keepNext: boolean, closeUp: boolean, beside: Inline[] | null) => {
    const stops = form && !beside ? fillInStops(content, size, textIndent, ctx.textWidth) : null;
    const column = ctx.indent + (ctx.textWidth - ctx.indent + columnGap) / 2;
    return new Paragraph({
      style: ctx.paragraphStyle,
      ...(keepNext ? { keepNext: true } : {}),
      ...(ctx.keepTogether ? { keepLines: true } : {}),
      ...(closeUp ? { spacing: { after: form ? formItemGap : listItemGap } } : {}),
      numbering: { reference, level, instance },
      indent: { left: textIndent, hanging: listStep },
      ...(stops ? { tabStops: stops } : {}),
      // The right-hand choice: its box at the column, its words one list step in, as on the left.
      ...(beside
        ? {
            tabStops: [
              { type: TabStopType.LEFT, position: Math.round(column) },
              { type: TabStopType.LEFT, position: Math.round(column) + listStep },
            ],
          }
        : {}),
      children: [
        ...renderInlines(content, ctx.warnings, {}, stops !== null),
        ...(beside
          ? [
              new TextRun({ children: [new Tab(), '\u2610', new Tab()] }),
              ...renderInlines(beside, ctx.warnings),
            ]
          : []),
      ],
    });
  };
  // Two to a row only where every item is a single paragraph, as the PDF's columns are.
  const paired =
    form && node.checkbox && node.items.every((item) => item.length === 1 && item[0]?.type === 'paragraph');
  if (paired) {
    const half = (ctx.textWidth - ctx.indent - columnGap) / 2;
    const rows = checkboxRows(
      node.items.map((item) => plainText(firstContent(item))),
      size,
      half - listStep * (level + 1) - 60,
    );
    return rows.map((row, r) => {
      const last = r === rows.length - 1;
      const [a, b] = row.map((i) => firstContent(node.items[i] as Block[]));
      // In a run kept on one page (ctx.keepTogether), every row keeps with the next.
      return marker(a as Inline[], last ? ctx.keepWithNext : ctx.keepTogether, !last, b ?? null);
    });
  }
  return node.items.flatMap((item, i) => {
    const [first, ...rest] = item;
    const content = first?.type === 'paragraph' ? first.content : [];
    const after = first?.type === 'paragraph' ? rest : item;
    // Only the last item's last paragraph can come right before what the list keeps with.
    // In a run kept on one page, every item keeps with the next as well.
    const keepWithNext = i === node.items.length - 1 ? ctx.keepWithNext : ctx.keepTogether;
    const keepNext = after[0] ? isTable(after[0]) || ctx.keepTogether : keepWithNext;
    // Items sit closer together than paragraphs (3 pt, as in the PDF); the last keeps the body gap.
    const closeUp = after.length === 0 && i < node.items.length - 1;
    return [marker(content, keepNext, closeUp, null), ...ctx.render(after, { ...inner, keepWithNext })];
  });
}
