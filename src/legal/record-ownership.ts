/**
 * Who owns the records Clinicians make, from `information_sharing.record_ownership`: the answer is
 * free text, either the owner's name ("High Desert Recovery & Wellness Center") or a rule of its
 * own ("Each Party owns the records it creates"). Counsel found the rule pasted into "belong to
 * …", so the drafts say an owner's name where there is one and state a rule as a sentence.
 */
export interface RecordOwnership {
  /** The organization that owns the clinical records, or null. */
  owner: string | null;
  /** The answers' own rule, as a sentence ending with a period, or null. */
  rule: string | null;
}

const STATES_A_RULE = /\b(?:owns?|belongs?|keeps?|holds?|retains?)\b/i;

export function recordOwnershipOf(answer: string | null): RecordOwnership {
  const text = answer?.trim() ?? '';
  if (text === '') return { owner: null, rule: null };
  if (!STATES_A_RULE.test(text)) return { owner: text.replace(/\.$/, ''), rule: null };
  const sentence = text.charAt(0).toUpperCase() + text.slice(1);
  return { owner: null, rule: /[.!]$/.test(sentence) ? sentence : `${sentence}.` };
}
