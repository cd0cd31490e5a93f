import { describe, expect, it } from 'vitest';
import { answersSchema, type AnswersInput } from '../../src/answers/schema.js';
import type { Block } from '../../src/ast/types.js';
import { actorsOf } from '../../src/legal/duty-actors.js';
import { dutiesOnOutsiders, outsidersAmong, subjectOf } from '../../src/legal/duties.js';
import { captionOf, partiesOf, partiesOfDocument, signs } from '../../src/legal/parties.js';
import { exampleInput } from '../support/render.js';

/**
 * Who the parties are and who may bear a duty, as table tests from the rules, not from the
 * drafts: a contract binds the legal entity that signs it (a department acts for its city or
 * county); a document puts no duty on an organization that does not sign or adopt it; the
 * dispatch procedure is adopted by the 911 center and the agencies it dispatches for; HIPAA
 * binds covered entities (45 CFR 160.103, a hybrid entity's covered component, 164.105) and
 * Part 2 binds programs and lawful holders (42 CFR 2.11, 2.12(d)). Fast: no render.
 */
type Partner = NonNullable<AnswersInput['partners']>[number];
function modelOf(mutate: (a: AnswersInput) => void = () => {}) {
  const input = structuredClone(exampleInput('riverbend-city'));
  mutate(input);
  return partiesOf(answersSchema.parse(input));
}
const partner = (a: AnswersInput, id: string) => a.partners!.find((p) => p.id === id) as Partner;
const ids = (parties: { id: string }[]) => parties.map((p) => p.id);
const signatory = { name: 'A. Person', title: 'Director', authority: 'Board resolution 1' };
/** The answers without the separate 911 center (nor its liaison). */
const withoutRrecc = (a: AnswersInput) => {
  a.partners = a.partners!.filter((p) => p.id !== 'rrecc');
  a.agreement!.liaisons = a.agreement!.liaisons!.filter((l) => l.party !== 'rrecc');
};

describe('the legal entity that signs (captions)', () => {
  const cases: [string, string | null, string | null, string][] = [
    ['Riverbend Police Department', null, null, 'Riverbend Police Department'],
    ['Riverbend Police Department', 'Riverbend Police Department', 'x', 'Riverbend Police Department'],
    [
      'Rio Verde BH',
      'County of Rio Verde',
      'Behavioral Health Department',
      'County of Rio Verde, acting by and through its Behavioral Health Department',
    ],
    [
      'Rio Verde BH',
      'County of Rio Verde',
      null,
      'County of Rio Verde, acting by and through its Rio Verde BH',
    ],
  ];
  it.each(cases)('%s of %s through %s: %s', (name, entity, unit, caption) => {
    expect(captionOf(name, entity, unit)).toBe(caption);
  });

  it('should give each party its legal name, the unit it acts through, and its short name', () => {
    const m = modelOf((a) => {
      partner(a, 'rrecc').short_name = null;
    });
    expect(m.lead).toMatchObject({
      id: 'lead',
      kind: 'lead',
      name: 'Riverbend Police Department',
      short: 'RPD',
      legalName: 'City of Riverbend',
      actingThrough: 'Police Department',
      displayName: 'City of Riverbend, acting by and through its Police Department',
    });
    const rrecc = m.partners.find((p) => p.id === 'rrecc')!;
    expect(rrecc).toMatchObject({
      short: 'Riverbend Regional Emergency Communications Center',
      legalName: 'Riverbend Regional Emergency Communications Center',
      actingThrough: null,
    });
    const through = modelOf((a) => {
      partner(a, 'county-bh').unit = null;
    }).partners[0]!;
    expect(through.actingThrough).toBe('Rio Verde County Behavioral Health Department');
  });
});

