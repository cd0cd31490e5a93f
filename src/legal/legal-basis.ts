import type { HipaaStanding, Part2Standing, RecipientKind } from './roles.js';
import type { RuleId } from './rules.js';
import type { StateRegime } from './state-confidentiality.js';

/** Why information moves: the rules differ between a safety disclosure and a follow-up report. */
export type Purpose = 'safety' | 'care' | 'follow-up' | 'referral' | 'evaluation';

/** Which records a part of a basis governs. */
export type Scope = 'part2' | 'other-phi' | 'phi' | 'health' | 'state';

/**
 * One part of a legal basis: the rules that permit the disclosure (alternatives, any one
 * suffices), a fact stated without a rule, or a visible blank for counsel where the law cannot be
 * decided from verified data.
 */
export type BasisPart =
  | { kind: 'rules'; scope: Scope; rules: RuleId[] }
  | { kind: 'fact'; scope: Scope; fact: FactId }
  | { kind: 'state'; scope: 'state'; citation: string; permits: string }
  | {
      kind: 'blank';
      scope: Scope;
      label: string;
      law: string | null;
      verified?: boolean;
      binds?: string;
      /**
       * The sender is bound by HIPAA, so HIPAA's preemption rule (45 CFR 160.203(b)) is worth
       * stating; for a sender HIPAA does not reach it says nothing (counsel cold read, Juniper
       * Falls, session 11, High 2: the rule was stated for a private 988 center).
       */
      hipaaPreemption?: boolean;
    };

/** Statements the model makes that are agreement terms or definitions, not rule paraphrases. */
export type FactId = 'no-federal-rule' | 'part2-no-scene-exception';

export interface Sender {
  hipaa: HipaaStanding;
  part2: Part2Standing;
  /** Its records are health records (a provider), whatever HIPAA says. */
  healthProvider: boolean;
}

export interface Recipient {
  kind: RecipientKind;
  /** A covered recipient is a health care provider for 45 CFR 164.506(c)(2). */
  hipaa: HipaaStanding;
}

/** The state's confidentiality regime and the law the answers name, if any. */
export interface StateContext {
  regime: StateRegime;
  namedLaw: string | null;
  /** `namedLaw` comes from the verified state data rather than the answers. */
  namedLawVerified?: boolean;
  /** Whom that law binds, as the verified data says. */
  namedLawBinds?: string | null;
}

export const BLANK_PRIVACY_STATUS = 'LEGAL BASIS: PRIVACY STATUS TO BE DETERMINED';
export const BLANK_STATE_LAW = 'BASIS UNDER STATE CONFIDENTIALITY LAW';
export const BLANK_PART2_EVALUATION = 'PART 2 BASIS FOR EVALUATION (42 CFR 2.52 OR 2.53)';

/**
 * The legal basis for a disclosure of health information by `sender` to `recipient` for
 * `purpose`: HIPAA for a covered entity, 42 CFR Part 2 for Part 2 records (carved out of every
 * HIPAA basis when the sender is both), and the state's more stringent law (45 CFR 160.203) where
 * the state data says so. An unknown status is a blank, never a guess.
 */
export function legalBasis(
  sender: Sender,
  recipient: Recipient,
  purpose: Purpose,
  state: StateContext,
): BasisPart[] {
  if (sender.hipaa === 'unknown' || sender.part2 === 'unknown') {
    return [{ kind: 'blank', scope: 'health', label: BLANK_PRIVACY_STATUS, law: null }];
  }
  const parts: BasisPart[] = [];
  const holdsPart2 = sender.part2 !== 'none';
  if (holdsPart2) parts.push(...part2Basis(sender.part2, recipient.kind, purpose));
  if (sender.hipaa === 'covered' || sender.hipaa === 'business-associate') {
    const rules = hipaaRules(recipient, purpose);
    if (sender.hipaa === 'business-associate') rules.push('businessAssociate');
    parts.push({ kind: 'rules', scope: holdsPart2 ? 'other-phi' : 'phi', rules });
  } else if (!holdsPart2) {
    parts.push({ kind: 'fact', scope: 'health', fact: 'no-federal-rule' });
  }
  const healthRecords = holdsPart2 || sender.hipaa !== 'not-covered' || sender.healthProvider;
  if (healthRecords && purpose !== 'evaluation')
    parts.push(...stateBasis(recipient.kind, state, sender.hipaa !== 'not-covered'));
  return parts;
}

