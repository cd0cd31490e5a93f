import { describe, expect, it } from 'vitest';
import type { AnswersInput } from '../../src/answers/schema.js';
import { answersSchema } from '../../src/answers/schema.js';
import { normalizeAnswers, type Model } from '../../src/answers/normalize.js';
import type { Block } from '../../src/ast/types.js';
import { checkSharing } from '../../src/legal/check-sharing.js';
import {
  HIPAA_AUTHORIZATION_ELEMENTS,
  PART2_CE_REDISCLOSURE,
  PART2_CONSENT_ELEMENTS,
  PART2_NOTICE_FULL,
  PART2_NOTICE_SHORT,
  PART2_TPO_RECIPIENTS,
} from '../../src/legal/consent-rules.js';
import { sharingStatements, TRANSFER_ELEMENTS, type SharingStatements } from '../../src/legal/sharing.js';
import type { StateRegime } from '../../src/legal/state-confidentiality.js';
import { escapeDeep } from '../../src/templating/escape-markdown.js';
import { exampleInput } from '../support/render.js';

/**
 * The sharing rules as table tests written from the regulations (read 2026-12-01; see
 * src/legal/rules.ts for the sources): 42 CFR Part 2 (2.11, 2.12(c)(5), 2.12(d), 2.31, 2.51,
 * 2.61–2.67, 2.32), HIPAA (45 CFR 160.203(b), 164.508, 164.512(j)), the FBI CJIS Security Policy
 * (management control agreement, security addendum, fingerprint check, awareness training), and
 * the project's rule that a document puts no duty on one who does not sign it. Fast: no render.
 */
function modelOf(mutate: (a: AnswersInput) => void = () => {}, example = 'riverbend-city'): Model {
  const input = structuredClone(exampleInput(example));
  mutate(input);
  return escapeDeep(normalizeAnswers(answersSchema.parse(input), '2026-12-01'));
}
const NONE: StateRegime = { kind: 'none', verifiedOn: '2026-12-01' };
const statementsOf = (mutate?: (a: AnswersInput) => void, regime: StateRegime = NONE) =>
  sharingStatements(modelOf(mutate), regime);
const setPart2 = (status: string) => (a: AnswersInput) => {
  for (const p of a.partners!) (p as { part2_status?: string }).part2_status = 'not-part2';
  (a.partners![0] as { part2_status?: string }).part2_status = status;
};

