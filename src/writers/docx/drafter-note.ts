import { Paragraph, TextRun } from 'docx';
import type { DrafterNote } from '../../ast/types.js';
import type { RenderContext } from './render-context.js';
import { renderInlines } from './render-inlines.js';
import { styleIds } from './styles.js';

/**
 * A drafter's note is a shaded paragraph that shows and prints ("Drafter's note: …", as in the
 * PDF). It is not also a Word comment: Word prints comments as balloons by default, so the
 * note would print twice.
 */
export function renderDrafterNote(node: DrafterNote, ctx: RenderContext): Paragraph[] {
  return [
    new Paragraph({
      style: styleIds.drafterNote,
      ...(ctx.keepWithNext ? { keepNext: true } : {}),
      ...(ctx.indent > 0 ? { indent: { left: ctx.indent } } : {}),
      children: [
        new TextRun({ text: 'Drafter\u2019s note: ', bold: true }),
        ...renderInlines(node.content, ctx.warnings),
      ],
    }),
  ];
}
