import { describe, expect, it } from 'vitest';
import type { Block } from '../../src/ast/types.js';
import type { AnswersInput } from '../../src/answers/schema.js';
import { dutiesOnOutsiders, subjectOf } from '../../src/legal/duties.js';
import { renderExample } from '../support/render.js';

const clause = (number: string, value: string, children: Block[] = []): Block => ({
  type: 'clause',
  level: 2,
  number,
  content: [{ type: 'text', value }],
  children,
});
const outsider988 = [{ label: 'Tres Ríos 988', terms: ['988 Center', 'Tres Ríos 988'] }];

describe('duties on organizations that do not sign', () => {
  it.each([
    ['The 988 Center ', 'The 988 Center '],
    ['A Party that receives a call from the 988 Center ', 'A Party '],
    ['a person, as the Advocacy Coordinator, whom the Parties ', ' the Parties '],
    ['The Agency shall call; the 988 Center ', ' the 988 Center '],
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