describe('Part 2 records reaching an officer (42 CFR 2.12(c)(5), 2.31, 2.51; 45 CFR 164.512(j))', () => {
  // Part 2 binds a program and a lawful holder of its records (2.11, 2.12(d)(2)); no one else.
  const cases: [string, boolean][] = [
    ['part2-program', true],
    ['lawful-holder', true],
    ['not-part2', false],
  ];
  it.each(cases)('a partner whose Part 2 status is %s: the limits apply %s', (status, applies) => {
    const s = statementsOf(setPart2(status));
    if (!applies) {
      expect(s.part2ToOfficers).toBe('');
      expect(s.clinicianToOfficer).not.toMatch(/Part 2|2\.31/);
      expect(s.assessmentShared).not.toMatch(/Part 2/);
      expect(s.cadEntries).not.toMatch(/Part 2/);
      return;
    }
    const limits = s.part2ToOfficers;
    // Only a consent that meets 2.31 and names the recipient, or the 2.12(c)(5) crime report.
    expect(limits).toMatch(/written consent that meets 42 CFR 2\.31 and names the recipient/);
    expect(limits).toMatch(
      /crime[^.]*on a program’s premises or against its staff that 42 CFR 2\.12\(c\)\(5\) allows/,
    );
    // Neither HIPAA's serious-threat permission nor Part 2's medical emergency reaches officers.
    expect(limits).toMatch(
      /no HIPAA permission, including 45 CFR 164\.512\(j\), and not the medical-emergency rule of 42 CFR 2\.51, authorizes/,
    );
    // Never in CAD or RMS; no use against the person without consent or a court order (2.12(d), 2.61–2.67).
    expect(limits).toMatch(/never entered in CAD or RMS/);
    expect(limits).toMatch(
      /against the person in a civil, criminal, administrative or legislative proceeding without the person’s consent or a court order under 42 CFR 2\.61–2\.67/,
    );
    expect(s.clinicianToOfficer.endsWith(limits)).toBe(true);
    expect(s.assessmentShared).toMatch(
      /Part 2 protects are not part of it unless the person’s written consent that meets 42 CFR 2\.31 names the recipient\.$/,
    );
    expect(s.cadEntries).toMatch(
      /treatment history or other clinical details learned from a clinician or another health-care provider, nor any of the records that 42 CFR Part 2 protects/,
    );
  });

  it('should keep clinical details out of CAD, RMS and flags, and review flags yearly, with or without Part 2', () => {
    for (const status of ['part2-program', 'not-part2']) {
      const { cadEntries, clinicianToOfficer, assessmentShared } = statementsOf(setPart2(status));
      // Every duty names its actor: an organization that signs or adopts the document (Brazos
      // Bend r2, 1.5), never a bare passive that only a non-signing 911 center could perform.
      expect(cadEntries).toMatch(
        /^Each organization that signs or adopts this document shall see that every entry its personnel make in CAD or in the RMS about a behavioral-health call describes what was seen, said and done/,
      );
      expect(cadEntries).toMatch(/records no diagnosis, medications, treatment history/);
      expect(cadEntries).not.toMatch(/\b(?:shall be|is) (?:reviewed|removed|noted|recorded)\b/);
      expect(cadEntries).toMatch(
        /never a diagnosis or treatment history, except what a person, or the person’s parent or guardian, chooses/,
      );
      expect(cadEntries).toMatch(
        /the organization shall review its flags at least once a year and remove any no longer needed\.$/,
      );
      // The minimum necessary, and the serious-and-imminent-threat exception (164.512(j)).
      expect(clinicianToOfficer).toMatch(
        /^A clinician tells an officer only what the officer needs to keep people safe/,
      );
      expect(clinicianToOfficer).toMatch(
        /unless the officer needs it to prevent or lessen a serious and imminent threat\./,
      );
      expect(assessmentShared).toMatch(
        /^A clinician shares an assessment with an officer only as far as the officer needs it to act, and only as the information-sharing agreement and the law permit/,
      );
      expect(assessmentShared.endsWith('.')).toBe(true);
    }
    expect(statementsOf(setPart2('not-part2')).assessmentShared).toBe(
      'A clinician shares an assessment with an officer only as far as the officer needs it to act, and only as the information-sharing agreement and the law permit.',
    );
    expect(statementsOf(setPart2('not-part2')).clinicianToOfficer).not.toMatch(/ $/);
  });
});

describe('the Part 2 status of the programs (42 CFR 2.11)', () => {
  it('should name no program when none runs one, one program in the singular, two in the plural', () => {
    expect(statementsOf(setPart2('not-part2')).part2Status).toBe('');
    expect(statementsOf(setPart2('lawful-holder')).part2Status).toBe('');
    const one = statementsOf(setPart2('part2-program')).part2Status;
    expect(one).toBe(
      'The [[Parties]] understand that Rio Verde County Behavioral Health Department operates a federally assisted substance use disorder program subject to 42 CFR Part 2 (42 CFR 2.11); whether all or only a unit of that organization is the program is for counsel to confirm.',
    );
    const two = statementsOf((a) => {
      setPart2('part2-program')(a);
      (a.partners![2] as { part2_status?: string }).part2_status = 'part2-program';
    }).part2Status;
    expect(two).toMatch(
      /that Rio Verde County Behavioral Health Department and NAMI Rio Verde County operate a federally assisted/,
    );
    expect(two).toMatch(/only a unit of those organizations is the program/);
  });
});

