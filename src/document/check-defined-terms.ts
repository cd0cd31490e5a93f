import type { Block } from '../ast/types.js';
import { walkInlines } from './walk-inlines.js';

/** A drafting problem with one defined term. */
export interface DefinedTermProblem {
  term: string;
  message: string;
}

/**
 * Drafting check: a defined term is defined once and used; a term is not used undefined. Also
 * counts a defined term written as plain text ("the Program") as a use, since templates may not
 * mark every occurrence.
 */
export function checkDefinedTerms(blocks: readonly Block[]): DefinedTermProblem[] {
  const definitions = new Map<string, number>();
  const uses = new Set<string>();
  const plain: string[] = [];
  walkInlines(blocks, (node) => {
    if (node.type === 'definedTerm' && node.defining)
      definitions.set(node.term, (definitions.get(node.term) ?? 0) + 1);
    else if (node.type === 'definedTerm') uses.add(node.term);
    else if (node.type === 'text') plain.push(node.value);
  });
  const text = plain.join(' ');
  const problems: DefinedTermProblem[] = [];
  for (const [term, count] of definitions) {
    if (count > 1)
      problems.push({ term, message: `defined term “${term}” is defined ${count} times, expected once` });
    const usedInText = new RegExp(`\\b${term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`).test(text);
    if (!uses.has(term) && !usedInText)
      problems.push({
        term,
        message: `defined term “${term}” is defined but never used, expected each document to define only the terms it uses`,
      });
  }
  for (const term of uses) {
    if (!definitions.has(term))
      problems.push({ term, message: `term “${term}” is used as a defined term but never defined` });
  }
  return problems;
}