describe('the lead agency', () => {
  it('should be a law-enforcement party that signs every document, outside HIPAA and Part 2 in that role', () => {
    const { lead } = modelOf();
    expect(lead.roles[0]).toBe('law-enforcement');
    expect(lead).toMatchObject({
      hipaa_status: 'not-covered',
      part2_status: 'not-part2',
      isCoveredEntity: false,
      isPart2Program: false,
      signs: true,
      signsDocuments: [
        'co-responder-mou',
        'cit-mou',
        'crisis-coordination-mou',
        'information-sharing-agreement',
        'dispatch-protocol',
      ],
      publicEntity: true,
      typeLabel: 'municipal police department',
      kindLabel: 'municipal police department',
      counsel: 'Riverbend City Attorney',
      address: '400 Harbor Street, Riverbend, CA 95391',
    });
  });

  it('should take its signatory from the head when none is named, and leave a tribal agency’s public status to counsel', () => {
    const { lead } = modelOf((a) => {
      a.lead_agency!.signatory = { name: null, title: null, authority: null } as never;
      a.lead_agency!.type = 'tribal';
      a.lead_agency!.roles = ['psap', 'law-enforcement'] as never;
    });
    expect(lead.signatory).toEqual({ name: 'Marisol Peña', title: 'Chief of Police', authority: null });
    expect(lead.publicEntity).toBeNull();
    // Roles without duplicates, the implied one first.
    expect(lead.roles).toEqual(['law-enforcement', 'psap']);
  });
});

