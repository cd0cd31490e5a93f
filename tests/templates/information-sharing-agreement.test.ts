import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { AnswersInput } from '../../src/answers/schema.js';
import { draftOf, EXAMPLES } from '../support/render.js';

const ID = 'information-sharing-agreement';

const draft = draftOf(ID);

/** Section 5 (data flows) of a rendered agreement. */
function flowSection(text: string): string {
  return text.slice(text.indexOf('## 5. Data Flows'), text.indexOf('## 6. Minimum Necessary'));
}

/** The numbered clauses of Section 5, each from its number to the next clause's. */
function flowClauses(text: string): string[] {
  return flowSection(text)
    .split(/\n(?=\*\*5\.\d+(?:\.\d+)?\*\* )/)
    .filter((clause) => clause.startsWith('**5.'));
}

/** The heading of a clause: its bold lead words, without the number. */
function headingOf(clause: string): string {
  return /^\*\*[\d.]+\*\* \*\*(.*?)\*\*/.exec(clause)?.[1] ?? '';
}

/** The flow clauses (5.x.y) of Section 5 whose heading starts with `heading`. */
function flows(text: string, heading: string): string[] {
  return flowClauses(text).filter((c) => /^\*\*5\.\d+\.\d+\*\*/.test(c) && headingOf(c).startsWith(heading));
}

const school = {
  id: 'rusd',
  name: 'Riverbend Unified School District',
  type: 'school-district',
  hipaa_status: 'not-covered',
  part2_status: 'not-part2',
} as const;

