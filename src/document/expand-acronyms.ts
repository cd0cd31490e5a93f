import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Block, Inline, Text } from '../ast/types.js';
import { walkInlines } from './walk-inlines.js';
import { packageRoot } from '../util/package-root.js';

/** The packet's acronyms and what each stands for (`data/glossary.json`). */
export type Acronyms = Record<string, string>;

let loaded: Acronyms | null = null;

/** The acronyms of `data/glossary.json`, read once. */
export function packetAcronyms(): Acronyms {
  loaded ??= (
    JSON.parse(readFileSync(join(packageRoot(), 'data', 'glossary.json'), 'utf8')) as { acronyms: Acronyms }
  ).acronyms;
  return loaded;
}

/** The text a reader meets, in reading order: body text, not the draft notice or drafter's notes. */
function bodyTexts(blocks: readonly Block[]): Text[] {
  const out: Text[] = [];
  const collect = (node: Inline) => {
    if (node.type === 'text') out.push(node);
  };
  walkInlines(blocks, collect, { bodyOnly: true });
  return out;
}

/**
 * The first use of an acronym in running text: not part of a proper name or a label, that is not
 * right after a capitalized word ("Tres Ríos EMS", "FBI CJIS", "the Agency’s CAD") or before an
 * all-caps word (a blank's label, "CAD CODES").
 */
function firstUse(
  texts: readonly Text[],
  acronym: string,
  expansion: string,
): { node: Text; index: number } | null {
  const re = new RegExp(`\\b${acronym}\\b`, 'g');
  for (const node of texts) {
    // Most text nodes do not hold the acronym at all: skip them without running the pattern.
    if (!node.value.includes(acronym)) continue;
    for (const match of node.value.matchAll(re)) {
      if (expandedAt(node.value, match.index, expansion)) return { node, index: match.index };
      const before = /(\S+)\s+$/.exec(node.value.slice(0, match.index))?.[1] ?? '';
      const after = /^\s+(\S+)/.exec(node.value.slice(match.index + acronym.length))?.[1] ?? '';
      if (/^[A-Z]/.test(before) || /^[A-Z]{2,}\b/.test(after)) continue;
      return { node, index: match.index };
    }
  }
  return null;
}

/** Whether the occurrence at `index` of `text` is already written "expansion (ACRONYM)". */
function expandedAt(text: string, index: number, expansion: string): boolean {
  const before = text.slice(0, index).toLowerCase();
  const e = expansion.toLowerCase();
  return before.endsWith(`${e} (`) || before.endsWith(`(${e}, `);
}

/** "expansion (ACR)", or "expansion, ACR" where the acronym already sits in parentheses. */
function expanded(text: string, index: number, acronym: string, expansion: string): string {
  const inParentheses = text.slice(0, index).endsWith('(');
  const written = inParentheses ? `${expansion}, ${acronym}` : `${expansion} (${acronym})`;
  return `${text.slice(0, index)}${written}${text.slice(index + acronym.length)}`;
}

/**
 * Expands each acronym at its first use in a document's body ("computer-aided dispatch (CAD)"),
 * unless that use is already so written. Mutates the text nodes.
 */
export function expandAcronyms(blocks: readonly Block[], acronyms: Acronyms = packetAcronyms()): void {
  const texts = bodyTexts(blocks);
  for (const [acronym, expansion] of Object.entries(acronyms)) {
    const use = firstUse(texts, acronym, expansion);
    if (!use || expandedAt(use.node.value, use.index, expansion)) continue;
    use.node.value = expanded(use.node.value, use.index, acronym, expansion);
  }
}

/** The acronyms whose first use in the body is not expanded: a build error. */
export function unexpandedAcronyms(
  blocks: readonly Block[],
  acronyms: Acronyms = packetAcronyms(),
): string[] {
  const texts = bodyTexts(blocks);
  return Object.entries(acronyms).flatMap(([acronym, expansion]) => {
    const use = firstUse(texts, acronym, expansion);
    return !use || expandedAt(use.node.value, use.index, expansion) ? [] : [acronym];
  });
}