describe('a 911-to-988 transfer carries 911 records only, and binds no non-signer', () => {
  const links: [string, boolean][] = [
    ['warm-transfer', true],
    ['cad-integrated', true],
    ['none-yet', false],
  ];
  it.each(links)('with link %s, a transfer exists: %s', (link, exists) => {
    const s = statementsOf((a) => {
      a.dispatch!.link_988 = link as never;
      a.dispatch!.center_988_name = 'Rio Verde Crisis Line';
    });
    // The words for what a transfer may carry are the same whether or not there is a link.
    expect(s.transferInformation).toBe(
      'the reason for the call, the caller’s call-back number, and the caller’s location, if known',
    );
    if (!exists) return expect(s.crisisLine).toBeNull();
    expect(s.crisisLine).toMatchObject({
      center: 'Rio Verde Crisis Line',
      outside: true,
      partner: false,
      information: s.transferInformation,
      elements: ['reason', 'call-back-number', 'location'],
    });
    expect(s.crisisLine!.basis).toBe(
      'These are 911 records, not protected health information, and the 911 center may pass them only as state law on 911 records permits, with the caller on the line and told of the transfer. No health information received from a clinician or a health-care provider is passed in a transfer. Rio Verde Crisis Line does not sign the information-sharing agreement, which puts no duty on it; what it does with the call is governed by its own law and policies.',
    );
  });

  it('should say the 988 center is outside unless it is a partner that signs the information-sharing agreement', () => {
    const asPartner = (signs: boolean) => (a: AnswersInput) => {
      a.partners!.push({
        id: 'crisis-line',
        name: 'Valley 988 Line',
        type: '988-center',
        roles: ['988-center'],
        hipaa_status: 'not-covered',
        part2_status: 'not-part2',
        signs_agreements: signs,
        ...(signs
          ? { signatory: { name: 'A. Director', title: 'Director', authority: 'Board resolution 1' } }
          : {}),
      } as never);
    };
    const signing = statementsOf(asPartner(true)).crisisLine!;
    expect(signing).toMatchObject({ center: 'Valley 988 Line', outside: false, partner: true });
    expect(signing.basis).not.toMatch(/does not sign/);
    expect(signing.basis.endsWith('passed in a transfer.')).toBe(true);
    const nonSigning = statementsOf(asPartner(false)).crisisLine!;
    expect(nonSigning).toMatchObject({ center: 'Valley 988 Line', outside: true, partner: true });
    expect(nonSigning.basis).toMatch(
      /Valley 988 Line does not sign the information-sharing agreement, which puts no duty on it/,
    );
  });

  it('should leave a visible blank for a 988 center no answer names', () => {
    const s = statementsOf((a) => {
      delete a.dispatch!.center_988_name;
    });
    expect(s.crisisLine?.center).toBe('[[?988 CENTER]]');
  });

  it('should allow exactly the reason, the call-back number and the location', () => {
    expect(TRANSFER_ELEMENTS).toEqual(['reason', 'call-back-number', 'location']);
  });
});

describe('a clinician’s CAD access (FBI CJIS Security Policy)', () => {
  it('should state no condition without access', () => {
    expect(
      statementsOf((a) => void (a.information_sharing!.clinician_cad_access = false)).cjisCondition,
    ).toBe('');
  });

  it('should limit access to the employer’s clinicians, after approval, the agreement and the checks', () => {
    const s = statementsOf((a) => void (a.information_sharing!.clinician_cad_access = true));
    expect(s.cjisCondition).toBe(
      'Only the clinicians of Rio Verde County Behavioral Health Department may have access to CAD, and no hospital or other partner staff. Access begins only after the state CJIS systems agency has approved it and the agreement the FBI CJIS Security Policy requires for the clinicians’ employer is signed: for a governmental employer, a management control agreement with the agency that operates CAD (Riverbend Regional Emergency Communications Center); for a private contractor, the CJIS Security Addendum. Each person with access first passes a fingerprint-based background check and completes security awareness training.',
    );
  });

  it('should say “the clinicians” when the lead agency employs them', () => {
    const s = statementsOf((a) => {
      a.information_sharing!.clinician_cad_access = true;
      a.staffing!.clinician_employer = 'lead';
    });
    expect(s.cjisCondition).toMatch(/^Only the clinicians may have access to CAD/);
  });
});

