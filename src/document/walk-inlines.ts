import { plainText } from '../ast/plain-text.js';
import type { Block, Inline } from '../ast/types.js';

/**
 * Calls `visit` for every inline node in reading order, with where it sits: the number of its
 * clause, or the title of the unnumbered part it is in ("Approval", "Signatures"), or "" before
 * the first clause. Nested inline content (strong, emphasis) is visited too.
 */
export function walkInlines(
  blocks: readonly Block[],
  visit: (node: Inline, clause: string) => void,
  options: { bodyOnly?: boolean } = {},
): void {
  // Body text only: what a reader meets as the document's text, not its title, drafter's notes,
  // the draft notice or the signature lines.
  const body = options.bodyOnly === true;
  let clause = '';
  const inlines = (content: readonly Inline[]) => {
    for (const node of content) {
      visit(node, clause);
      if (node.type === 'strong' || node.type === 'emphasis') inlines(node.content);
    }
  };
  const block = (b: Block) => {
    switch (b.type) {
      case 'clause':
        clause = b.number;
        inlines(b.content);
        b.children.forEach(block);
        break;
      case 'heading':
        // An unnumbered part after the clauses (approval, signatures) is a place of its own.
        if (b.level >= 2) clause = plainText(b.content);
        if (!body || b.level >= 2) inlines(b.content);
        break;
      case 'paragraph':
        inlines(b.content);
        break;
      case 'drafterNote':
        if (!body) inlines(b.content);
        break;
      case 'list':
        b.items.forEach((item) => item.forEach(block));
        break;
      case 'table':
        [b.header, ...b.rows].forEach((row) => row.forEach(inlines));
        break;
      case 'signatureBlock':
        if (!body) b.parties.forEach((p) => [p.organization, p.name, p.title].forEach(inlines));
        break;
      case 'notice':
        if (!body) b.content.forEach(block);
        break;
      case 'pageBreak':
        break;
    }
  };
  blocks.forEach(block);
}
