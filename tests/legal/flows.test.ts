import { describe, expect, it } from 'vitest';
import { normalizeAnswers } from '../../src/answers/normalize.js';
import { answersSchema, type AnswersInput } from '../../src/answers/schema.js';
import { withLegalModel, type LegalModel } from '../../src/legal/legal-model.js';
import { RULES } from '../../src/legal/rules.js';
import { stateRegimeOf } from '../../src/legal/state-confidentiality.js';
import type { StateLawModel } from '../../src/legal/state-law.js';
import { escapeDeep } from '../../src/templating/escape-markdown.js';
import { exampleInput } from '../support/render.js';

/** The legal model of an example, changed by `mutate`, with the state data in data/state-law/. */
function legalOf(example: string, mutate: (a: AnswersInput) => void = () => {}): LegalModel {
  const input = structuredClone(exampleInput(example));
  mutate(input);
  const model = escapeDeep(normalizeAnswers(answersSchema.parse(input), '2026-12-01'));
  return withLegalModel(model).legal;
}

const allFlows = (legal: LegalModel) => [...legal.flowGroups.flatMap((g) => g.flows), ...legal.programFlows];
const citesOf = (rules: string[]) => rules.map((r) => RULES[r as keyof typeof RULES].cite);

describe('information flows from the answers', () => {
  it('carves Part 2 records out of every HIPAA basis of a covered entity that is a Part 2 program (Harlan)', () => {
    const legal = legalOf('harlan-county-rural');
    const provider = legal.flowGroups.find((g) => g.partyId === 'high-desert')!;
    const fromProvider = provider.flows.filter((f) => f.sender === 'high-desert');
    expect(fromProvider.length).toBeGreaterThan(0);
    for (const flow of fromProvider) {
      const scopes = flow.parts.filter((p) => p.kind === 'rules').map((p) => p.scope);
      expect(scopes).toContain('part2');
      expect(scopes).not.toContain('phi');
      expect(flow.basis).toContain('For [[Part 2 Record]]s:');
      expect(flow.basis).toContain('other than [[Part 2 Record]]s');
    }
    const toOfficers = fromProvider.find((f) => f.heading.includes('to [[Officer]]s at the scene'))!;
    expect(toOfficers.basis).toContain('never a basis for disclosure to law enforcement');
    expect(toOfficers.basis).toContain('good faith is presumed if the belief rests on actual knowledge');
    expect(toOfficers.basis).not.toContain('presumed only where');
  });

  it('never points a clinician at 45 CFR 164.512(f) at the scene, and leaves the state-law basis to counsel (Riverbend, California)', () => {
    const legal = legalOf('riverbend-city');
    const toOfficers = allFlows(legal).find((f) => f.heading.includes('to [[Officer]]s at the scene'))!;
    const rules = toOfficers.parts.flatMap((p) => (p.kind === 'rules' ? p.rules : []));
    expect(citesOf(rules).some((c) => c.includes('164.512(f)'))).toBe(false);
    expect(toOfficers.basis).not.toContain('164.512(f)');
    expect(toOfficers.basis).toContain('Cal. Welf. \\& Inst. Code § 5328'); // escaped for Markdown
    expect(toOfficers.basis).toContain('[[?BASIS UNDER STATE CONFIDENTIALITY LAW]]');
    expect(legal.stateRegime).toBe('unknown');
  });

  it('sends nothing to clinicians through CAD, and no CAD records, when clinicians have no CAD access', () => {
    const legal = legalOf('harlan-county-rural', (a) => {
      a.information_sharing!.clinician_cad_access = false;
      a.information_sharing!.data_elements = [
        'identity',
        'incident-summary',
        'cad-rms-records',
        'criminal-history',
      ];
    });
    for (const flow of allFlows(legal)) {
      const toClinicians = flow.when.split('to the [[Clinician]]s').slice(1).join(' ');
      expect(toClinicians).not.toMatch(/CAD/);
      if (flow.heading.includes('[[Clinician]]s and staff')) expect(flow.when).not.toMatch(/CAD/);
      expect(flow.information).not.toMatch(/CAD and RMS records|criminal history/);
    }
  });

  it('lets clinicians with CAD access receive CAD records under the CJIS terms', () => {
    const legal = legalOf('harlan-county-rural', (a) => {
      a.information_sharing!.clinician_cad_access = true;
      a.information_sharing!.data_elements = ['identity', 'cad-rms-records'];
    });
    const fromOfficers = allFlows(legal).find((f) => f.heading.includes('[[Clinician]]s and staff'))!;
    expect(fromOfficers.information).toContain('CAD and RMS records');
    expect(fromOfficers.basis).toContain('[[Criminal Justice Information]]');
  });

  it('applies FERPA only where a school takes part', () => {
    const withSchool = legalOf('tri-county-cit-consortium', (a) => {
      // Once: a value listed twice is refused.
      a.information_sharing!.data_elements = [
        ...new Set([...(a.information_sharing!.data_elements ?? []), 'school-records' as const]),
      ];
    });
    expect(allFlows(withSchool).some((f) => f.basis.includes('34 CFR 99.31(a)(10)'))).toBe(true);
    const noSchool = legalOf('riverbend-city', (a) => {
      // Once: a value listed twice is refused.
      a.information_sharing!.data_elements = [
        ...new Set([...(a.information_sharing!.data_elements ?? []), 'school-records' as const]),
      ];
    });
    expect(allFlows(noSchool).some((f) => f.basis.includes('34 CFR'))).toBe(false);
  });

  it('has an HMIS flow only when HMIS records are shared, with the HIPAA and Part 2 consent for a covered Part 2 program', () => {
    expect(
      allFlows(legalOf('harlan-county-rural', (a) => void (a.information_sharing!.hmis = false))).some(
        (f) => f.recipient === 'hmis',
      ),
    ).toBe(false);
    const hmis = allFlows(
      legalOf('harlan-county-rural', (a) => void (a.information_sharing!.hmis = true)),
    ).find((f) => f.recipient === 'hmis')!;
    expect(hmis.basis).toContain('42 CFR 2.31(a)(4)(ii)');
    expect(hmis.basis).toContain('45 CFR 164.508');
  });

  it('leaves every basis of an organization of unknown privacy status blank', () => {
    const legal = legalOf('harlan-county-rural', (a) => {
      a.partners[0]!.part2_status = 'unknown';
    });
    const provider = legal.flowGroups.find((g) => g.partyId === 'high-desert')!;
    for (const flow of provider.flows.filter((f) => f.sender === 'high-desert')) {
      expect(flow.basis).toBe('[[?LEGAL BASIS: PRIVACY STATUS TO BE DETERMINED]].');
    }
  });

  it('groups flows only under partners that sign', () => {
    const legal = legalOf('riverbend-city');
    expect(legal.flowGroups.map((g) => g.partyId)).not.toContain('nami-rv');
  });
});