describe('information-sharing agreement', () => {
  it('decides no legal basis in the template: the flows come from the legal model', () => {
    const source = readFileSync(
      new URL('../../templates/information-sharing-agreement/template.md.hbs', import.meta.url),
      'utf8',
    );
    expect(source).not.toMatch(/hipaa_status|part2_status/);
    expect(source).toContain('{{#each legal.flowGroups}}');
    expect(source).not.toMatch(/45 CFR 164\.51[24]\(j\)\(1\)|42 CFR 2\.51/);
  });

  it('has a dispute-resolution section that escalates to the heads of the Parties', async () => {
    const { text } = await draft('harlan-county-rural');
    const section = text.slice(text.indexOf('Dispute Resolution'), text.indexOf('## 23. Notices'));
    expect(section).toContain('heads of the Parties');
    expect(section).toContain('mediation');
  });

  it('builds without defined-term warnings for every example and for edge cases', async () => {
    for (const example of EXAMPLES) {
      expect((await draft(example)).warnings).toEqual([]);
    }
    const variants: ((a: AnswersInput) => void)[] = [
      (a) => {
        a.partners[0]!.hipaa_status = 'unknown';
        a.partners[0]!.part2_status = 'unknown';
      },
      (a) => {
        a.partners[0]!.hipaa_status = 'business-associate';
        a.partners[0]!.part2_status = 'lawful-holder';
      },
      (a) => {
        a.information_sharing!.data_elements = [];
        a.information_sharing!.clinician_cad_access = false;
      },
      (a) => {
        a.partners = a.partners.map((p) => ({ ...p, signs_agreements: false }));
      },
      (a) => {
        a.partners.push({ ...school });
        a.information_sharing!.data_elements = [
          'school-records',
          'criminal-history',
          'cad-rms-records',
          'hmis-records',
          'diagnosis',
        ];
      },
    ];
    for (const mutate of variants) {
      expect((await draft('riverbend-city', mutate)).warnings).toEqual([]);
      expect((await draft('harlan-county-rural', mutate)).warnings).toEqual([]);
    }
  });

  it('sets out the data flows as clauses grouped by partner, each naming its sender, with no table', async () => {
    for (const example of EXAMPLES) {
      const { text } = await draft(example);
      expect(flowSection(text)).not.toMatch(/^\s*\|/m);
      // The clauses 5.n.m under a clause 5.n "Flows with ...": one per flow.
      const groupNumbers = flowClauses(text)
        .filter((c) => /^\*\*5\.\d+\*\*/.test(c) && headingOf(c).startsWith('Flows with '))
        .map((c) => /^\*\*(5\.\d+)\*\*/.exec(c)![1]);
      const flowItems = flowClauses(text).filter((c) => groupNumbers.some((n) => c.startsWith(`**${n}.`)));
      expect(flowItems.length).toBeGreaterThan(0);
      for (const clause of flowItems) {
        expect(headingOf(clause)).toMatch(/^(From|Between) /);
        for (const label of ['Information', 'Purpose', 'When and how', 'Legal basis']) {
          expect(clause).toContain(`- *${label}:* `);
        }
      }
    }
    const { text } = await draft('tri-county-cit-consortium');
    const groups = flowClauses(text)
      .filter((c) => /^\*\*5\.\d+\*\*/.test(c))
      .map(headingOf);
    expect(groups).toEqual([
      'Permitted flows.',
      'Flows with Pecan Ridge County Sheriff’s Office.',
      'Flows with City of San Ysidro Police Department.',
      'Flows with Tres Ríos Behavioral Health Authority.',
      'Flows with Bluebonnet Crisis and Recovery Center.',
      'Flows with Caldera Independent School District.',
      'Flows with Tres Ríos 988 Crisis Line.',
      'Flows with Tres Ríos Regional 9-1-1 Emergency Communications District.',
      'Flows with Caldera Regional Medical Center.',
      'Flows with NAMI Tres Ríos.',
      'Warm transfer to 988.',
      'Relay from 988 to 911.',
      'Hand-off at a receiving facility.',
      'Evaluation.',
      'Flows not described.',
      'Serious and imminent threats.',
      'Other HIPAA bases.',
      'Psychotherapy notes.',
    ]);
    expect(flows(text, 'From the Clinicians of Bluebonnet Crisis and Recovery Center')).toHaveLength(1);
    expect(
      flowClauses(text)
        .filter((c) => /^\*\*5\.4\.\d+\*\*/.test(c))
        .map(headingOf),
    ).toEqual([
      'From the Agency’s Officers to the Clinicians and staff of Tres Ríos Behavioral Health Authority who serve the person.',
      'From the Clinicians of Tres Ríos Behavioral Health Authority to Officers at the scene.',
      'From Tres Ríos Behavioral Health Authority to the Agency.',
      'From Tres Ríos Behavioral Health Authority to health-care providers treating the person.',
    ]);
  });

  it("states each party's HIPAA and Part 2 status in a table", async () => {
    const { text } = await draft('harlan-county-rural');
    expect(text).toContain(
      '| High Desert Recovery & Wellness Center | nonprofit behavioral-health provider | HIPAA covered entity | federally assisted substance use disorder program under 42 CFR Part 2 |',
    );
    expect(text).toContain(
      '| Harlan County Sheriff’s Office | sheriff’s office | not subject to HIPAA | not subject to 42 CFR Part 2 |',
    );
  });

  it('rests a covered clinician’s disclosures to officers on the serious-and-imminent-threat rule or an authorization', async () => {
    const { text } = await draft('riverbend-city');
    const [scene] = flows(
      text,
      'From the Clinicians of Rio Verde County Behavioral Health Department to Officers at the scene',
    );
    expect(scene).toContain('45 CFR 164.512(j)(1)(i)');
    expect(scene).toContain('45 CFR 164.512(j)(4)');
    expect(scene).toContain('authorization under 45 CFR 164.508');
    expect(scene).not.toContain('164.512(f)');
    expect(text).toContain('treatment activities of a health care provider (45 CFR 164.506(c)(2))');
  });

  it('gives no Part 2 consent language when no party holds Part 2 records', async () => {
    const { text } = await draft('riverbend-city');
    expect(text).not.toContain('Part 2 Record');
    expect(text).not.toContain('2.31');
    expect(text).not.toContain('89 FR 12472');
  });

  it('rests a Part 2 program’s disclosures to officers on consent or a crime on its premises, never on the medical-emergency rule, and leaves court orders to legal process', async () => {
    const { text } = await draft('harlan-county-rural');
    const [scene] = flows(
      text,
      'From the Clinicians of High Desert Recovery & Wellness Center to Officers at the scene',
    );
    expect(scene).toContain(
      'only with the person’s written consent that meets 42 CFR 2.31 and names the recipient',
    );
    expect(scene).toContain('42 CFR 2.12(c)(5)');
    expect(scene).toContain('is never a basis for disclosure to law enforcement');
    expect(scene).not.toContain('2.61');
    expect(text).toContain('only under a court order that meets 42 CFR 2.61–2.67');
    expect(text).toContain('89 FR 12472');
    expect(text).toContain('February 16, 2026');
    expect(text).toContain('the notice 42 CFR 2.32 requires');
  });

  it('drops the Part 2 terms when the clinic is not a Part 2 program', async () => {
    const { text } = await draft('harlan-county-rural', (a) => {
      a.partners[0]!.part2_status = 'not-part2';
    });
    expect(text).not.toContain('Part 2 Record');
    expect(text).not.toContain('42 CFR 2.31');
  });

  it('includes CJIS security terms only when clinicians have access to CAD or RMS', async () => {
    const withAccess = (await draft('riverbend-city')).text;
    expect(withAccess).toContain('CJIS Security Addendum');
    expect(withAccess).toContain('multi-factor authentication');
    expect(withAccess).toContain('fingerprint-based background check');
    expect(withAccess).toContain('“**Criminal Justice Information**” means');

    const without = (
      await draft('riverbend-city', (a) => (a.information_sharing!.clinician_cad_access = false))
    ).text;
    expect(without).not.toContain('CJIS');
    expect(without).not.toContain('Criminal Justice Information');
    expect(without).toContain('**No access to CAD or RMS.**');
  });

  it('leaves criminal history out of the flows, with a note, when clinicians have no CAD access', async () => {
    const { text } = await draft('harlan-county-rural', (a) => {
      a.information_sharing!.data_elements = ['identity', 'criminal-history'];
    });
    const fromAgency = flows(text, 'From the Agency’s Officers');
    expect(fromAgency).toHaveLength(1);
    expect(fromAgency.join('\n')).not.toContain('criminal history record information');
    expect(text).toContain('This draft does not provide for sharing those records.');
  });

  it('includes FERPA terms only when a school takes part', async () => {
    expect((await draft('riverbend-city')).text).not.toContain('34 CFR 99');
    const { text } = await draft('riverbend-city', (a) => {
      a.partners.push({ ...school });
      a.information_sharing!.data_elements!.push('school-records');
    });
    expect(text).toContain('34 CFR 99.31(a)(10) and 99.36');
    expect(text).toContain('34 CFR 99.8');
    expect(flows(text, 'From Riverbend Unified School District to the Agency')[0]).toContain(
      '*Information:* education records.',
    );
  });

  it('includes HMIS terms only when HMIS records are shared', async () => {
    const harlan = (await draft('harlan-county-rural')).text;
    expect(harlan).toContain('**HMIS.**');
    expect(harlan).toContain('Rural Oregon Continuum of Care');
    const off = (await draft('harlan-county-rural', (a) => (a.information_sharing!.hmis = false))).text;
    expect(off).not.toContain('HMIS');
  });

  it('builds the flows from the data elements chosen and keeps clinical details away from officers', async () => {
    const { text } = await draft('riverbend-city', (a) => {
      a.information_sharing!.data_elements = ['safety-concerns', 'diagnosis', 'medications'];
    });
    const [scene] = flows(
      text,
      'From the Clinicians of Rio Verde County Behavioral Health Department to Officers at the scene',
    );
    expect(scene).toContain('- *Information:* safety concerns, including weapons and threats.');
    expect(scene).not.toContain('diagnosis');
    expect(text).toContain('- diagnosis and clinical assessment');
    expect(text).toContain('- current medications');
    expect(flows(text, 'From Rio Verde County Behavioral Health Department to the Agency')).toEqual([]);
  });

  it('leaves the legal basis blank and tells counsel when a party’s status is unknown', async () => {
    const { text } = await draft('harlan-county-rural', (a) => {
      a.partners[0]!.hipaa_status = 'unknown';
    });
    expect(text).toContain('**\\[HIPAA STATUS\\]**');
    expect(text).toContain('Counsel must determine it before signature');
    const [scene] = flows(
      text,
      'From the Clinicians of High Desert Recovery & Wellness Center to Officers at the scene',
    );
    expect(scene).toContain('**\\[LEGAL BASIS: PRIVACY STATUS TO BE DETERMINED\\]**');
    expect(scene).not.toContain('164.512(j)');
  });

  it('states the retention period and breach deadline from the answers, or blanks', async () => {
    const riverbend = (await draft('riverbend-city')).text;
    expect(riverbend).toContain('keep other Program Information for 7 years');
    expect(riverbend).toContain('no later than 5 days after discovering it');
    expect(riverbend).toContain('Nguyễn Thị Lan (RVCBH Privacy Officer');
    const harlan = (await draft('harlan-county-rural')).text;
    expect(harlan).toContain('**\\[RETENTION PERIOD\\]** years');
    expect(harlan).toContain('**\\[STATE CONFIDENTIALITY LAW\\]**');
  });

  it('keeps identifiable information from a partner that does not sign', async () => {
    const { text } = await draft('riverbend-city');
    expect(text).toContain(
      '**Other participants.** NAMI Rio Verde County takes part in the Program but does not sign this Agreement.',
    );
    expect(text).not.toContain('| NAMI Rio Verde County |');
    expect(flowSection(text)).not.toContain('NAMI');
  });

  it('follows the liability arrangement in the answers', async () => {
    expect((await draft('riverbend-city')).text).toContain('**Mutual indemnification.**');
    const own = (await draft('riverbend-city', (a) => (a.agreement!.liability = 'each-party-own'))).text;
    expect(own).toContain('**Responsibility for own acts.**');
    expect(own).not.toContain('**Mutual indemnification.**');
  });
  it('uses liability terms that fit a data-sharing agreement', async () => {
    const { text } = await draft('riverbend-city');
    expect(text).toContain('network security and privacy liability coverage');
    expect(text).not.toContain('ride in another Party’s vehicles');
    expect(text).not.toContain('**Workers’ compensation.**');
    expect(text).toContain('including wages, benefits, payroll taxes, workers’ compensation, discipline');
  });

  it('warns about a tort claims act only when a signing party may be private, without undefined terms', async () => {
    const tort = (a: AnswersInput) => {
      a.agreement!.liability = 'tort-claims-act';
    };
    // NAMI is an advocacy group but does not sign, so the public parties need no warning.
    expect((await draft('riverbend-city', tort)).text).not.toContain('may not be a public body');
    const signing = (
      await draft('riverbend-city', (a) => {
        tort(a);
        a.partners.find((p) => p.id === 'nami-rv')!.signs_agreements = true;
      })
    ).text;
    expect(signing).toContain('NAMI Rio Verde County may not be a public body');
    expect(signing).toContain('**Indemnification both ways.**');
    expect(signing).not.toContain('arising from the Program');
  });
});