function part2Basis(standing: Part2Standing, recipient: RecipientKind, purpose: Purpose): BasisPart[] {
  if (purpose === 'evaluation') {
    return [{ kind: 'blank', scope: 'part2', label: BLANK_PART2_EVALUATION, law: null }];
  }
  if (standing === 'lawful-holder') return [{ kind: 'rules', scope: 'part2', rules: ['part2LawfulHolder'] }];
  switch (recipient) {
    case 'law-enforcement':
    case 'psap': {
      // 2.12(c)(5) reaches "law enforcement agencies or officials", not every 911 center.
      const rules: RuleId[] = ['part2Consent'];
      if (purpose === 'safety' && recipient === 'law-enforcement') rules.push('part2CrimeOnPremises');
      return [
        { kind: 'rules', scope: 'part2', rules },
        { kind: 'fact', scope: 'part2', fact: 'part2-no-scene-exception' },
        { kind: 'rules', scope: 'part2', rules: ['part2NotToOfficers'] },
      ];
    }
    case 'treating-provider':
    case 'hospital':
      return [{ kind: 'rules', scope: 'part2', rules: ['part2TpoConsent', 'part2MedicalEmergency'] }];
    case 'hmis':
      return [{ kind: 'rules', scope: 'part2', rules: ['part2Consent', 'part2Intermediary'] }];
    default:
      return [{ kind: 'rules', scope: 'part2', rules: ['part2Consent'] }];
  }
}

/**
 * The HIPAA permissions under which a covered clinician may tell an officer anything, for any
 * purpose a flow to officers has: never the treatment permission of 45 CFR 164.506(c), because an
 * officer is not a health care provider (counsel cold read, Brazos Bend, December 2026: the
 * training plan taught 164.506(c) as a basis for sharing with officers).
 */
export function hipaaRulesToOfficers(): RuleId[] {
  const officers: Recipient = { kind: 'law-enforcement', hipaa: 'not-covered' };
  const purposes: Purpose[] = ['safety', 'care', 'follow-up', 'referral'];
  return [...new Set(purposes.flatMap((purpose) => hipaaRules(officers, purpose)))];
}

function hipaaRules(recipient: Recipient, purpose: Purpose): RuleId[] {
  if (purpose === 'evaluation') return ['deidentified'];
  const provider =
    recipient.kind === 'treating-provider' ||
    recipient.kind === 'hospital' ||
    (recipient.kind === 'crisis-line' && recipient.hipaa === 'covered');
  if (provider) return ['hipaaTreatment'];
  // 164.512(j)(1)(i): a person reasonably able to prevent or lessen the threat; a crisis line is one.
  const threatCanApply = purpose === 'safety' || recipient.kind === 'crisis-line';
  return threatCanApply ? ['hipaaSeriousThreat', 'hipaaAuthorization'] : ['hipaaAuthorization'];
}

/** 45 CFR 160.203: a more stringent state law also has to permit the disclosure. */
function stateBasis(recipient: RecipientKind, state: StateContext, hipaaPreemption: boolean): BasisPart[] {
  const { regime } = state;
  if (regime.kind === 'none') return [];
  if (regime.kind === 'stricter') {
    const permits = regime.permits[recipient];
    return permits
      ? [{ kind: 'state', scope: 'state', citation: regime.citation, permits }]
      : [
          {
            kind: 'blank',
            scope: 'state',
            label: BLANK_STATE_LAW,
            law: regime.citation,
            ...(hipaaPreemption ? { hipaaPreemption } : {}),
          },
        ];
  }
  return [
    {
      kind: 'blank',
      scope: 'state',
      label: BLANK_STATE_LAW,
      law: state.namedLaw,
      ...(state.namedLawVerified ? { verified: true } : {}),
      ...(state.namedLawBinds ? { binds: state.namedLawBinds } : {}),
      ...(hipaaPreemption ? { hipaaPreemption } : {}),
    },
  ];
}