describe('state regime from the verified state data', () => {
  const lawWith = (more: boolean | null, known = true) =>
    ({
      confidentiality: [
        {
          key: 'mental_health_records',
          known,
          citation: 'State Code § 1',
          verifiedOn: '2026-12-01',
          moreStringentThanHipaa: more,
        },
      ],
    }) as unknown as StateLawModel;

  it('is stricter, none or unknown as the data says, and unknown without data', () => {
    expect(stateRegimeOf(lawWith(true))).toEqual({
      kind: 'stricter',
      citation: 'State Code § 1',
      verifiedOn: '2026-12-01',
      permits: {},
    });
    expect(stateRegimeOf(lawWith(false))).toEqual({ kind: 'none', verifiedOn: '2026-12-01' });
    expect(stateRegimeOf(lawWith(null))).toMatchObject({ kind: 'unknown', citation: 'State Code § 1' });
    expect(stateRegimeOf(lawWith(true, false))).toEqual({ kind: 'unknown', citation: null, binds: null });
  });

  it('names the verified California law in the basis without deciding what it permits (Riverbend)', () => {
    const toOfficers = allFlows(legalOf('riverbend-city')).find((f) => f.heading.includes('at the scene'))!;
    expect(toOfficers.basis).toContain('the [[Parties]] understand that Cal. Welf.');
  });
});
