import type { Block, Clause } from '../../ast/types.js';
import { clauseIds } from '../../document/clause-ids.js';

const PREFIX = '_Clause_';
/** Word keeps at most 40 characters of a bookmark's name. */
const MAX_NAME = 40;

/**
 * A hidden Word bookmark on each numbered clause, named from its stable id (clause-ids.ts), so
 * that the id the overrides file keys negotiated text by travels in the .docx itself and
 * survives renumbering in Word. The leading underscore keeps them out of Word's bookmark list.
 * Word allows only letters, digits and underscores: `term/notice` becomes
 * `_Clause_term__notice`. A name too long, or one another id already sanitized to, keeps the
 * clause's own part of the id (`withdrawal`) and ends in a hash of the whole id.
 */
export function clauseBookmarks(blocks: readonly Block[]): Map<Clause, string> {
  const names = new Map<Clause, string>();
  const used = new Set<string>();
  for (const [clause, id] of clauseIds(blocks)) {
    const plain = PREFIX + wordSafe(id);
    const own = PREFIX + wordSafe(id.slice(id.lastIndexOf('/') + 1));
    const name =
      plain.length <= MAX_NAME && !used.has(plain) ? plain : `${own.slice(0, MAX_NAME - 8)}_${hashOf(id)}`;
    used.add(name);
    names.set(clause, name);
  }
  return names;
}

function wordSafe(id: string): string {
  return id.replace(/\//g, '__').replace(/[^A-Za-z0-9_]/g, '_');
}

/** Seven base-36 digits of the id's 32-bit FNV-1a hash: the same id gives the same name. */
function hashOf(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(36).padStart(7, '0');
}