describe('a more stringent state law is not preempted (45 CFR 160.203(b))', () => {
  const base =
    'Where a state law that relates to the privacy of health information is more stringent than HIPAA, HIPAA does not preempt it and it also governs (45 CFR 160.203(b))';
  const counsel =
    ' Counsel shall state what that law permits for each flow before a clinician relies on a HIPAA permission alone.';
  const cases: [string, StateRegime, string][] = [
    ['no stricter law (verified)', NONE, `${base}.`],
    [
      'a stricter law',
      { kind: 'stricter', citation: 'Cal. Civ. Code 56.10', verifiedOn: '2026-12-01', permits: {} },
      `${base}; the state law to consider includes Cal. Civ. Code 56.10.${counsel}`,
    ],
    [
      'an unknown regime with a citation',
      { kind: 'unknown', citation: 'W\\&I Code 5328', binds: null },
      `${base}; the state law to consider includes W\\&I Code 5328.${counsel}`,
    ],
  ];
  it.each(cases)('%s', (_name, regime, expected) => {
    expect(statementsOf(undefined, regime).stateLawPrevails).toBe(expected);
  });

  it('should fall back to the answers’ state law for an unknown regime without a citation, and name none without either', () => {
    const unknown: StateRegime = { kind: 'unknown', citation: null, binds: null };
    const named = statementsOf((a) => {
      a.information_sharing!.state_confidentiality_law = 'Lanterman-Petris-Short Act';
    }, unknown).stateLawPrevails;
    expect(named).toBe(`${base}; the state law to consider includes Lanterman-Petris-Short Act.${counsel}`);
    const none = statementsOf((a) => {
      a.information_sharing!.state_confidentiality_law = null;
    }, unknown).stateLawPrevails;
    expect(none).toBe(`${base}.${counsel}`);
  });
});

