import { describe, expect, it } from 'vitest';
import { blocksFromMarkdown } from '../../src/ast/from-markdown.js';
import type { Block } from '../../src/ast/types.js';
import { checkRouting } from '../../src/legal/routing/check-routing.js';
import { routingFor } from '../support/routing.js';

// Where checkRouting looks and what it forgives, one row each: sentences and tables inside
// numbered clauses (as the build assembles them) and list items, white space, the build's
// acronym expansions, and which tables it compares. tests/legal/routing-rules.test.ts holds the
// sentences that state a transport rule and the row-by-row messages.
const routing = () =>
  routingFor((a) => {
    a.disposition = {
      transport_mode: 'law-enforcement',
      receiving_facilities: [{ name: 'TCMH Unit', type: 'crisis-stabilization', accepts_involuntary: true }],
    };
  });
const NM_EMS = () =>
  routingFor((a) => {
    a.jurisdiction!.state = 'NM';
    a.disposition = { transport_mode: 'ems' };
  });
/** A numbered clause holding `markdown` (its first paragraph as the clause's own text). */
function clause(markdown: string, children: Block[] = []): Block {
  const [first] = blocksFromMarkdown(markdown);
  const content = first?.type === 'paragraph' ? first.content : [];
  return { type: 'clause', level: 1, number: '1', content, children };
}
const check = (blocks: Block[], r = routing()) => checkRouting([{ id: 'doc', blocks }], r);
const facilityTable = (name: string) => blocksFromMarkdown(`| Facility |\n|---|\n| ${name} |\n`);
const CLAIM = 'A person is taken by ambulance.';

describe('where checkRouting looks', () => {
  it('should read the sentences of a numbered clause and of the clauses under it', () => {
    expect(check([clause(CLAIM)])).toHaveLength(1);
    expect(check([clause('The Parties agree.', [clause(CLAIM)])])).toHaveLength(1);
    expect(check([clause('The Parties agree.')])).toEqual([]);
  });

  it('should read the tables of a clause and of a list item, at any depth', () => {
    expect(check([clause('Facilities.', facilityTable('Other Hospital'))])).toHaveLength(1);
    const listed = blocksFromMarkdown('- Facilities:\n\n  | Facility |\n  |---|\n  | Other Hospital |\n');
    expect(check(listed)).toHaveLength(1);
    expect(check([clause('Facilities.', listed)])).toHaveLength(1);
    expect(check([clause('Facilities.', facilityTable('TCMH Unit'))])).toEqual([]);
  });

  it('should compare a table with a Response column only when its first column is Tier', () => {
    expect(check(blocksFromMarkdown('| Step | Response |\n|---|---|\n| 1 | call |\n'))).toEqual([]);
    expect(check(blocksFromMarkdown('| Tier | Response |\n|---|---|\n| 1 | call |\n'))).toHaveLength(1);
  });
});

describe('what checkRouting forgives', () => {
  it('should read the computed rule with any white space between its words, in a sentence and in a cell', () => {
    const custody = routing().transport.custody;
    const spaced = custody.replace('by the officer', 'by  the\nofficer');
    expect(check([clause(spaced)])).toEqual([]);
    expect(check([clause('Facilities.', facilityTable('TCMH  Unit'))])).toEqual([]);
  });

  it('should read the build’s spelled-out acronyms as the acronym', () => {
    const custody = NM_EMS().transport.custody;
    expect(custody).toContain('by ambulance (EMS)');
    const spelled = custody.replace('(EMS)', '(emergency medical services, EMS)');
    expect(check([clause(spelled)], NM_EMS())).toEqual([]);
    const first = custody.replace('ambulance (EMS)', 'ambulance (emergency medical services (EMS))');
    expect(check([clause(first)], NM_EMS())).toEqual([]);
    expect(check([clause(custody.replace('(EMS)', '(EMT)'))], NM_EMS())).toHaveLength(1);
  });

  it.each([
    ['The person is taken by a law-enforcement vehicle.', true],
    ['Officers decide case by case.', true],
    ['The person is usually transferred to the ward by EMS.', true],
  ] as const)('“%s” states a transport rule: %s', (sentence, objects) => {
    expect(check([clause(`The Parties agree. ${sentence}`)]).length > 0).toBe(objects);
  });
});
