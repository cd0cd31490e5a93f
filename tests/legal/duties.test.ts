import { describe, expect, it } from 'vitest';
import type { Block } from '../../src/ast/types.js';
import type { AnswersInput } from '../../src/answers/schema.js';
import { answersSchema } from '../../src/answers/schema.js';
import { actorsOf, bindsActor } from '../../src/legal/duty-actors.js';
import { dutiesOnOutsiders, outsidersAmong, subjectOf } from '../../src/legal/duties.js';
import { partiesOf } from '../../src/legal/parties.js';
import { exampleInput, renderExample } from '../support/render.js';

const clause = (number: string, value: string, children: Block[] = []): Block => ({
  type: 'clause',
  level: 2,
  number,
  content: [{ type: 'text', value }],
  children,
});
const outsider988 = [{ label: 'Tres Ríos 988', terms: ['988 Center', 'Tres Ríos 988'] }];

describe('duties on organizations that do not sign', () => {
  const outsider911 = [{ label: 'Vista 911', terms: ['911 Center', 'call-takers', 'dispatcher'] }];
  const facilities = [{ label: 'St. Brendan', terms: ['Receiving Facility', 'St. Brendan'] }];
  it.each([
    ['staff of an outsider', 'Call-takers of the 911 Center shall code the call.', outsider911],
    ['each of a kind of outsider', 'Each Receiving Facility shall give its criteria.', facilities],
    ['"will" as a duty', 'The 988 Center will answer within a minute.', outsider988],
    ['"must" as a duty', 'Tres Ríos 988 must call back.', outsider988],
    ['a passive with the outsider as agent', 'The call must be coded by call-takers.', outsider911],
    ['a passive "shall be ...ed by"', 'Every hold shall be reviewed by St. Brendan.', facilities],
    // Letters the case-insensitive pattern folds to ASCII (long s, Kelvin sign), and other case.
    ['a name in capitals', 'The 911 CENTER shall code the call.', outsider911],
    [
      'a term with the Kelvin sign',
      'The dispatcher\u212a shall code it.',
      [{ label: 'K', terms: ['dispatcherk'] }],
    ],
    ['a term with a long s', 'The 911 Center\u017f shall code it.', [{ label: 'S', terms: ['911 Centers'] }]],
  ])('objects to %s', (_, sentence, outsiders) => {
    const found = dutiesOnOutsiders([clause('7.1', sentence)], outsiders);
    expect(found.map((f) => [f.clause, f.sentence])).toEqual([['7.1', sentence]]);
  });

  it('does not read a role noun used as a modifier, or an agent that names no outsider, as a duty', () => {
    const blocks = [
      clause('3.8', 'The dispatcher course shall cover the screening questions.'),
      clause('3.9', 'The call shall be coded by the Agency, and 988 Center records shall stay with it.'),
    ];
    expect(dutiesOnOutsiders(blocks, [...outsider911, ...outsider988])).toEqual([]);
  });

  it.each([
    ['The 988 Center ', 'The 988 Center '],
    ['A Party that receives a call from the 988 Center ', 'A Party '],
    ['a person, as the Advocacy Coordinator, whom the Parties ', ' the Parties '],
    ['The Agency shall call; the 988 Center ', ' the 988 Center '],
    ['If the 988 Center relays a call, the Parties ', ' the Parties '],
    ['The Parties designate the unit as the place to which officers ', ' officers '],
    ['When officers leave, they may ask the 911 Center for the team and ', ' they '],
    ['Reports given to the evaluator ', 'Reports'],
    ['Officers (the call-takers apply the codes under the protocol) ', 'Officers  '],
  ])('the subject of "%s shall" is "%s"', (before, subject) => {
    expect(subjectOf(before)).toBe(subject);
  });

  it('objects to a clause that binds a non-signer, naming the clause', () => {
    const blocks = [clause('6.3', 'The 988 Center shall give transferred calls priority.')];
    expect(dutiesOnOutsiders(blocks, outsider988)).toEqual([
      {
        clause: '6.3',
        outsider: 'Tres Ríos 988',
        sentence: 'The 988 Center shall give transferred calls priority.',
      },
    ]);
  });

  it('objects to a duty in a clause’s list item and in a second sentence', () => {
    const list: Block = {
      type: 'list',
      ordered: false,
      items: [
        [
          {
            type: 'paragraph',
            content: [{ type: 'text', value: 'Tres Ríos 988 shall train its counselors.' }],
          },
        ],
      ],
    } as Block;
    const blocks = [clause('7.1', 'The Agency may call. Then the 988 Center shall answer.', [list])];
    expect(dutiesOnOutsiders(blocks, outsider988).map((f) => f.clause)).toEqual(['7.1', '7.1']);
  });

  it('accepts invitations, duties of Parties about the outsider, and drafter’s notes', () => {
    const note: Block = {
      type: 'drafterNote',
      content: [{ type: 'text', value: 'The 988 Center shall sign.' }],
    };
    const blocks = [
      clause('6.3', 'The Parties shall invite the 988 Center to give transferred calls priority.', [note]),
      clause('6.4', 'A Party that receives a call from the 988 Center shall record it.'),
    ];
    expect(dutiesOnOutsiders(blocks, outsider988)).toEqual([]);
  });
});

