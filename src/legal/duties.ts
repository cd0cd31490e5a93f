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
  /** The role it holds, for a role's holder: the 911 center ("psap") is who sends calls. */
  role?: PartyRole;
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
    .map((a) => ({ label: a.label, terms: a.terms, ...(a.role ? { role: a.role } : {}) }));
}

/** A sentence's end; not the period of an abbreviation in a name ("St. Brendan", "Inc."). */
const SENTENCE_END = /(?<!\b(?:St|Dr|Mr|Mrs|Ms|Inc|No|Co|Jr|Sr|Mt|U\.S)\.)(?<=[.!?])\s+(?=[A-Z“"(])/;

/** The words that make a sentence impose a duty ("shall", and "will" or "must" in a rule). */
const MODAL = /\b(?:shall|will|must)\b/g;

/** After a modal, a passive with its agent: "shall be screened by call-takers" names the actor. */
const PASSIVE_AGENT = /^\s+(?:not\s+)?be\s+[\p{L}-]+\b[^.;:]*?\bby\s+([^,;:]+)/u;

/**
 * After a modal, a passive that only the 911 center performs, with no agent: "shall not be sent
 * to a civilian responder" binds whoever sends calls (counsel cold read, Brazos Bend r2, 1.2).
 */
const PASSIVE_DISPATCH = /^\s+(?:not\s+)?be\s+(?:sent|dispatched|routed|transferred)\b(?![^.;:]*?\bby\s)/;

/** A passive's subject that the 911 center sends: a call or a responder, not a person in custody. */
const SENT_SUBJECT =
  /\b(?:calls?|response|responses|responders?|team|teams|units?|officers?|clinicians?|help)\b/i;

/**
 * Verbs that state what someone does on a call ("the 911 center then sends", "chooses ... and
 * tells"): in the present tense, in operative text, a rule binding the subject as "shall" does.
 */
const DUTY_VERBS = [
  'send',
  'dispatch',
  'route',
  'transfer',
  'tell',
  'choose',
  'connect',
  'stay',
  'pass',
  'take',
  'record',
  'note',
  'review',
  'code',
  'screen',
  'keep',
  'give',
  'report',
  'notify',
  'relay',
  'enter',
  'log',
  'flag',
  'remove',
  'update',
  'share',
  'disclose',
  'contact',
  'confirm',
  'assign',
  'document',
  'maintain',
  'return',
  'forward',
  'release',
  'audit',
  'transport',
  'hand',
];

/** "sends", "passes", "notifies", "stays": the third person singular of a verb. */
function thirdPerson(verb: string): string {
  if (/(?:s|sh|ch|x|z)$/.test(verb)) return `${verb}es`;
  if (/[^aeiou]y$/.test(verb)) return `${verb.slice(0, -1)}ies`;
  return `${verb}s`;
}

/** Third-person forms only: a plural subject's base form ("call-takers screen") is too often a noun. */
const PRESENT_FORMS = DUTY_VERBS.map(thirdPerson).join('|');
const PRESENT = new RegExp(
  `\\b(?:${PRESENT_FORMS})\\b(?!\\s+(?:part|shall|will|must|may|can|should|are|is|were|was)\\b)`,
  'g',
);

/**
 * A word before a present-tense form that makes it no main verb but a noun ("the transfer", "its
 * records", "for review", "the same codes", "calls and transfers").
 */
const NOUN_AFTER =
  /(?:\b(?:the|a|an|its|their|his|her|our|each|every|any|no|all|both|of|for|by|in|on|at|with|from|into|this|that|these|those|such|other|same|own|new|more|most|written|shared|CAD|and|or|accepting|making)|['’]s|s['’])\s+$/i;

/** A "shall" subject that ends in a reduced relative clause: "Responders | the 911 Center dispatches". */
const REDUCED_RELATIVE_SUBJECT = new RegExp(
  `^(.*?\\S)\\s+(?:the|a|an|its|their)\\s+[^,;:]*?\\b(?:${PRESENT_FORMS})\\s*$`,
  'is',
);

/** A definition says what a term means; its verbs describe, they bind no one. */
const DEFINITION = /\bmeans\b|\bis defined\b/;

/**
 * Finds every sentence of the operative text (clauses, their paragraphs and lists; not drafter's
 * notes or tables) that puts a duty on an outsider: the subject before "shall", "will" or "must"
 * (see subjectOf) names one, or a passive names one as its agent ("must be sent by the 911 Center");
 * a passive of sending a call with no agent ("shall not be sent") when the 911 center is outside;
 * or a present-tense duty verb whose subject names one ("the 911 center then sends", reported once
 * for its sentence).
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
  // A present-tense verb's subject ends with the term ("the call-taker sends", not "the call-taker's records").
  const namedLast = (phrase: string) =>
    patterns.find(({ terms }) => terms.some((t) => t.last.test(phrase)))?.o;
  const psap = outsiders.find((o) => o.role === 'psap');
  for (const { clause, text } of operativeText(blocks)) {
    for (const sentence of text.split(SENTENCE_END)) {
      const found = (outsider: Outsider) =>
        findings.push({ clause, outsider: outsider.label, sentence: sentence.trim() });
      let modal = false;
      for (const match of sentence.matchAll(MODAL)) {
        const after = sentence.slice(match.index + match[0].length);
        const agent = PASSIVE_AGENT.exec(after)?.[1];
        const subject = withoutReducedRelative(subjectOf(sentence.slice(0, match.index)));
        const sender = psap && PASSIVE_DISPATCH.test(after) && SENT_SUBJECT.test(subject) ? psap : undefined;
        const outsider = named(subject) ?? (agent ? named(agent) : undefined) ?? sender;
        if (outsider) {
          found(outsider);
          modal = true;
        }
      }
      const present = modal || DEFINITION.test(sentence) ? undefined : presentDuty(sentence, namedLast);
      if (present) found(present);
    }
  }
  return findings;
}

/** The outsider a present-tense duty verb of the sentence binds, if any (the first such verb). */
function presentDuty(
  sentence: string,
  namedLast: (phrase: string) => Outsider | undefined,
): Outsider | undefined {
  // An aside in parentheses describes ("Officers (the call-takers apply the same codes) shall").
  const main = sentence.replace(/\([^()]*\s[^()]*\)/g, '');
  for (const match of main.matchAll(PRESENT)) {
    const before = main.slice(0, match.index);
    if (NOUN_AFTER.test(before)) continue;
    const subject = presentSubject(before);
    const after = main.slice(match.index + match[0].length);
    if (describesNoun(subject, after)) continue;
    const outsider = namedLast(subject);
    if (outsider) return outsider;
  }
  return undefined;
}

/**
 * A reduced relative clause describes the noun before it and binds no one: "meets the provider
 * the 911 Center dispatches", "responders the 911 Center sends shall report" (the center is
 * named, not bound). It is a noun phrase, then the verb's subject, then the verb with no object
 * of its own (the end, a punctuation mark, a preposition or the main verb follows). "The 911
 * Center dispatches the provider" (an object follows) and "the call-taker stays on the line" (no
 * noun phrase before the subject) stay duties.
 */
function describesNoun(subject: string, after: string): boolean {
  const np = /^(.*\S)\s+(?:the|a|an|its|their|each|every)\s+[^\s].*$/is.exec(subject.trim());
  const lead = np?.[1]?.trim() ?? '';
  if (lead === '' || /\b(?:and|or|but|then|so|nor)$/i.test(lead)) return false;
  if (!/\b(?:the|a|an|its|their|each|every|any|all|which|whom)\s+[\p{L}-]+(?:\s+[\p{L}-]+)?$/iu.test(lead))
    return false;
  return /^\s*(?:$|[.,;:)]|(?:to|at|on|in|for|with|from|into|under|through|shall|will|must|may|can|is|are)\b)/i.test(
    after,
  );
}

/**
 * The subject of a present-tense verb, which a draft writes next to it: the words since the last
 * comma, semicolon or colon, after any condition ("the caller needs help, the call-taker takes":
 * "the call-taker"), before any relative clause ("A call-taker who is unsure which tier fits
 * chooses": "A call-taker "), without a trailing adverb ("the 911 center then sends"). Empty for a
 * prepositional phrase ("of the provider the 911 Center dispatches") and for the second verb of a
 * series ("tells the caller what 988 is, connects"), which the first one reports.
 */
export function presentSubject(before: string): string {
  let segment = before.split(/[,;:]/).at(-1)!;
  // "What the counselor passes on": a noun clause, whose subject is bound by nothing.
  if (/\b(?:what|whether|how)\b/i.test(segment)) return '';
  const condition =
    /^.*\b(?:if|when|whenever|where|once|until|unless|while|because|after|before)\b(.*)$/is.exec(segment);
  if (condition) segment = condition[1]!;
  if (/^\s*(?:of|for|to|with|by|in|on|at|from|under|into|through|about)\b/i.test(segment)) return '';
  const relative = /^(.*?)\b(?:who|that|which|whom|whose)\b/is.exec(segment);
  if (relative) return relative[1]!;
  return segment.replace(
    /(?:\s+(?:then|also|now|first|only|promptly|immediately|always|usually))+\s*$/i,
    ' ',
  );
}

/**
 * A "shall" subject without the reduced relative clause that describes it: in "Responders the 911
 * Center dispatches shall report", the responders are bound, not the center.
 */
function withoutReducedRelative(subject: string): string {
  const relative = REDUCED_RELATIVE_SUBJECT.exec(subject);
  return relative ? relative[1]! : subject;
}

/**
 * The subject of a "shall": the last clause before it; in ", whom the Parties shall" the words
 * after the relative pronoun, in "A Party that receives ... shall" the words before it.
 */
export function subjectOf(before: string): string {
  // A parenthesis of several words is an aside, not the subject: "Officers (the call-takers ...) shall";
  // one word in parentheses may be part of a name ("Line (988)").
  // "If the 988 Center relays a call, the Parties shall": the subject follows the condition,
  // which may itself hold ", or" ("If no counselor accepts, or the counselor says ..., the Parties").
  const afterCondition = (text: string) =>
    /^\s*(?:if|when|where|whenever|unless|until|after|before|while|once|although)\b.*,(.*\S.*)$/is.exec(
      text,
    )?.[1] ?? text;
  const clause = afterCondition(
    before
      .replace(/\([^()]*\s[^()]*\)/g, '')
      .split(/;|:/)
      .at(-1)!,
  );
  const segment = afterCondition(clause.split(/, and |, or | and then /).at(-1)!);
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
function termPattern(term: string): { re: RegExp; last: RegExp; letters: string | null } {
  const escaped = term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return {
    re: wholeWord(term),
    last: new RegExp(`(?<![\\p{L}\\p{N}-])${escaped}\\s*$`, 'iu'),
    letters: /^[\x20-\x7e]*$/.test(term) ? term.toLowerCase() : null,
  };
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
