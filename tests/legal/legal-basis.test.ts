import { describe, expect, it } from 'vitest';
import {
  BLANK_PART2_EVALUATION,
  BLANK_PRIVACY_STATUS,
  BLANK_STATE_LAW,
  hipaaRulesToOfficers,
  legalBasis,
  type BasisPart,
  type Purpose,
  type Sender,
  type StateContext,
} from '../../src/legal/legal-basis.js';
import type { RecipientKind } from '../../src/legal/roles.js';
import type { RuleId } from '../../src/legal/rules.js';

/*
 * The table below is written from the regulations, not from the module's output:
 * - 42 CFR 2.31/2.33(a)(2): Part 2 records go to treating providers with consent (one consent may
 *   cover all future TPO); 2.51(a)(1): to medical personnel in a bona fide medical emergency only,
 *   so never to officers; 2.12(c)(5): program staff may report a crime on the premises or against
 *   staff to law enforcement; 2.31(a)(4)(ii): a consent naming an intermediary; 2.33(b): a lawful
 *   holder rediscloses only as that section and its consent permit. No HIPAA permission reaches a
 *   Part 2 record, so a sender that is both gets Part 2 records carved out of every HIPAA basis.
 * - 45 CFR 164.506(c)(2): PHI for the treatment activities of a health care provider;
 *   164.512(j)(1)(i): a serious and imminent threat, to a person reasonably able to prevent or
 *   lessen it (officers at a scene, a crisis line); otherwise 164.508 authorization;
 *   164.514(a)-(b), (e): de-identified data or a limited data set for evaluation. 164.512(f) is
 *   never a basis at the scene.
 * - 45 CFR 160.203(b): a more stringent state law also has to permit the disclosure.
 */

type Status = 'covered entity' | 'Part 2 program' | 'both' | 'neither';
const SENDERS: Record<Status, Sender> = {
  'covered entity': { hipaa: 'covered', part2: 'none', healthProvider: true },
  'Part 2 program': { hipaa: 'not-covered', part2: 'program', healthProvider: true },
  both: { hipaa: 'covered', part2: 'program', healthProvider: true },
  neither: { hipaa: 'not-covered', part2: 'none', healthProvider: true },
};

/** The recipient kinds and the purpose each flow to them has. */
const RECIPIENTS: [RecipientKind, Purpose][] = [
  ['law-enforcement', 'safety'],
  ['law-enforcement', 'follow-up'],
  ['psap', 'safety'],
  ['treating-provider', 'care'],
  ['hospital', 'care'],
  ['crisis-line', 'care'],
  ['school', 'referral'],
  ['social-services', 'referral'],
  ['hmis', 'referral'],
];

/** What 42 CFR Part 2 permits for Part 2 records, by recipient and purpose. */
const PART2_RULES: Record<string, RuleId[]> = {
  'law-enforcement/safety': ['part2Consent', 'part2CrimeOnPremises', 'part2NotToOfficers'],
  'law-enforcement/follow-up': ['part2Consent', 'part2NotToOfficers'],
  'psap/safety': ['part2Consent', 'part2NotToOfficers'],
  'treating-provider/care': ['part2TpoConsent', 'part2MedicalEmergency'],
  'hospital/care': ['part2TpoConsent', 'part2MedicalEmergency'],
  'crisis-line/care': ['part2Consent'],
  'school/referral': ['part2Consent'],
  'social-services/referral': ['part2Consent'],
  'hmis/referral': ['part2Consent', 'part2Intermediary'],
};

/** What HIPAA permits for PHI from a covered entity, by recipient and purpose. */
const HIPAA_RULES: Record<string, RuleId[]> = {
  'law-enforcement/safety': ['hipaaSeriousThreat', 'hipaaAuthorization'],
  'law-enforcement/follow-up': ['hipaaAuthorization'],
  'psap/safety': ['hipaaSeriousThreat', 'hipaaAuthorization'],
  'treating-provider/care': ['hipaaTreatment'],
  'hospital/care': ['hipaaTreatment'],
  'crisis-line/care': ['hipaaSeriousThreat', 'hipaaAuthorization'],
  'school/referral': ['hipaaAuthorization'],
  'social-services/referral': ['hipaaAuthorization'],
  'hmis/referral': ['hipaaAuthorization'],
};

