import { Paragraph as DocxParagraph } from 'docx';
import type { Paragraph } from '../../ast/types.js';
import type { RenderContext } from './render-context.js';
import { fillInRows, fillInStops } from './fill-in-lines.js';
import { renderInlines } from './render-inlines.js';

/**
 * A paragraph of running text, indented to the text of the clause it belongs to. A form's lines to
 * write on are drawn as rules to tab stops, each kept on the line of its label.
 */
export function renderParagraph(node: Paragraph, ctx: RenderContext): DocxParagraph[] {
  const form = ctx.meta.kind === 'form';
  const size = ctx.meta.bodySize ?? 10;
  const rows = form ? fillInRows(node.content, size, ctx.indent, ctx.textWidth) : null;
  // A row of blanks too long for one line: two paragraphs, the first kept with the second and
  // set close to it, as the PDF sets the two lines of one paragraph.
  if (rows)
    return rows.map(
      (row, index) =>
        new DocxParagraph({
          style: ctx.paragraphStyle,
          ...(index < rows.length - 1 ? { keepNext: true, spacing: { after: 0 } } : {}),
          ...(index === rows.length - 1 && ctx.keepWithNext ? { keepNext: true } : {}),
          ...(index === 0 && ctx.pageBreakBefore ? { pageBreakBefore: true } : {}),
          ...(ctx.keepTogether ? { keepLines: true } : {}),
          ...(ctx.indent > 0 ? { indent: { left: ctx.indent } } : {}),
          tabStops: row.stops,
          children: renderInlines(row.inlines, ctx.warnings, {}, true),
        }),
    );
  const stops = form ? fillInStops(node.content, size, ctx.indent, ctx.textWidth) : null;
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
