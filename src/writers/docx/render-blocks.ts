import type { FileChild } from 'docx';
import type { Block } from '../../ast/types.js';
import { renderClause } from './clause.js';
import { renderDrafterNote } from './drafter-note.js';
import { renderHeading } from './heading.js';
import { introducesList, isTable, opensSubclauses } from './keep-with-next.js';
import { renderList } from './list.js';
import { renderNotice } from './notice.js';
import { renderPageBreak } from './page-break.js';
import { renderParagraph } from './paragraph.js';
import type { RenderContext } from './render-context.js';
import { renderSignatureBlock } from './signature-block.js';
import { renderTable } from './table.js';

type Handler<T extends Block['type']> = (
  node: Extract<Block, { type: T }>,
  ctx: RenderContext,
) => FileChild[];

// A node type without a handler here is a compile error.
const handlers: { [T in Block['type']]: Handler<T> } = {
  heading: renderHeading,
  clause: renderClause,
  paragraph: renderParagraph,
  list: renderList,
  table: renderTable,
  signatureBlock: renderSignatureBlock,
  drafterNote: renderDrafterNote,
  notice: renderNotice,
  pageBreak: renderPageBreak,
};

/**
 * Renders blocks in order, dispatching on `type`; an unknown node fails loudly. A block right
 * before a table or signature block keeps with it, as does a paragraph with the list it
 * introduces; the last block keeps with whatever its parent keeps with. The blocks of a run kept
 * on one page (`keptTogether`) each keep with the next, and their lines together. A block the PDF
 * moved to the top of a page (`breakBefore`) starts one in Word too.
 */
export function renderBlocks(blocks: Block[], ctx: RenderContext): FileChild[] {
  return blocks.flatMap((node, i) => {
    const handler = handlers[node.type] as Handler<Block['type']> | undefined;
    if (!handler) throw new Error(`Cannot handle unknown node \`${(node as { type: string }).type}\``);
    const next = blocks[i + 1];
    const kept = ctx.keptTogether.has(node);
    const keepWithNext = next
      ? isTable(next) ||
        opensSubclauses(node, next) ||
        introducesList(node, next) ||
        (kept && ctx.keptTogether.has(next))
      : ctx.keepWithNext;
    const pageBreakBefore = ctx.breakBefore.has(node);
    return handler(node, { ...ctx, keepWithNext, keepTogether: ctx.keepTogether || kept, pageBreakBefore });
  });
}