describe('checkSharing: no draft permits what the flow model forbids', () => {
  const para = (value: string): Block => ({ type: 'paragraph', content: [{ type: 'text', value }] });
  const clause = (number: string, ...sentences: string[]): Block => ({
    type: 'clause',
    level: 2,
    number,
    content: [{ type: 'text', value: sentences[0]! }],
    children: sentences.slice(1).map(para),
  });
  const acronyms = { CAD: 'computer-aided dispatch', RMS: 'records management system' };
  const withPart2 = statementsOf(setPart2('part2-program'));
  const without = statementsOf(setPart2('not-part2'));
  const noLink = statementsOf((a) => void (a.dispatch!.link_988 = 'none-yet'));
  const check = (s: SharingStatements, ...blocks: Block[]) => checkSharing(blocks, s, acronyms);

  it('should accept the model’s own sentences, even with the acronyms spelled out', () => {
    const spelled = without.cadEntries.replaceAll('CAD', 'computer-aided dispatch (CAD)');
    expect(check(without, clause('1', without.cadEntries), clause('2', spelled))).toEqual([]);
    expect(check(withPart2, clause('3', withPart2.clinicianToOfficer))).toEqual([]);
  });

  // [sentence, objects with Part 2 held]
  const cadCases: [string, boolean][] = [
    ['Officers record the diagnosis in the CAD entry.', true],
    ['A premise flag may note the person’s medications.', true],
    ['The RMS record lists treatment history.', true],
    ['A person flag records clinical details shared by the team.', true],
    ['Call-takers enter the call in CAD.', false], // nothing clinical
    ['The diagnosis is never discussed on the radio.', false], // not about CAD
    ['CAD shows the diagnosis.', false], // not an entry or a record
  ];
  it.each(cadCases)('a CAD sentence “%s” objects: %s', (sentence, objects) => {
    const problems = check(without, clause('4.1', 'The Parties agree.', sentence));
    if (!objects) return expect(problems).toEqual([]);
    expect(problems).toEqual([
      { clause: '4.1', sentence, expected: `the packet's one CAD rule: “${without.cadEntries}”` },
    ]);
  });

  const transferCases: [SharingStatements, string, string | null][] = [
    [without, 'Call-takers pass the caller’s location to the 988 Center.', null],
    [
      without,
      'The call-taker shares the reason for the call and the call-back number with the 988 Center.',
      null,
    ],
    [without, 'The call-taker shares the caller’s name with the 988 Center.', 'only'],
    [without, 'The call-taker gives the safety plan to the 988 Center.', 'only'],
    [without, 'The call-taker shall not pass the diagnosis to the 988 Center.', null],
    [without, 'The caller may speak to the 988 Center.', null], // moves nothing
    [noLink, 'Call-takers pass the caller’s location to the 988 Center.', 'no transfer'],
    [noLink, 'A procedure will say what call-takers pass to the 988 Center.', null],
    [
      noLink,
      'Call-takers pass the caller’s location to the 988 Center through [HOW 911 AND 988 CONNECT].',
      null,
    ],
    [noLink, 'Call-takers pass the caller’s location to the 988 Center through [AB].', 'no transfer'],
  ];
  it.each(transferCases)('a transfer sentence (case %#): %s → %s', (s, sentence, expected) => {
    const problems = check(s, clause('8', sentence));
    if (expected === null) return expect(problems).toEqual([]);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ clause: '8', sentence });
    expect(problems[0]!.expected).toBe(
      expected === 'only'
        ? `a transfer to the 988 Center carries only ${s.transferInformation}`
        : 'no transfer to the 988 Center: the answers give 911 no link to 988 that carries information',
    );
  });

  it('should require the Part 2 limits in a clause where a clinician tells an officer, only when Part 2 records are held', () => {
    const telling = clause(
      '5.2',
      'The Parties agree.',
      'The clinician tells the officer what the officer needs.',
    );
    expect(check(without, telling)).toEqual([]);
    expect(check(withPart2, telling)).toEqual([
      {
        clause: '5.2',
        sentence: 'The clinician tells the officer what the officer needs.',
        expected: `the Part 2 limits: “${withPart2.assessmentShared}”`,
      },
    ]);
    const weighing = clause('5.3', 'The sergeant considers the clinician’s assessment.');
    expect(check(withPart2, weighing)).toHaveLength(1);
    // The limits anywhere in the same clause satisfy it.
    const limited = clause(
      '5.4',
      'The clinician tells the officer what the officer needs.',
      'Records that 42 CFR Part 2 protects need a consent under 42 CFR 2.31.',
    );
    expect(check(withPart2, limited)).toEqual([]);
    // Another clause's limits do not.
    expect(check(withPart2, telling, clause('5.5', 'See 42 CFR 2.31.'))).toHaveLength(1);
  });

  it('should read sentences split at a period before a capital, and across whitespace', () => {
    const problems = check(
      without,
      clause('6', 'Officers act.\n  Officers record the diagnosis in the CAD entry. then more'),
    );
    expect(problems.map((p) => p.sentence)).toEqual([
      'Officers record the diagnosis in the CAD entry. then more',
    ]);
  });
});

