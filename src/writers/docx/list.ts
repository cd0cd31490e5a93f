import { Paragraph, type FileChild } from 'docx';
import type { List } from '../../ast/types.js';
import { listStep, numberingRefs } from './numbering.js';
import type { RenderContext } from './render-context.js';
import { isTable } from './keep-with-next.js';
import { renderInlines } from './render-inlines.js';

/** Space after a list item other than the last, in twips: the PDF's 3 pt. */
const listItemGap = 60;

/**
 * A bulleted or lettered list. The marker hangs one step in from the surrounding text; an item's
 * later blocks line up with its first line. Word lists have levels 0..2 here; deeper nesting
 * reuses the last level's marker.
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
  return node.items.flatMap((item, i) => {
    const [first, ...rest] = item;
    const content = first?.type === 'paragraph' ? first.content : [];
    const after = first?.type === 'paragraph' ? rest : item;
    // Only the last item's last paragraph can come right before what the list keeps with.
    const keepWithNext = i === node.items.length - 1 && ctx.keepWithNext;
    const keepNext = after[0] ? isTable(after[0]) : keepWithNext;
    // Items sit closer together than paragraphs (3 pt, as in the PDF); the last keeps the body gap.
    const closeUp = after.length === 0 && i < node.items.length - 1;
    const marker = new Paragraph({
      style: ctx.paragraphStyle,
      ...(keepNext ? { keepNext: true } : {}),
      ...(closeUp ? { spacing: { after: listItemGap } } : {}),
      numbering: { reference, level, instance },
      indent: { left: textIndent, hanging: listStep },
      children: renderInlines(content, ctx.warnings),
    });
    return [marker, ...ctx.render(after, { ...inner, keepWithNext })];
  });
}
