import { Bookmark, HeadingLevel, Paragraph, type FileChild } from 'docx';
import type { Clause } from '../../ast/types.js';
import { clauseTextIndent, numberingRefs } from './numbering.js';
import type { RenderContext } from './render-context.js';
import { renderInlines } from './render-inlines.js';
import { tieLastWord } from './tie-last-word.js';
import { styleIds } from './styles.js';

/**
 * A numbered clause. The number is Word's multi-level list (level 1 in Heading1, so the section
 * shows in the navigation pane), never typed digits: `node.number` is for other formats and
 * equals what Word computes when clauses come in AST order.
 */
export function renderClause(node: Clause, ctx: RenderContext): FileChild[] {
  const numbering = { reference: numberingRefs.clauses, level: node.level - 1 };
  const shown = countClause(ctx.clauseCounters, node.level);
  if (shown !== node.number) {
    ctx.warnings.push(
      `docx: clause \`${node.number}\` will be numbered \`${shown}\` by Word; check the clause order`,
    );
  }
  // A head with children introduces them ("… if either:"), so it keeps with the first one;
  // a head without keeps with what the clause keeps with (a table after it). Level 1 is
  // Heading1, which keeps with the next by its style.
  const keepNext = node.children.length > 0 || ctx.keepWithNext;
  const head = new Paragraph({
    ...(node.level === 1 ? { heading: HeadingLevel.HEADING_1 } : { style: styleIds.clause }),
    ...(keepNext && node.level > 1 ? { keepNext: true } : {}),
    ...(ctx.pageBreakBefore ? { pageBreakBefore: true } : {}),
    numbering,
    children: [
      ...bookmarkOf(node, ctx),
      ...renderInlines(node.level === 1 ? tieLastWord(node.content) : node.content, ctx.warnings),
    ],
  });
  const textIndent = node.level === 3 ? 2 * clauseTextIndent : clauseTextIndent;
  return [head, ...ctx.render(node.children, { ...ctx, indent: textIndent })];
}

/** The clause's own bookmark, empty (a point before its text), so no edit of the text can lose it. */
function bookmarkOf(node: Clause, ctx: RenderContext): Bookmark[] {
  const name = ctx.clauseBookmarks.get(node);
  return name ? [new Bookmark({ id: name, children: [] })] : [];
}

/** Advances Word's counters the way a multi-level list does, and returns the number Word shows. */
function countClause(counters: number[], level: 1 | 2 | 3): string {
  // A skipped level counts as 0 in Word (a level-3 clause straight after "1." shows "1.0.1").
  for (let i = 0; i < level; i++) counters[i] ??= 0;
  counters[level - 1] = counters[level - 1]! + 1;
  counters.length = level;
  return counters.join('.');
}