type Mutate = (a: AnswersInput) => void;
const partner = (a: AnswersInput, id: string) => a.partners.find((p) => p.id === id)!;

/** Set-ups the examples do not show, each a change to an example. */
const VARIANTS: [string, string, Mutate][] = [
  ['riverbend-city', 'the example', () => {}],
  ['harlan-county-rural', 'the example', () => {}],
  ['tri-county-cit-consortium', 'the example', () => {}],
  [
    'harlan-county-rural',
    'the sheriff runs the 911 center',
    (a) => {
      a.lead_agency.roles = ['psap'];
      a.partners = a.partners.filter((p) => p.id !== 'harlan-911');
      a.agreement!.liaisons = (a.agreement!.liaisons ?? []).filter((l) => l.party !== 'harlan-911');
      a.information_sharing!.privacy_officers = (a.information_sharing!.privacy_officers ?? []).filter(
        (l) => l.party !== 'harlan-911',
      );
    },
  ],
  [
    'tri-county-cit-consortium',
    'the crisis center runs 988 and mobile crisis',
    (a) => {
      partner(a, 'bluebonnet').roles = ['988-center', 'mobile-crisis'];
      a.partners = a.partners.filter((p) => p.id !== 'tr-988');
      a.agreement!.liaisons = (a.agreement!.liaisons ?? []).filter((l) => l.party !== 'tr-988');
    },
  ],
  [
    'tri-county-cit-consortium',
    'the 988 center does not sign',
    (a) => {
      partner(a, 'tr-988').signs_agreements = false;
    },
  ],
  [
    'tri-county-cit-consortium',
    'the 988 center signs the coordination MOU and the 911 center only adopts the dispatch protocol',
    (a) => {
      partner(a, 'tr-911').signs_agreements = false;
      partner(a, 'tr-911').signs = { 'dispatch-protocol': true };
    },
  ],
  [
    'riverbend-city',
    'a California county clinic that is a covered entity and a Part 2 program',
    (a) => {
      partner(a, 'county-bh').part2_status = 'part2-program';
    },
  ],
  [
    'riverbend-city',
    'the 911 center adopts only the dispatch protocol and the advocates sign nothing',
    (a) => {
      partner(a, 'rrecc').signs_agreements = false;
      partner(a, 'rrecc').signs = { 'dispatch-protocol': true };
      partner(a, 'nami-rv').signs_agreements = false;
    },
  ],
  [
    'riverbend-city',
    'the county signs the ISA but not the coordination MOU',
    (a) => {
      partner(a, 'county-bh').signs = { 'crisis-coordination-mou': false };
    },
  ],
];

