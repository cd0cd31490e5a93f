import type { BasisPart, FactId, Scope } from './legal-basis.js';
import { RULES } from './rules.js';

const SCOPE_LEAD: Record<Scope, string> = {
  part2: 'For [[Part 2 Record]]s: ',
  'other-phi': 'For [[Protected Health Information]] other than [[Part 2 Record]]s: ',
  phi: 'For [[Protected Health Information]]: ',
  health: '',
  state: 'Under state law: ',
};

const FACTS: Record<FactId, string> = {
  'no-federal-rule':
    'neither HIPAA nor 42 CFR Part 2 governs these records; the [[Parties]] agree that they are shared only with the person’s written consent on the [[Consent Form]] or as state law permits',
  'part2-no-scene-exception':
    'no HIPAA permission, including 45 CFR 164.512(j), authorizes the disclosure of a [[Part 2 Record]]',
};

/**
 * A legal basis in the drafts' words: one sentence per part, the records it governs named once
 * at the start of each run of parts about the same records.
 */
export function basisMarkdown(parts: readonly BasisPart[]): string {
  let scope: Scope | null = null;
  return parts
    .map((part) => {
      const lead = part.scope === scope ? '' : SCOPE_LEAD[part.scope];
      scope = part.scope;
      return sentence(lead, textOf(part));
    })
    .join(' ');
}

function textOf(part: BasisPart): string {
  switch (part.kind) {
    case 'rules':
      return part.rules.map((id) => RULES[id].text).join('; or ');
    case 'fact':
      return FACTS[part.fact];
    case 'state':
      return `${part.permits} (${part.citation})`;
    case 'blank':
      return blankText(part);
  }
}

function blankText(part: Extract<BasisPart, { kind: 'blank' }>): string {
  const blank = `[[?${part.label}]]`;
  if (part.scope !== 'state') return blank;
  const named = !part.law
    ? ''
    : part.verified
      ? `the [[Parties]] understand that ${part.law} is the state’s confidentiality law for behavioral-health records${part.binds ? ` (it binds ${part.binds})` : ''}; `
      : `the [[Parties]] name ${part.law} as the state confidentiality law; `;
  const preemption = part.hipaaPreemption
    ? 'where state law is more stringent than HIPAA it governs (45 CFR 160.203(b)), and '
    : '';
  return `${named}${preemption}counsel shall state what state law permits here: ${blank}`;
}

function sentence(lead: string, text: string): string {
  const body = lead ? text : text.charAt(0).toUpperCase() + text.slice(1);
  return `${lead}${body}${body.endsWith('.') ? '' : '.'}`;
}
