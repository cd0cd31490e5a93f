import { Paragraph as DocxParagraph } from 'docx';
import type { Paragraph } from '../../ast/types.js';
import type { RenderContext } from './render-context.js';
import { fillInStops } from './fill-in-lines.js';
import { renderInlines } from './render-inlines.js';

/**
 * A paragraph of running text, indented to the text of the clause it belongs to. A form's lines to
 * write on are drawn as rules to tab stops, each kept on the line of its label.
 */
export function renderParagraph(node: Paragraph, ctx: RenderContext): DocxParagraph[] {
  const stops =
    ctx.meta.kind === 'form'
      ? fillInStops(node.content, ctx.meta.bodySize ?? 10, ctx.indent, ctx.textWidth)
      : null;
  return [
    new DocxParagraph({
      style: ctx.paragraphStyle,
      ...(ctx.keepWithNext ? { keepNext: true } : {}),
      ...(ctx.pageBreakBefore ? { pageBreakBefore: true } : {}),
      ...(ctx.keepTogether ? { keepLines: true } : {}),
      ...(ctx.indent > 0 ? { indent: { left: ctx.indent } } : {}),
      ...(stops ? { tabStops: stops } : {}),
      children: renderInlines(node.content, ctx.warnings, {}, stops !== null),
    }),
  ];
}
