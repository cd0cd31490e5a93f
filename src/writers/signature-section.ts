import { plainText } from '../ast/plain-text.js';
import type { Block, Document } from '../ast/types.js';

/** A run of typed underscores: a line for the person to write on. */
const fillIn = /_{3,}/;

const isFillIn = (block: Block | undefined): boolean =>
  block?.type === 'paragraph' && fillIn.test(plainText(block.content));

/** A block that opens a section of a form: a numbered clause, or a heading below the title. */
const opensSection = (block: Block | undefined): boolean =>
  block?.type === 'clause' || (block?.type === 'heading' && block.level > 1);

/**
 * The top-level blocks a form's signature section spans, first to last: the section that holds
 * the form's last fill-in line (the person's and a representative's signature, name and date
 * lines, the staff's), from the clause or heading that opens it ("4. Signatures", the lead-in of
 * every line in it) to the block before the next section, page break or the end. Both writers
 * keep it on one page, so no signature line is cut from the text it signs under. Null for a
 * document that is not a form, or whose fill-in lines are not under a section of their own.
 */
export function formSignatureSection(doc: Document): { from: number; to: number } | null {
  if (doc.meta.kind !== 'form') return null;
  const { blocks } = doc;
  let last = -1;
  for (let i = 0; i < blocks.length && blocks[i]?.type !== 'pageBreak'; i++)
    if (isFillIn(blocks[i])) last = i;
  if (last < 0) return null;
  let from = last;
  while (from >= 0 && !opensSection(blocks[from])) from--;
  if (from < 0) return null;
  let to = last;
  while (to + 1 < blocks.length && !opensSection(blocks[to + 1]) && blocks[to + 1]?.type !== 'pageBreak')
    to++;
  return { from, to };
}
