import { CommentRangeEnd, CommentRangeStart, CommentReference, Paragraph, TextRun } from 'docx';
import type { DrafterNote } from '../../ast/types.js';
import type { RenderContext } from './render-context.js';
import { renderInlines } from './render-inlines.js';
import { styleIds } from './styles.js';

/** Who Word shows as the author of drafter's notes. */
export const commentAuthor = 'pmhc-docs';

/**
 * A drafter's note is a shaded paragraph that shows and prints ("Drafter's note: …", as in the
 * PDF), and also a Word comment anchored on its label, so that counsel can reply to it or
 * resolve it. The comment's date is the document timestamp, not the clock.
 */
export function renderDrafterNote(node: DrafterNote, ctx: RenderContext): Paragraph[] {
  const id = ctx.comments.length;
  ctx.comments.push({
    id,
    author: commentAuthor,
    initials: 'PD',
    date: new Date(ctx.meta.timestamp),
    children: [new Paragraph({ children: renderInlines(node.content, ctx.warnings) })],
  });
  return [
    new Paragraph({
      style: styleIds.drafterNote,
      ...(ctx.keepWithNext ? { keepNext: true } : {}),
      ...(ctx.indent > 0 ? { indent: { left: ctx.indent } } : {}),
      children: [
        new CommentRangeStart(id),
        new TextRun({ text: 'Drafter\u2019s note', bold: true }),
        new CommentRangeEnd(id),
        new TextRun({ children: [new CommentReference(id)] }),
        new TextRun({ text: ': ', bold: true }),
        ...renderInlines(node.content, ctx.warnings),
      ],
    }),
  ];
}
