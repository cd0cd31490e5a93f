import type { Block, Inline } from '../ast/types.js';

/** Where a document defines a term with "means", and what it says the term means. */
export interface Definition {
  term: string;
  /** The words after "means", cross-references as their labels (numbers differ per document). */
  meaning: string;
  /** The clause the definition sits in. */
  clause: string;
}

/**
 * Terms that stand for the document itself and its signers ("this Agreement", its Parties): each
 * agreement names them for itself, so their meaning is not compared across the packet. Every
 * other term, the Effective Date included, has one meaning for the packet.
 */
export const DOCUMENT_TERMS: readonly string[] = ['Agreement', 'Party', 'Parties'];

/** The text of inline content with each cross-reference written as its label, `[[#label]]`. */
function meaningText(content: readonly Inline[]): string {
  return content
    .map((node) => {
      switch (node.type) {
        case 'text':
          return node.value;
        case 'strong':
        case 'emphasis':
          return meaningText(node.content);
        case 'definedTerm':
          return node.term;
        case 'blank':
          return `[${node.label}]`;
        case 'crossReference':
          return `[[#${node.label}]]`;
        case 'lineBreak':
          return ' ';
        case 'anchor':
          return '';
      }
    })
    .join('');
}

/** A clause's own text and the lists and paragraphs under it (not its sub-clauses). */
function clauseInlines(block: Block & { type: 'clause' }): Inline[] {
  const out: Inline[] = [...block.content];
  const add = (child: Block) => {
    if (child.type === 'paragraph') out.push({ type: 'text', value: ' ' }, ...child.content);
    else if (child.type === 'list')
      child.items.forEach((item) => {
        out.push({ type: 'text', value: ' ' });
        item.forEach(add);
      });
  };
  block.children.forEach(add);
  return out;
}

const MEANS = /^\s*(?:each\s+)?means?\b\s*/;

/** What opens a definition in place: "X (the “Agency”)", "(each a “Party”)". */
const IN_PLACE = /\((?:each |together )?(?:the|a|an)\s*$/;

/** How many words before the parenthesis stand for what a term defined in place names. */
const NAMED_WORDS = 8;

/**
 * Every definition of a document: for each defining use of a term followed by "means" (or "each
 * mean"), the rest of its clause; for one in parentheses ("… Police Department (the “Agency”)"),
 * the words before it, marked as named in place.
 */
export function definitionsOf(blocks: readonly Block[]): Definition[] {
  const out: Definition[] = [];
  const visit = (block: Block) => {
    if (block.type !== 'clause') {
      if (block.type === 'list') block.items.forEach((item) => item.forEach(visit));
      return;
    }
    const content = clauseInlines(block);
    content.forEach((node, index) => {
      if (node.type !== 'definedTerm' || !node.defining) return;
      const rest = meaningText(content.slice(index + 1));
      const means = MEANS.exec(rest);
      if (means) {
        out.push({
          term: node.term,
          meaning: normalizeMeaning(rest.slice(means[0].length)),
          clause: block.number,
        });
        return;
      }
      // Defined in place: what the words before it name, so that a term one document defines in
      // place and another with "means" (or in place with other words) is defined two ways.
      const before = meaningText(content.slice(0, index));
      if (!IN_PLACE.test(before)) return;
      const named = normalizeMeaning(before.replace(IN_PLACE, '')).split(' ').slice(-NAMED_WORDS).join(' ');
      out.push({ term: node.term, meaning: `(named in place) …${named}`, clause: block.number });
    });
    block.children.forEach(visit);
  };
  blocks.forEach(visit);
  return out;
}

/** Spacing and the document's name for itself do not change what a definition means. */
function normalizeMeaning(text: string): string {
  return text
    .replace(/\bthis (?:Agreement|Protocol|General Order|plan|order)\b/g, 'this document')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A term defined in two documents of one packet with different words. */
export interface DefinitionConflict {
  term: string;
  first: { document: string; definition: Definition };
  second: { document: string; definition: Definition };
}

/**
 * Compares the "means" definitions of a packet's documents: a term (other than the documents'
 * own, DOCUMENT_TERMS) whose meaning differs between two documents is a conflict, reported once
 * per document that departs from the first document defining it.
 */
export function conflictingDefinitions(
  documents: readonly { id: string; definitions: readonly Definition[] }[],
): DefinitionConflict[] {
  const first = new Map<string, { document: string; definition: Definition }>();
  const conflicts: DefinitionConflict[] = [];
  for (const { id, definitions } of documents) {
    const seen = new Set<string>();
    for (const definition of definitions) {
      if (DOCUMENT_TERMS.includes(definition.term) || seen.has(definition.term)) continue;
      seen.add(definition.term);
      const earlier = first.get(definition.term);
      if (!earlier) first.set(definition.term, { document: id, definition });
      else if (earlier.definition.meaning !== definition.meaning)
        conflicts.push({ term: definition.term, first: earlier, second: { document: id, definition } });
    }
  }
  return conflicts;
}
