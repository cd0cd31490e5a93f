import type { Block, Inline } from '../ast/types.js';
import { walkInlines } from './walk-inlines.js';

/** A problem with a label or a reference: what is wrong, and the label it concerns. */
export interface CrossReferenceProblem {
  label: string;
  message: string;
}

/**
 * Resolves cross-references: each `[[@label]]` labels the clause it sits in, and each
 * `[[#label]]` gets that clause's number. A reference to no label, a label used twice, a label
 * outside any clause, or a label in a paragraph under a clause rather than on the clause's own
 * line is a problem; the caller makes it a build error. Mutates the references.
 */
export function resolveCrossReferences(blocks: readonly Block[]): CrossReferenceProblem[] {
  const targets = new Map<string, string>();
  const problems: CrossReferenceProblem[] = [];
  const onClauseLines = anchorsOnClauseLines(blocks);
  walkInlines(blocks, (node, clause) => {
    if (node.type !== 'anchor') return;
    if (clause && !onClauseLines.has(node))
      // Word's REF field takes the number of the paragraph that holds the bookmark: in an
      // unnumbered paragraph it prints nothing ("Section )"), though Markdown and PDF look right.
      problems.push({
        label: node.label,
        message: `label \`${node.label}\` is in a paragraph under clause ${clause}, not on the clause's own line: put \`[[@${node.label}]]\` at the start of the heading or numbered item (a Word cross-reference needs a numbered paragraph)`,
      });
    if (!clause)
      problems.push({
        label: node.label,
        message: `label \`${node.label}\` is not inside a numbered clause`,
      });
    else if (targets.has(node.label))
      problems.push({
        label: node.label,
        message: `label \`${node.label}\` is on two clauses (${targets.get(node.label)} and ${clause})`,
      });
    else targets.set(node.label, clause);
  });
  walkInlines(blocks, (node) => {
    if (node.type !== 'crossReference') return;
    const number = targets.get(node.label);
    if (number === undefined)
      problems.push({
        label: node.label,
        message: `cross-reference \`[[#${node.label}]]\` points at no label; expected one of ${[...targets.keys()].join(', ') || '(none in this document)'}`,
      });
    else node.number = number;
  });
  return problems;
}

/** The anchors that sit in a clause's own line (its heading or item text), not in its children. */
function anchorsOnClauseLines(blocks: readonly Block[]): Set<Inline> {
  const found = new Set<Inline>();
  const inlines = (content: readonly Inline[]) => {
    for (const node of content) {
      if (node.type === 'anchor') found.add(node);
      if (node.type === 'strong' || node.type === 'emphasis') inlines(node.content);
    }
  };
  const block = (b: Block) => {
    if (b.type === 'clause') {
      inlines(b.content);
      b.children.forEach(block);
    } else if (b.type === 'list') b.items.forEach((item) => item.forEach(block));
    else if (b.type === 'notice') b.content.forEach(block);
  };
  blocks.forEach(block);
  return found;
}