describe('no draft puts a duty on a non-signer', () => {
  it.each(VARIANTS)('%s, %s', async (example, _, mutate) => {
    // A duty on a non-signer is a build error (tests/document/drafting-checks.test.ts shows it
    // objecting), so the variant building at all is the property.
    const { packet } = await renderExample(example, mutate);
    expect(packet.documents.length).toBeGreaterThan(8);
  });

  it('a non-signing 988 center is invited, and the 911 center that signs is bound', async () => {
    const { markdown } = await renderExample('tri-county-cit-consortium', VARIANTS[5]![2], [
      'crisis-coordination-mou',
    ]);
    const text = markdown.get('crisis-coordination-mou')!;
    expect(text).toContain(
      'The Parties shall invite the 988 Center to give calls transferred from 911 priority',
    );
    expect(text).toContain(
      '**1.2** **Organizations invited to take part.** Tres Ríos 988 Crisis Line takes part',
    );
    expect(text).toContain(
      'Tres Ríos 988 Crisis Line is the 988 Suicide and Crisis Lifeline center and, as Section 1.2 says, is invited',
    );
    expect(text).not.toMatch(/The 988 Center shall/);
    expect(text).toMatch(/The 911 Center shall treat a Relay as a priority call/);
  });

  it('when the sheriff runs the 911 center, the drafts say so and invite no 911 center', async () => {
    const { markdown } = await renderExample('harlan-county-rural', VARIANTS[3]![2], [
      'crisis-coordination-mou',
    ]);
    const text = markdown.get('crisis-coordination-mou')!;
    expect(text).toContain('which Harlan County Sheriff’s Office operates');
    expect(text).toContain(
      '| Harlan County, acting by and through its Sheriff’s Office | law-enforcement agency and operator of the 911 center',
    );
    expect(text).not.toMatch(/No Party is the operator of the 911 center|invite the 911 Center/);
  });

  it('a county that runs mobile crisis gets the mobile crisis tier in the coordination MOU', async () => {
    const { markdown } = await renderExample('riverbend-city', () => {}, ['crisis-coordination-mou']);
    const text = markdown.get('crisis-coordination-mou')!;
    expect(text).toContain('| **In-person support** |');
    expect(text).toContain('mobile crisis team operated by Rio Verde County Behavioral Health Department');
    // The program's hours are the co-responder team's, not every responder's.
    expect(text).toContain('| Co-responder team | seven days a week');
  });
});

describe('the subject of a duty resolved to the party model', () => {
  const model = (mutate: (a: AnswersInput) => void = () => {}) => {
    const input = structuredClone(exampleInput('riverbend-city'));
    mutate(input);
    const answers = answersSchema.parse(input);
    const parties = partiesOf(answers);
    return { parties, actors: actorsOf(parties, answers) };
  };
  const named = (actors: ReturnType<typeof actorsOf>, term: string) =>
    actors.filter((a) => a.terms.includes(term));

  it('call-takers are the 911 center’s: bound where the center signs, outsiders where it does not', () => {
    const { parties, actors } = model();
    const [psap] = named(actors, 'call-takers');
    expect(psap!.parties.map((p) => p.id)).toEqual(['rrecc']);
    // The dispatch protocol is adopted by the 911 center; a general order only by the agency.
    expect(bindsActor(psap!, parties.documents['dispatch-protocol'].signingParties)).toBe(true);
    expect(bindsActor(psap!, [parties.lead])).toBe(false);
  });

  it('call-takers are the agency’s own when the lead agency runs the 911 center', () => {
    const { parties, actors } = model((a) => {
      a.lead_agency.roles = ['psap'];
    });
    const psapActors = named(actors, 'call-takers');
    expect(psapActors[0]!.parties.map((p) => p.id)).toEqual(['lead', 'rrecc']);
    expect(bindsActor(psapActors[0]!, [parties.lead])).toBe(true);
  });

  it('"each Receiving Facility" binds only when every facility’s operator signs', () => {
    const { parties, actors } = model((a) => {
      a.disposition!.receiving_facilities = [
        { ...a.disposition!.receiving_facilities![0]!, operator: 'county-bh' },
        { ...a.disposition!.receiving_facilities![1]!, operator: 'county-bh' },
      ];
    });
    const every = named(actors, 'Receiving Facility')[0]!;
    expect(bindsActor(every, parties.documents['cit-mou'].signingParties)).toBe(true);
    const { parties: p2, actors: a2 } = model();
    expect(bindsActor(named(a2, 'Receiving Facility')[0]!, p2.documents['cit-mou'].signingParties)).toBe(
      false,
    );
  });

  it('the evaluator is outside every document unless it is a party', () => {
    const { parties, actors } = model();
    const outsiders = outsidersAmong(actors, parties.all);
    expect(outsiders.filter((o) => o.terms.includes('Evaluator'))).toHaveLength(1);
    // Every party signs something here, so no party is outside a document all of them sign.
    expect(outsiders.filter((o) => parties.all.some((p) => p.name === o.label))).toEqual([]);
    expect(outsidersAmong(actors, [parties.lead]).map((o) => o.label)).toContain(
      'Rio Verde County Behavioral Health Department',
    );
  });
});

