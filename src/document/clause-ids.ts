import { plainText } from '../ast/plain-text.js';
import type { Block, Clause } from '../ast/types.js';
import { slugify } from '../build/file-names.js';

/**
 * Stable ids for the numbered clauses of a draft, in order. A clause's number changes whenever a
 * clause before it comes or goes (a program model added, a partner removed), so an id is built
 * from what names a clause instead: a section from its heading ("term-and-termination"), a
 * subclause from its section and its bold lead-in ("term-and-termination/withdrawal"), and a
 * subclause without a lead-in from its section and its place among those without one
 * ("purpose-and-goals/p2"). A repeated id gets "-2", "-3".
 */
export function clauseIds(blocks: readonly Block[]): Map<Clause, string> {
  const ids = new Map<Clause, string>();
  const used = new Map<string, number>();
  const parents: string[] = [];
  const unnamed = new Map<string, number>();
  for (const block of blocks) {
    if (block.type !== 'clause') continue;
    const parent = block.level === 1 ? '' : (parents[block.level - 2] ?? 'preamble');
    const name = leadIn(block);
    let local: string;
    if (block.level === 1) local = slugify(plainText(block.content), 40);
    else if (name) local = slugify(name, 40);
    else {
      const n = (unnamed.get(parent) ?? 0) + 1;
      unnamed.set(parent, n);
      local = `p${n}`;
    }
    const base = parent ? `${parent}/${local}` : local;
    const seen = (used.get(base) ?? 0) + 1;
    used.set(base, seen);
    // The counters above still advance for a keyed clause, so the ids after it do not move.
    const id = block.key ?? (seen === 1 ? base : `${base}-${seen}`);
    ids.set(block, id);
    parents[block.level - 1] = id;
    parents.length = block.level;
  }
  return ids;
}

/** The bold words a subclause opens with ("Withdrawal."), without the final stop; or null. */
export function leadIn(clause: Clause): string | null {
  // A cross-reference's anchor sits before the words and shows nothing.
  const first = clause.content.find((node) => node.type !== 'anchor');
  if (first?.type !== 'strong') return null;
  const text = plainText(first.content).trim().replace(/[.:]$/, '');
  return text === '' ? null : text;
}