describe('the consent rules the form quotes (42 CFR 2.31, 2.32; 45 CFR 164.508)', () => {
  it('should quote 2.32(a)(2) as the 2024 rule gives it', () => {
    expect(PART2_NOTICE_SHORT).toMatchObject({
      cite: '42 CFR 2.32(a)(2)',
      text: '42 CFR part 2 prohibits unauthorized use or disclosure of these records.',
      checked: '2026-12-01',
    });
  });

  it('should quote 2.32(a)(1) with the proceedings bar and its exceptions', () => {
    expect(PART2_NOTICE_FULL.cite).toBe('42 CFR 2.32(a)(1)');
    expect(PART2_NOTICE_FULL.text).toMatch(
      /^This record which has been disclosed to you is protected by Federal confidentiality rules \(42 CFR part 2\)\./,
    );
    expect(PART2_NOTICE_FULL.text).toMatch(
      /except as provided at 42 CFR 2\.12\(c\)\(5\) or as authorized by a court in accordance with 42 CFR 2\.64 or 2\.65\./,
    );
    expect(PART2_NOTICE_FULL.text).toMatch(
      /A general authorization for the release of medical or other information is NOT sufficient/,
    );
    expect(PART2_CE_REDISCLOSURE.cite).toBe('42 CFR 2.31(a)(4)(iii)');
    expect(PART2_CE_REDISCLOSURE.text).toMatch(
      /may be redisclosed in accordance with the permissions contained in the HIPAA regulations, except for uses and disclosures for civil, criminal, administrative, and legislative proceedings against me\.$/,
    );
    expect(PART2_TPO_RECIPIENTS).toMatchObject({
      cite: '42 CFR 2.31(a)(4)(i)',
      text: 'my treating providers, health plans, third-party payers, and people helping to operate this program',
    });
    for (const rule of [PART2_NOTICE_FULL, PART2_NOTICE_SHORT, PART2_CE_REDISCLOSURE, PART2_TPO_RECIPIENTS]) {
      expect(rule.official).toMatch(
        /^https:\/\/www\.ecfr\.gov\/current\/title-42\/chapter-I\/subchapter-A\/part-2\/subpart-C\/section-2\.3[12]$/,
      );
      expect(rule.source).toMatch(/^https?:\/\/|^a public program/);
      expect(rule.checked).toBe('2026-12-01');
    }
  });

  it('should list the core elements and statements of an authorization, 164.508(c)(1), (c)(2) and (c)(4)', () => {
    expect(HIPAA_AUTHORIZATION_ELEMENTS.map((e) => e.cite)).toEqual([
      '164.508(c)(1)(i)',
      '164.508(c)(1)(ii)',
      '164.508(c)(1)(iii)',
      '164.508(c)(1)(iv)',
      '164.508(c)(1)(v)',
      '164.508(c)(1)(vi)',
      '164.508(c)(2)(i)',
      '164.508(c)(2)(ii)',
      '164.508(c)(2)(iii)',
      '164.508(c)(4)',
    ]);
    // Each core element and statement of 164.508(c), in the rule's order.
    expect(HIPAA_AUTHORIZATION_ELEMENTS.map((e) => e.element)).toEqual([
      'a description of the information to be used or disclosed',
      'who is authorized to make the disclosure',
      'to whom the disclosure may be made',
      'a description of each purpose',
      'an expiration date or event',
      "signature and date; a representative's authority",
      'the right to revoke in writing, and how',
      'whether treatment or payment may be conditioned on signing',
      'the potential for redisclosure',
      'a copy for the person',
    ]);
    const words = HIPAA_AUTHORIZATION_ELEMENTS.map((e) => e.element).join('; ');
    for (const element of [
      'information to be used or disclosed',
      'to whom',
      'purpose',
      'expiration',
      'signature and date',
      'revoke',
      'conditioned',
      'redisclosure',
      'copy',
    ])
      expect(words).toContain(element);
  });

  it('should list the elements of a Part 2 consent, 2.31(a)', () => {
    const elements = PART2_CONSENT_ELEMENTS.map((e) => `${e.cite} ${e.element}`);
    expect(elements.slice(0, 5)).toEqual([
      '2.31(a)(1) the name of the patient',
      '2.31(a)(2) who may make the disclosure',
      '2.31(a)(3) a specific description of the SUD information',
      '2.31(a)(4)(i) the recipients',
      '2.31(a)(4)(iii) the HIPAA redisclosure statement for covered-entity recipients',
    ]);
    // The rest are cited as 2.31(a) until counsel confirms their paragraphs.
    expect(PART2_CONSENT_ELEMENTS.slice(5, 10).map((e) => e.cite)).toEqual(Array(5).fill('2.31(a)'));
    const rest = elements.slice(5).join('; ');
    for (const element of ['purpose', 'revoke', 'expiration', 'signature', 'minor', 'date signed'])
      expect(rest).toContain(element);
    // The single TPO consent's redisclosure statement: its paragraph of 2.31(a) is left to counsel (5106be7).
    expect(elements[10]).toMatch(/^2\.31\(a\) for a single TPO consent/);
    expect(PART2_CONSENT_ELEMENTS).toHaveLength(11);
  });
});