describe('the information-sharing agreement’s scope agrees with its flows', () => {
  const isa = async (example: string, mutate: Mutate) =>
    (await renderExample(example, mutate, ['information-sharing-agreement'])).markdown.get(
      'information-sharing-agreement',
    )!;

  it('lets the 988 center relay to a 911 center that does not sign, and officers hand over at facilities', async () => {
    const text = await isa('tri-county-cit-consortium', (a) => {
      partner(a, 'tr-911').signs_agreements = false;
      partner(a, 'tr-911').signs = { 'dispatch-protocol': true };
      partner(a, 'tr-988').hipaa_status = 'covered-entity';
    });
    const scope = /\*\*Other participants\.\*\*[^\n]*/.exec(text)![0];
    expect(scope).toMatch(
      /may relay an imminent-risk call to Tres Ríos Regional 9-1-1 Emergency Communications District, as Section 5\.\d+ states/,
    );
    expect(scope).toMatch(/an Officer hands a person over at a receiving facility as Section 5\.\d+ states/);
    // The flows the scope clause names exist, with the relay's basis from the legal-basis module.
    expect(text).toMatch(/\*\*Relay from 988 to 911\.\*\* From the counselors of Tres Ríos 988 Crisis Line/);
    expect(text).toContain('the person’s location, the call-back number, the nature of the risk');
    expect(text).toMatch(/Relay from 988 to 911[\s\S]*?Legal basis:\*[^\n]*45 CFR 164\.512\(j\)\(1\)\(i\)/);
    expect(text).toMatch(
      /\*\*Hand-off at a receiving facility\.\*\* From the Agency’s Officers to the staff of/,
    );
  });

  it('names no exception when every organization signs, and no relay when the 988 center does not', async () => {
    const signing = await isa('tri-county-cit-consortium', () => {});
    expect(signing).not.toContain('may relay an imminent-risk call to');
    const outside988 = await isa('tri-county-cit-consortium', (a) => {
      partner(a, 'tr-988').signs_agreements = false;
    });
    expect(outside988).not.toContain('Relay from 988 to 911');
  });

  it('asks counsel whether a business associate that signs beside a Part 2 program is its qualified service organization', async () => {
    const text = await isa('riverbend-city', (a) => {
      partner(a, 'county-bh').part2_status = 'part2-program';
      partner(a, 'nami-rv').hipaa_status = 'business-associate';
      partner(a, 'nami-rv').signs_agreements = true;
    });
    expect(text).toContain(
      'Whether NAMI Rio Verde County also serves Rio Verde County Behavioral Health Department as a qualified service organization (42 CFR 2.11)',
    );
    expect(text).toContain('QUALIFIED SERVICE ORGANIZATION STATUS, FOR COUNSEL');
    const notSigning = await isa('riverbend-city', (a) => {
      partner(a, 'county-bh').part2_status = 'part2-program';
      partner(a, 'nami-rv').hipaa_status = 'business-associate';
      partner(a, 'nami-rv').signs_agreements = false;
    });
    expect(notSigning).not.toMatch(/NAMI Rio Verde County is a business associate/);
    expect(notSigning).not.toContain('qualified service organization');
  });
});