describe('a partner’s roles, public status and privacy regime', () => {
  const roleCases: [string, string[], string][] = [
    ['county-behavioral-health', ['behavioral-health-provider'], 'public behavioral-health department'],
    ['mental-health-authority', ['behavioral-health-provider'], ''],
    ['nonprofit-provider', ['behavioral-health-provider'], ''],
    ['crisis-center', ['behavioral-health-provider'], ''],
    ['housing-provider', ['housing'], ''],
    ['dd-authority', ['dd-authority'], ''],
    ['hospital', ['hospital'], 'hospital'],
    ['receiving-facility', ['crisis-receiving'], ''],
    ['911-center', ['psap'], ''],
    ['988-center', ['988-center'], ''],
    ['ems', ['ems'], ''],
    ['law-enforcement', ['law-enforcement'], 'law-enforcement agency'],
    ['school-district', ['school'], 'school district'],
    ['advocacy', ['advocacy'], 'advocacy organization'],
    ['other', [], ''],
  ];
  it.each(roleCases)('a %s holds %j', (type, roles, kind) => {
    const p = modelOf((a) => {
      Object.assign(partner(a, 'nami-rv'), { type, roles: [] });
    }).partners[2]!;
    expect(p.roles).toEqual(roles);
    expect(p.roleLabels).toHaveLength(roles.length);
    expect(p.roleLabels.every((l) => typeof l === 'string' && l.length > 0)).toBe(true);
    if (kind) expect(p.kindLabel).toBe(kind);
    expect(p.kindLabel).not.toMatch(/\(e\.g\./);
  });

  // [type, public_entity answer, legal_entity, expected]
  const publicCases: [string, boolean | null, string | null, boolean | null][] = [
    ['county-behavioral-health', null, null, true],
    ['911-center', null, null, true],
    ['mental-health-authority', null, null, true],
    ['law-enforcement', null, null, true],
    ['school-district', null, null, true],
    ['nonprofit-provider', null, null, false],
    ['advocacy', null, 'NAMI Inc.', false],
    ['hospital', null, null, null],
    ['hospital', null, 'Valley Hospital District', true],
    ['hospital', false, 'Valley Hospital District', false],
    ['advocacy', true, null, true],
  ];
  it.each(publicCases)(
    'a %s answering public_entity %s with legal entity %s is public: %s',
    (type, answer, entity, expected) => {
      const p = modelOf((a) => {
        Object.assign(partner(a, 'nami-rv'), { type, public_entity: answer, legal_entity: entity });
      }).partners[2]!;
      expect(p.publicEntity).toBe(expected);
    },
  );

  const privacyCases: [string, string, Record<string, boolean>][] = [
    [
      'covered-entity',
      'not-part2',
      { isCoveredEntity: true, isBusinessAssociate: false, privacyUnknown: false },
    ],
    ['hybrid-entity', 'not-part2', { isCoveredEntity: true }],
    ['business-associate', 'not-part2', { isCoveredEntity: false, isBusinessAssociate: true }],
    ['not-covered', 'part2-program', { isPart2Program: true, isPart2LawfulHolder: false }],
    ['not-covered', 'lawful-holder', { isPart2Program: false, isPart2LawfulHolder: true }],
    ['unknown', 'not-part2', { privacyUnknown: true, isCoveredEntity: false }],
    ['not-covered', 'unknown', { privacyUnknown: true, isPart2Program: false }],
  ];
  it.each(privacyCases)('HIPAA %s, Part 2 %s', (hipaa, part2, expected) => {
    const m = modelOf((a) => {
      Object.assign(partner(a, 'nami-rv'), { hipaa_status: hipaa, part2_status: part2 });
      Object.assign(partner(a, 'county-bh'), { hipaa_status: 'not-covered' });
    });
    const p = m.partners[2]!;
    expect(p).toMatchObject({ hipaa_status: hipaa, part2_status: part2, ...expected });
    expect(p.hipaaLabel.length).toBeGreaterThan(0);
    expect(p.part2Label.length).toBeGreaterThan(0);
    expect(ids(m.coveredEntities)).toEqual(expected.isCoveredEntity ? ['nami-rv'] : []);
    expect(ids(m.part2Programs)).toEqual(expected.isPart2Program ? ['nami-rv'] : []);
  });
});

describe('who signs which document', () => {
  it('should let a partner sign by default and choose per document', () => {
    const m = modelOf((a) => {
      Object.assign(partner(a, 'nami-rv'), { signs: { 'cit-mou': true }, signatory });
      Object.assign(partner(a, 'rrecc'), { signs: { 'co-responder-mou': false } });
    });
    const [bh, rrecc, nami] = m.partners;
    expect(bh!.signsDocuments).toHaveLength(5);
    expect(nami!.signsDocuments).toEqual(['cit-mou']);
    expect(rrecc!.signsDocuments).not.toContain('co-responder-mou');
    expect(signs(nami!, 'cit-mou')).toBe(true);
    expect(signs(nami!, 'co-responder-mou')).toBe(false);
    expect(ids(m.documents['cit-mou'].signingParties)).toEqual(['lead', 'county-bh', 'rrecc', 'nami-rv']);
    expect(ids(m.documents['co-responder-mou'].signingParties)).toEqual(['lead', 'county-bh']);
    expect(ids(m.documents['co-responder-mou'].nonSigners)).toEqual(['rrecc', 'nami-rv']);
    expect(ids(m.documents['co-responder-mou'].signingPartners)).toEqual(['county-bh']);
    // The default view (policies and plans) follows signs_agreements.
    expect(ids(m.byDefault.signingParties)).toEqual(['lead', 'county-bh', 'rrecc']);
    expect(m.byDefault.document).toBeNull();
    expect(m.byDefault.outsideRoles).toEqual([]);
  });

  it('should let only the 911 center and the agencies it dispatches for adopt the dispatch procedure', () => {
    // A 911 center that also runs EMS still adopts it: one eligible role is enough.
    const withEms = modelOf((a) => void (partner(a, 'rrecc').roles = ['ems'] as never));
    expect(ids(withEms.documents['dispatch-protocol'].signingParties)).toEqual(['lead', 'rrecc']);
    const dispatch = modelOf().documents['dispatch-protocol'];
    expect(ids(dispatch.signingParties)).toEqual(['lead', 'rrecc']);
    expect(ids(dispatch.nonSigners)).toEqual(['county-bh', 'nami-rv']);
    expect(dispatch.psap?.id).toBe('rrecc');
    expect(ids(dispatch.lawEnforcement)).toEqual(['lead']);
  });

  it('should see the parties a template names as doc: its own document, else the default', () => {
    const m = modelOf();
    expect(partiesOfDocument(m, 'cit-mou')).toBe(m.documents['cit-mou']);
    expect(partiesOfDocument(m, 'crisis-response-policy')).toBe(m.byDefault);
  });

  it('should list who responds, who does not, who is not known to be public, and whose counsel approves as to form', () => {
    const m = modelOf((a) => {
      Object.assign(partner(a, 'nami-rv'), { signs_agreements: true, signatory, counsel: null });
    });
    const isa = m.documents['information-sharing-agreement'];
    expect(ids(isa.nonResponders)).toEqual(['nami-rv']);
    expect(m.partners.find((p) => p.id === 'county-bh')!.signatory).toEqual({
      name: 'Dr. Aoife Ó Briain',
      title: 'Director of Behavioral Health',
      authority: 'Approved by the Rio Verde County Board of Supervisors, Minute Order 26-0317',
    });
    expect(ids(isa.mobileCrisis)).toEqual(['county-bh']);
    expect(ids(isa.privateOrUnknownSigners)).toEqual(['nami-rv']);
    expect(isa.approvedAsToForm.map((x) => [x.party.id, x.counsel])).toEqual([
      ['lead', 'Riverbend City Attorney'],
      ['county-bh', 'Rio Verde County Counsel'],
      ['rrecc', 'General Counsel to the RRECC Joint Powers Board'],
    ]);
  });
});

describe('who answers or responds to calls', () => {
  // A partner holding any of these roles runs a tier of the crisis system; with only others
  // (a hospital, a school, an advocate) it answers no calls.
  const roles: [string, boolean][] = [
    ['law-enforcement', true],
    ['psap', true],
    ['988-center', true],
    ['mobile-crisis', true],
    ['behavioral-health-provider', true],
    ['ems', true],
    ['hospital', false],
    ['school', false],
  ];
  it.each(roles)('a signing partner holding %s (and advocacy) responds: %s', (role, responds) => {
    const m = modelOf((a) => {
      Object.assign(partner(a, 'nami-rv'), { roles: [role], signs_agreements: true, signatory });
    });
    expect(ids(m.documents['information-sharing-agreement'].nonResponders)).toEqual(
      responds ? [] : ['nami-rv'],
    );
  });

  it('should find the 988 center among the parties, and in a document only when it signs it', () => {
    const m = modelOf((a) => {
      a.partners!.push({
        id: 'line',
        name: 'Valley 988',
        type: '988-center',
        hipaa_status: 'not-covered',
        part2_status: 'not-part2',
        signs_agreements: true,
        signatory,
        signs: { 'cit-mou': false },
      } as never);
    });
    expect(m.center988?.id).toBe('line');
    expect(m.documents['crisis-coordination-mou'].center988?.id).toBe('line');
    expect(m.documents['crisis-coordination-mou'].outsideRoles).toEqual([]);
    expect(m.documents['cit-mou'].center988).toBeNull();
  });
});

describe('roles a document needs that no signer holds (never a duty, an invitation)', () => {
  it('should name the 988 center outside the coordination MOU by the dispatch answers, not a partner', () => {
    const mou = modelOf().documents['crisis-coordination-mou'];
    expect(mou.psap?.id).toBe('rrecc');
    expect(mou.center988).toBeNull();
    expect(mou.outsideRoles).toEqual([
      {
        role: '988-center',
        roleLabel: expect.any(String),
        holder: 'Rio Verde Crisis Line (988)',
        holderIsPartner: false,
        hasAdoptionRow: false,
        openItem: 'BRING THE 988 CENTER IN AS A PARTY, OR CONFIRM IT STAYS OUTSIDE',
      },
    ]);
  });

  it('should name a non-signing partner that holds the role, and a blank holder when none is named', () => {
    const m = modelOf((a) => {
      Object.assign(partner(a, 'rrecc'), { signs_agreements: false, signatory: undefined, counsel: null });
      a.dispatch!.center_988_name = null;
    });
    const mou = m.documents['crisis-coordination-mou'];
    expect(mou.outsideRoles.map((r) => [r.role, r.holder, r.holderIsPartner, r.openItem])).toEqual([
      [
        'psap',
        'Riverbend Regional Emergency Communications Center',
        true,
        'BRING THE 911 CENTER IN AS A PARTY, OR CONFIRM IT STAYS OUTSIDE',
      ],
      ['988-center', null, false, 'BRING THE 988 CENTER IN AS A PARTY, OR CONFIRM IT STAYS OUTSIDE'],
    ]);
    expect(mou.psap).toBeNull();
    // The dispatch procedure gives an outside 911 center a row to adopt it, unless it is a partner that declined.
    const dispatch = m.documents['dispatch-protocol'].outsideRoles;
    expect(dispatch.map((r) => [r.role, r.hasAdoptionRow])).toEqual([['psap', false]]);
    const none = modelOf((a) => {
      withoutRrecc(a);
      a.dispatch!.center_name = 'County 911';
    }).documents['dispatch-protocol'].outsideRoles;
    expect(none.map((r) => [r.role, r.holder, r.hasAdoptionRow])).toEqual([['psap', 'County 911', true]]);
    expect(m.documents['cit-mou'].outsideRoles).toEqual([]);
  });

  it('should say who runs the 911 center: the lead, a separate partner, or no party', () => {
    const separate = modelOf();
    expect(separate).toMatchObject({ leadRunsPsap: false, separatePsap: true });
    expect(separate.psap?.id).toBe('rrecc');
    expect(ids(separate.psaps)).toEqual(['rrecc']);
    const lead = modelOf((a) => {
      a.lead_agency!.roles = ['psap'] as never;
      withoutRrecc(a);
    });
    expect(lead).toMatchObject({ leadRunsPsap: true, separatePsap: false });
    expect(lead.psap?.id).toBe('lead');
    const both = modelOf((a) => void (a.lead_agency!.roles = ['psap'] as never));
    expect(both).toMatchObject({ leadRunsPsap: true, separatePsap: false });
    const none = modelOf(withoutRrecc);
    expect(none).toMatchObject({ psap: null, leadRunsPsap: false, separatePsap: false });
    expect(ids(separate.mobileCrisis)).toEqual(['county-bh']);
    expect(ids(separate.lawEnforcement)).toEqual(['lead']);
    expect(separate.center988).toBeNull();
  });
});

describe('no duty on one who does not sign', () => {
  const clause = (number: string, ...sentences: string[]): Block => ({
    type: 'clause',
    level: 2,
    number,
    content: [{ type: 'text', value: sentences[0]! }],
    children: sentences.slice(1).map((value) => ({ type: 'paragraph', content: [{ type: 'text', value }] })),
  });

  it('should list the non-signing partners by name and short name, and each outside role by its words and holder', () => {
    const outsidersOf = (
      mutate: (a: AnswersInput) => void,
      id: 'crisis-coordination-mou' | 'dispatch-protocol',
    ) => {
      const input = structuredClone(exampleInput('riverbend-city'));
      mutate(input);
      const answers = answersSchema.parse(input);
      const model = partiesOf(answers);
      const view = model.documents[id];
      const adopted = view.outsideRoles.filter((r) => r.hasAdoptionRow).map((r) => r.role);
      return outsidersAmong(actorsOf(model, answers), view.signingParties, adopted);
    };
    const mou = outsidersOf(() => {}, 'crisis-coordination-mou');
    expect(mou).toContainEqual({
      label: 'NAMI Rio Verde County',
      terms: ['NAMI Rio Verde County', 'NAMI Rio Verde'],
    });
    const center988 = mou.find((o) => o.terms.includes('988 Center'))!;
    expect(center988.label).toBe('Rio Verde Crisis Line (988)');
    expect(center988.terms).toContain('Rio Verde Crisis Line (988)');
    const noPsap = outsidersOf((a) => {
      Object.assign(partner(a, 'rrecc'), { signs_agreements: false, signatory: undefined, counsel: null });
    }, 'crisis-coordination-mou');
    const psap = noPsap.find((o) => o.terms.includes('call-takers'));
    expect(psap?.label).toBe('Riverbend Regional Emergency Communications Center');
    expect(psap?.terms).toEqual(
      expect.arrayContaining(['911 Center', 'Dispatch Center', 'call-taker', 'telecommunicators']),
    );
    // A role with an adoption row binds its holder once it adopts: it is no outsider.
    const dispatch = outsidersOf(withoutRrecc, 'dispatch-protocol');
    expect(dispatch.map((o) => o.label)).toContain('Rio Verde County Behavioral Health Department');
    expect(dispatch.some((o) => o.terms.includes('call-takers'))).toBe(false);
  });

  // [the words before "shall", its subject]
  const subjects: [string, string][] = [
    ['The 988 Center ', 'The 988 Center '],
    ['Officers respond; the 988 Center ', ' the 988 Center '],
    ['Officers respond; EMS stands by; the 988 Center ', ' the 988 Center '],
    ['The 988 Center,which the Parties ', ' the Parties '],
    ['In an emergency: the counselor ', ' the counselor '],
    ['The Parties agree, and the 988 Center ', 'the 988 Center '],
    ['The Parties meet, or NAMI ', 'NAMI '],
    ['Call-takers triage and then the 988 Center ', 'the 988 Center '],
    ['A Party that receives a request from the 988 Center ', 'A Party '],
    ['A counselor, whom the Parties ', ' the Parties '],
    ['The 988 Center, which the Parties ', ' the Parties '],
    ['The officer who meets the counselor ', 'The officer '],
    ['The 988 Center, who ', 'The 988 Center, '],
  ];
  it.each(subjects)('the subject of “%sshall” is “%s”', (before, subject) => {
    expect(subjectOf(before)).toBe(subject);
  });

  it('should find each sentence that puts a duty on an outsider, and only those', () => {
    const outsiders = [
      { label: 'the 988 center', terms: ['988 Center', 'counselor'] },
      { label: 'NAMI', terms: ['NAMI'] },
    ];
    const blocks: Block[] = [
      clause('3.1', 'The Police Department shall respond. The 988 Center shall call back within an hour.'),
      clause('3.2', 'The Parties shall invite the 988 Center.', 'A counselor shall stay on the line.'),
      {
        type: 'list',
        ordered: false,
        items: [[{ type: 'paragraph', content: [{ type: 'text', value: 'NAMI shall train.' }] }]],
      },
      { type: 'drafterNote', content: [{ type: 'text', value: 'The 988 Center shall not be bound.' }] },
      { type: 'table', header: [[{ type: 'text', value: 'NAMI shall x' }]], rows: [] },
      clause(
        '3.3',
        'NAMIX shall go. The counselors shall not be named. Anyone else shall act, and NAMI shall too.',
      ),
    ];
    expect(dutiesOnOutsiders(blocks, outsiders)).toEqual([
      {
        clause: '3.1',
        outsider: 'the 988 center',
        sentence: 'The 988 Center shall call back within an hour.',
      },
      { clause: '3.2', outsider: 'the 988 center', sentence: 'A counselor shall stay on the line.' },
      { clause: '', outsider: 'NAMI', sentence: 'NAMI shall train.' },
      { clause: '3.3', outsider: 'NAMI', sentence: 'Anyone else shall act, and NAMI shall too.' },
    ]);
  });

  it('should read sentences apart across several spaces, and report each trimmed', () => {
    const outsiders = [{ label: 'NAMI', terms: ['NAMI'] }];
    expect(dutiesOnOutsiders([clause('2', 'Officers act.   NAMI shall train. ')], outsiders)).toEqual([
      { clause: '2', outsider: 'NAMI', sentence: 'NAMI shall train.' },
    ]);
  });

  it('should report each “shall” of a sentence, and match a term with regex characters literally', () => {
    const outsiders = [{ label: 'Line (988)', terms: ['Line (988)'] }];
    const sentence = 'Line (988) shall answer and Line (988) shall log.';
    expect(dutiesOnOutsiders([clause('1', sentence)], outsiders)).toHaveLength(2);
    expect(dutiesOnOutsiders([clause('1', 'Line 988 shall answer.')], outsiders)).toEqual([]);
  });
});
