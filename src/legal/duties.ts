import type { Block, Inline } from '../ast/types.js';
import { plainText } from '../ast/plain-text.js';
import { bindsActor, type Actor } from './duty-actors.js';
import type { LegalParty, PartyRole } from './parties.js';

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

/** The outsiders of a document: the actors it does not bind (see bindsActor). */
export function outsidersAmong(
  actors: readonly Actor[],
  binders: readonly LegalParty[],
  adoptedRoles: readonly PartyRole[] = [],
): Outsider[] {
  return actors
    .filter((a) => !bindsActor(a, binders, adoptedRoles))
    .map((a) => ({ label: a.label, terms: a.terms }));
}

/** A sentence's end; not the period of an abbreviation in a name ("St. Brendan", "Inc."). */
const SENTENCE_END = /(?<!\b(?:St|Dr|Mr|Mrs|Ms|Inc|No|Co|Jr|Sr|Mt|U\.S)\.)(?<=[.!?])\s+(?=[A-Z“"(])/;

/** The words that make a sentence impose a duty ("shall", and "will" or "must" in a rule). */
const MODAL = /\b(?:shall|will|must)\b/g;

/** After a modal, a passive with its agent: "shall be screened by call-takers" names the actor. */
const PASSIVE_AGENT = /^\s+(?:not\s+)?be\s+[\p{L}-]+\b[^.;:]*?\bby\s+([^,;:]+)/u;

/**
 * Finds every sentence of the operative text (clauses, their paragraphs and lists; not drafter's
 * notes or tables) that puts a duty on an outsider: the subject before "shall", "will" or "must"
 * (see subjectOf) names one, or a passive names one as its agent ("must be sent by the 911 Center").
 */
export function dutiesOnOutsiders(blocks: readonly Block[], outsiders: Outsider[]): DutyFinding[] {
  const findings: DutyFinding[] = [];
  const patterns = outsiders.map((o) => ({ o, terms: o.terms.map(termPattern) }));
  const named = (phrase: string) => {
    const folded = foldAscii(phrase);
    return patterns.find(({ terms }) =>
      terms.some((t) => (t.letters === null || folded.includes(t.letters)) && t.re.test(phrase)),
    )?.o;
  };
  for (const { clause, text } of operativeText(blocks)) {
    for (const sentence of text.split(SENTENCE_END)) {
      for (const match of sentence.matchAll(MODAL)) {
        const after = sentence.slice(match.index + match[0].length);
        const agent = PASSIVE_AGENT.exec(after)?.[1];
        const outsider =
          named(subjectOf(sentence.slice(0, match.index))) ?? (agent ? named(agent) : undefined);
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
  // A parenthesis of several words is an aside, not the subject: "Officers (the call-takers ...) shall";
  // one word in parentheses may be part of a name ("Line (988)").
  let segment =
    before
      .replace(/\([^()]*\s[^()]*\)/g, '')
      .split(/;|:|, and |, or | and then /)
      .at(-1) ?? before;
  // "If the 988 Center relays a call, the Parties shall": the subject follows the condition.
  const condition =
    /^\s*(?:if|when|where|whenever|unless|until|after|before|while|once|although)\b.*,(.*\S.*)$/is.exec(
      segment,
    );
  if (condition) segment = condition[1]!;
  // "the point of entry to which officers shall": the subject follows the relative pronoun.
  const prepositional = /\b(?:to|for|from|with|by|at|in|on) (?:which|whom)\b(.*)$/.exec(segment);
  if (prepositional) return prepositional[1]!;
  const relative = /,\s*(?:who|whom|which)\b(.*)$/.exec(segment);
  if (relative && relative[1]!.trim() !== '') return relative[1]!;
  // "they may ask the 911 Center for the team and shall stay": the subject of the first verb.
  const head = segment.split(/\b(?:that|who|which|whom|whose|shall|may|can|should|might|must|will)\b/)[0]!;
  // "Reports given to the evaluator shall": the words after the head noun's modifier are not the subject.
  return head.split(/\s(?:given to|sent to|received from|from|to|about|for)\s/)[0]!;
}

/** A role's noun used as a modifier ("the dispatcher course", "988 center records") names no actor. */
const MODIFIED =
  '(?!\\s+(?:course|courses|training|protocols?|records?|data|systems?|codes?|modules?|logs?|numbers?|line)\\b)';

/**
 * A term's pattern, and for an ASCII term its letters as foldAscii writes them: a phrase without
 * them cannot match, so most phrases skip the (case-insensitive, Unicode) pattern.
 */
function termPattern(term: string): { re: RegExp; letters: string | null } {
  return { re: wholeWord(term), letters: /^[\x20-\x7e]*$/.test(term) ? term.toLowerCase() : null };
}

/**
 * Lower case, with the two characters that case-fold to an ASCII letter under the `iu` flags
 * (U+017F long s to s; the Kelvin sign lowers to k by itself): an ASCII term the pattern matches
 * in a phrase is then a substring of the phrase so written.
 */
function foldAscii(phrase: string): string {
  return phrase.toLowerCase().replace(/\u017f/g, 's');
}

function wholeWord(term: string): RegExp {
  const escaped = term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?<![\\p{L}\\p{N}-])${escaped}(?![\\p{L}\\p{N}-])${MODIFIED}`, 'iu');
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