const CA_LIKE = 'Example State Code § 1';
const REGIMES: Record<string, StateContext> = {
  'no stricter state law': { regime: { kind: 'none', verifiedOn: '2026-12-01' }, namedLaw: null },
  'stricter state law known': {
    regime: {
      kind: 'stricter',
      citation: CA_LIKE,
      verifiedOn: '2026-12-01',
      permits: { 'treating-provider': 'between professionals providing services' },
    },
    namedLaw: null,
  },
  unknown: { regime: { kind: 'unknown', citation: null, binds: null }, namedLaw: null },
};

function rulesIn(parts: BasisPart[], scopes: string[]): RuleId[] {
  return parts.flatMap((p) => (p.kind === 'rules' && scopes.includes(p.scope) ? p.rules : []));
}

describe('legal basis of a disclosure (sender status x recipient kind x state regime)', () => {
  for (const [status, sender] of Object.entries(SENDERS) as [Status, Sender][]) {
    for (const [recipient, purpose] of RECIPIENTS) {
      for (const [regimeName, state] of Object.entries(REGIMES)) {
        const key = `${recipient}/${purpose}`;
        it(`${status} to ${recipient} (${purpose}), ${regimeName}`, () => {
          const parts = legalBasis(sender, { kind: recipient, hipaa: 'not-covered' }, purpose, state);
          const part2 = sender.part2 === 'program';
          const covered = sender.hipaa === 'covered';

          // Part 2 records: exactly what Part 2 permits, and no HIPAA rule reaches them.
          expect(rulesIn(parts, ['part2'])).toEqual(part2 ? PART2_RULES[key] : []);
          expect(rulesIn(parts, ['part2']).some((r) => r.startsWith('hipaa'))).toBe(false);
          if (part2 && (recipient === 'law-enforcement' || recipient === 'psap')) {
            expect(rulesIn(parts, ['part2'])).not.toContain('part2MedicalEmergency');
            expect(parts).toContainEqual({ kind: 'fact', scope: 'part2', fact: 'part2-no-scene-exception' });
          }

          // PHI: HIPAA's rules, carved out of Part 2 records when the sender is both.
          const hipaaScope = part2 ? 'other-phi' : 'phi';
          expect(rulesIn(parts, [hipaaScope])).toEqual(covered ? HIPAA_RULES[key] : []);
          if (part2) expect(rulesIn(parts, ['phi'])).toEqual([]);

          // Neither HIPAA nor Part 2: no federal rule is claimed.
          const noFederal = parts.some((p) => p.kind === 'fact' && p.fact === 'no-federal-rule');
          expect(noFederal).toBe(!part2 && !covered);

          // State law (45 CFR 160.203): nothing, the verified permission, or a blank for counsel.
          // HIPAA's preemption rule is stated only for a sender HIPAA binds.
          const stateParts = parts.filter((p) => p.scope === 'state');
          const preemption = covered ? { hipaaPreemption: true } : {};
          if (regimeName === 'no stricter state law') expect(stateParts).toEqual([]);
          else if (regimeName === 'unknown')
            expect(stateParts).toEqual([
              { kind: 'blank', scope: 'state', label: BLANK_STATE_LAW, law: null, ...preemption },
            ]);
          else if (recipient === 'treating-provider')
            expect(stateParts).toEqual([
              {
                kind: 'state',
                scope: 'state',
                citation: CA_LIKE,
                permits: 'between professionals providing services',
              },
            ]);
          else
            expect(stateParts).toEqual([
              { kind: 'blank', scope: 'state', label: BLANK_STATE_LAW, law: CA_LIKE, ...preemption },
            ]);
        });
      }
    }
  }
});

