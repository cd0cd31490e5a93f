import { LineRuleType, PageBreak as DocxPageBreak, Paragraph } from 'docx';
import type { PageBreak } from '../../ast/types.js';
import type { RenderContext } from './render-context.js';

/**
 * A forced page break: a `w:br w:type="page"` run, as Word's Ctrl+Enter makes. In a form it sits
 * in a paragraph one point high, so that a form that fills its last page does not push the break
 * onto a page of its own (which would leave that page blank before what follows the break).
 */
export function renderPageBreak(_node: PageBreak, ctx: RenderContext): Paragraph[] {
  const form = ctx.meta.kind === 'form';
  return [
    new Paragraph({
      ...(form ? { spacing: { before: 0, after: 0, line: 20, lineRule: LineRuleType.EXACT } } : {}),
      children: [new DocxPageBreak()],
    }),
  ];
}
