import type { Block } from '../ast/types.js';
import { walkInlines } from './walk-inlines.js';

/** A problem with a label or a reference: what is wrong, and the label it concerns. */
export interface CrossReferenceProblem {
  label: string;
  message: string;
}

/**
 * Resolves cross-references: each `[[@label]]` labels the clause it sits in, and each
 * `[[#label]]` gets that clause's number. A reference to no label, a label used twice, or a label
 * outside any clause is a problem; the caller makes it a build error. Mutates the references.
 */
export function resolveCrossReferences(blocks: readonly Block[]): CrossReferenceProblem[] {
  const targets = new Map<string, string>();
  const problems: CrossReferenceProblem[] = [];
  walkInlines(blocks, (node, clause) => {
    if (node.type !== 'anchor') return;
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
