import { Paragraph as DocxParagraph } from 'docx';
import type { Paragraph } from '../../ast/types.js';
import type { RenderContext } from './render-context.js';
import { renderInlines } from './render-inlines.js';

/** A paragraph of running text, indented to the text of the clause it belongs to. */
export function renderParagraph(node: Paragraph, ctx: RenderContext): DocxParagraph[] {
  return [
    new DocxParagraph({
      style: ctx.paragraphStyle,
      ...(ctx.keepWithNext ? { keepNext: true } : {}),
      ...(ctx.indent > 0 ? { indent: { left: ctx.indent } } : {}),
      children: renderInlines(node.content, ctx.warnings),
    }),
  ];
}