describe('legal basis where the law cannot be decided from the answers', () => {
  const state = REGIMES['no stricter state law']!;
  const blank = [{ kind: 'blank', scope: 'health', label: BLANK_PRIVACY_STATUS, law: null }];

  it('is a blank when the Part 2 status is unknown, even for a known covered entity (audit M5)', () => {
    const sender: Sender = { hipaa: 'covered', part2: 'unknown', healthProvider: true };
    for (const [recipient, purpose] of RECIPIENTS) {
      expect(legalBasis(sender, { kind: recipient, hipaa: 'not-covered' }, purpose, state)).toEqual(blank);
    }
  });

  it('is a blank when the HIPAA status is unknown', () => {
    const sender: Sender = { hipaa: 'unknown', part2: 'none', healthProvider: true };
    expect(legalBasis(sender, { kind: 'law-enforcement', hipaa: 'not-covered' }, 'safety', state)).toEqual(
      blank,
    );
  });

  it('leaves the Part 2 basis for evaluation to counsel and gives HIPAA de-identification', () => {
    const parts = legalBasis(SENDERS.both, { kind: 'evaluator', hipaa: 'unknown' }, 'evaluation', state);
    expect(parts).toEqual([
      { kind: 'blank', scope: 'part2', label: BLANK_PART2_EVALUATION, law: null },
      { kind: 'rules', scope: 'other-phi', rules: ['deidentified'] },
    ]);
  });
});

describe('legal basis for other standings', () => {
  const state = REGIMES['no stricter state law']!;

  it('limits a lawful holder of Part 2 records to 42 CFR 2.33(b), for every recipient', () => {
    const sender: Sender = { hipaa: 'covered', part2: 'lawful-holder', healthProvider: true };
    for (const [recipient, purpose] of RECIPIENTS) {
      const parts = legalBasis(sender, { kind: recipient, hipaa: 'not-covered' }, purpose, state);
      expect(rulesIn(parts, ['part2'])).toEqual(['part2LawfulHolder']);
    }
  });

  it('adds the business associate agreement limit to a business associate’s HIPAA basis', () => {
    const sender: Sender = { hipaa: 'business-associate', part2: 'none', healthProvider: true };
    const parts = legalBasis(sender, { kind: 'hospital', hipaa: 'covered' }, 'care', state);
    expect(rulesIn(parts, ['phi'])).toEqual(['hipaaTreatment', 'businessAssociate']);
  });

  it('treats a covered 988 center as a health care provider for treatment', () => {
    const parts = legalBasis(
      SENDERS['covered entity'],
      { kind: 'crisis-line', hipaa: 'covered' },
      'care',
      state,
    );
    expect(rulesIn(parts, ['phi'])).toEqual(['hipaaTreatment']);
  });

  it('claims no state-law basis for the records of an organization that is not a provider', () => {
    const sender: Sender = { hipaa: 'not-covered', part2: 'none', healthProvider: false };
    const parts = legalBasis(
      sender,
      { kind: 'law-enforcement', hipaa: 'not-covered' },
      'follow-up',
      REGIMES.unknown!,
    );
    expect(parts).toEqual([{ kind: 'fact', scope: 'health', fact: 'no-federal-rule' }]);
  });
});

describe('what a covered clinician may tell an officer under HIPAA', () => {
  // 164.506(c) permits disclosure for the treatment activities of a health care provider; an
  // officer is not one. 164.512(j)(1)(i) reaches a person reasonably able to prevent or lessen a
  // serious and imminent threat; anything else needs the person's authorization (164.508).
  it('is the serious-threat permission or the person’s authorization, never treatment', () => {
    expect(hipaaRulesToOfficers()).toEqual(['hipaaSeriousThreat', 'hipaaAuthorization']);
  });
});
