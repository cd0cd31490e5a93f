import type { Block } from '../ast/types.js';
import type { Acronyms } from '../document/expand-acronyms.js';
import { operativeText } from './duties.js';
import { TRANSFER_ELEMENTS, type SharingStatements } from './sharing.js';

/** A sentence of a draft that moves information in a way the flow model does not state. */
export interface SharingProblem {
  clause: string;
  sentence: string;
  /** What the model says instead. */
  expected: string;
}

const CAD = /\b(?:CAD|RMS)\b|[Pp]remise [Ff]lag|person flag/;
/** The sentence is about what is written there, not about reaching CAD or radio traffic. */
const ENTRY = /\bentr(?:y|ies)\b|\brecord(?:s|ed)?\b|\bflag/i;
const CLINICAL = /diagnos|clinical detail|medications|treatment history|42 CFR Part 2/;
const TO_988 = /\b(?:to|with) the 988 Center\b/;
const PASSES =
  /\b(?:pass|passes|give|gives|send|sends|share|shared|shares|tell|tells|disclose|discloses|transfer|transferred|carry|carries)\b/;
/** Information a transfer to 988 could carry, by the model's element key ('' for one it never allows). */
const TRANSFER_WORDS: [RegExp, string][] = [
  [/call-back number/, 'call-back-number'],
  [/\blocation\b/, 'location'],
  [/\breason for the (?:call|transfer)\b/, 'reason'],
  [/\bname\b|date of birth|\baddress\b|diagnos|treatment|safety plan|health information|clinical/, ''],
];
/** A prohibition moves no information. */
const FORBIDS = /\b(?:shall|may|must) (?:never|not)\b/;
const CLINICIAN_TELLS =
  /clinician[^.;]*\b(?:tells?|shares?|discloses?|gives?)\b[^.;]*\b(?:officers?|deput(?:y|ies)|law enforcement)\b|consider(?:s|ing)? the clinician['’]s (?:assessment|advice)/i;
const PART2_LIMIT = /42 CFR (?:2\.31|Part 2)/;
/** HIPAA's treatment permission: a basis only between health care providers, never to an officer. */
const TREATMENT_BASIS = /164\.506\(c\)/;

/**
 * Checks a draft's operative text against the flow model (`sharing.ts`), so that no document
 * permits what another forbids:
 *
 * - every sentence about what goes into CAD, RMS or a flag that names clinical details is the
 *   model's one CAD rule, word for word;
 * - a sentence that gives something to the 988 Center needs a transfer the model allows, and
 *   names only what the model lets a transfer carry;
 * - where any organization holds Part 2 records, a clause in which a clinician tells an officer
 *   something, or an officer weighs a clinician's assessment, carries the Part 2 limits;
 * - no sentence in which a clinician tells an officer something rests it on HIPAA's treatment
 *   permission (45 CFR 164.506(c)): an officer is not a health care provider.
 */
export function checkSharing(
  blocks: readonly Block[],
  sharing: SharingStatements,
  acronyms: Acronyms,
): SharingProblem[] {
  const known = new Set(
    Object.values(sharing)
      .flatMap((value) => (typeof value === 'string' ? [value] : value ? [value.basis] : []))
      .flatMap(sentencesOf),
  );
  const problems: SharingProblem[] = [];
  const byClause = new Map<string, string>();
  for (const { clause, text: raw } of operativeText(blocks)) {
    const text = collapseAcronyms(raw, acronyms);
    byClause.set(clause, `${byClause.get(clause) ?? ''} ${text}`);
    for (const sentence of sentencesOf(text)) {
      if (known.has(sentence)) continue;
      if (CLINICIAN_TELLS.test(sentence) && TREATMENT_BASIS.test(sentence)) {
        problems.push({
          clause,
          sentence,
          expected: `no treatment basis for a disclosure to officers, who are not health care providers: ${sharing.hipaaToOfficers}`,
        });
        continue;
      }
      if (CAD.test(sentence) && ENTRY.test(sentence) && CLINICAL.test(sentence)) {
        problems.push({ clause, sentence, expected: `the packet's one CAD rule: “${sharing.cadEntries}”` });
      } else if (TO_988.test(sentence) && PASSES.test(sentence) && !FORBIDS.test(sentence)) {
        const problem = transferProblem(sentence, sharing);
        if (problem) problems.push({ clause, sentence, expected: problem });
      }
    }
  }
  if (sharing.part2ToOfficers) {
    for (const [clause, text] of byClause) {
      if (CLINICIAN_TELLS.test(text) && !PART2_LIMIT.test(text)) {
        const sentence = sentencesOf(text).find((s) => CLINICIAN_TELLS.test(s)) ?? text;
        problems.push({ clause, sentence, expected: `the Part 2 limits: “${sharing.assessmentShared}”` });
      }
    }
  }
  return problems;
}

function transferProblem(sentence: string, sharing: SharingStatements): string | null {
  // A transfer procedure still to be adopted may say what it will carry; a present one needs a link.
  // A sentence whose link is still a visible blank ("[HOW 911 AND 988 CONNECT]") is an open item.
  if (!sharing.crisisLine && !/\bprocedure\b/.test(sentence) && !/\[[A-Z0-9 ,'’-]{3,}\]/.test(sentence)) {
    return 'no transfer to the 988 Center: the answers give 911 no link to 988 that carries information';
  }
  const stated = TRANSFER_WORDS.filter(([re]) => re.test(sentence)).map(([, key]) => key);
  const extra = stated.filter((key) => key === '' || !(TRANSFER_ELEMENTS as string[]).includes(key));
  return extra.length > 0 ? `a transfer to the 988 Center carries only ${sharing.transferInformation}` : null;
}

/** "computer-aided dispatch (CAD)" back to "CAD", so that text compares before and after expansion. */
function collapseAcronyms(text: string, acronyms: Acronyms): string {
  let out = text;
  for (const [acronym, expansion] of Object.entries(acronyms)) {
    out = out.split(`${expansion} (${acronym})`).join(acronym);
  }
  return out;
}

function sentencesOf(text: string): string[] {
  return text
    .replace(/\s+/g, ' ')
    .split(/(?<=[.!?])\s+(?=[A-Z“"(])/)
    .map((s) => s.trim())
    .filter(Boolean);
}
