import type { Block, Inline } from '../ast/types.js';
import { plainText } from '../ast/plain-text.js';
import type { DocumentParties, PartyRole } from './parties.js';

/** An organization that does not sign a document, and the words a draft may use for it. */
export interface Outsider {
  /** Who it is, for the message. */
  label: string;
  /** Names and defined terms that denote it or its staff, matched as whole words. */
  terms: string[];
}

/** A clause that puts a duty ("X shall") on an organization that does not sign the document. */
export interface DutyFinding {
  clause: string;
  outsider: string;
  sentence: string;
}

/** The words the templates use for the organization holding a role, and for its staff. */
const ROLE_TERMS: Partial<Record<PartyRole, string[]>> = {
  psap: ['911 Center', 'Dispatch Center', 'Call-takers', 'call-takers', 'call-taker', 'Telecommunicator'],
  '988-center': ['988 Center', '988 counselor', 'counselor'],
  ems: ['EMS Agency'],
};

/** The outsiders of a document: its non-signing partners and the roles no signing party holds. */
export function outsidersOf(view: DocumentParties): Outsider[] {
  const partners = view.nonSigners.map((p) => ({
    label: p.name,
    terms: [...new Set([p.name, p.short])],
  }));
  const roles = view.outsideRoles
    .filter((r) => !r.hasAdoptionRow)
    .map((r) => ({
      label: r.holder ?? r.roleLabel,
      terms: [...(ROLE_TERMS[r.role] ?? []), ...(r.holder ? [r.holder] : [])],
    }));
  return [...partners, ...roles];
}

/**
 * Finds every sentence of the operative text (clauses, their paragraphs and lists; not drafter's
 * notes or tables) whose subject before "shall" (see subjectOf) names an outsider.
 */
export function dutiesOnOutsiders(blocks: readonly Block[], outsiders: Outsider[]): DutyFinding[] {
  const findings: DutyFinding[] = [];
  for (const { clause, text } of operativeText(blocks)) {
    for (const sentence of text.split(/(?<=[.!?])\s+(?=[A-Z“"(])/)) {
      for (const match of sentence.matchAll(/\bshall\b/g)) {
        const before = sentence.slice(0, match.index);
        const subject = subjectOf(before);
        const outsider = outsiders.find((o) => o.terms.some((t) => wholeWord(t).test(subject)));
        if (outsider) findings.push({ clause, outsider: outsider.label, sentence: sentence.trim() });
      }
    }
  }
  return findings;
}

/**
 * The subject of a "shall": the last clause before it; in ", whom the Parties shall" the words
 * after the relative pronoun, in "A Party that receives ... shall" the words before it.
 */
export function subjectOf(before: string): string {
  const segment = before.split(/;|:|, and |, or | and then /).at(-1) ?? before;
  const relative = /,\s*(?:who|whom|which)\b(.*)$/.exec(segment);
  if (relative && relative[1]!.trim() !== '') return relative[1]!;
  return segment.split(/\b(?:that|who|which|whom)\b/)[0]!;
}

function wholeWord(term: string): RegExp {
  const escaped = term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'u');
}

/** The operative text of each clause: its own text and its paragraphs and list items. */
export function operativeText(blocks: readonly Block[]): { clause: string; text: string }[] {
  const out: { clause: string; text: string }[] = [];
  const visit = (block: Block, clause: string) => {
    if (block.type === 'clause') {
      out.push({ clause: block.number, text: plainText(block.content) });
      block.children.forEach((child) => visit(child, block.number));
    } else if (block.type === 'paragraph') {
      out.push({ clause, text: plainText(block.content as Inline[]) });
    } else if (block.type === 'list') {
      block.items.forEach((item) => item.forEach((child) => visit(child, clause)));
    }
  };
  blocks.forEach((block) => visit(block, ''));
  return out;
}
