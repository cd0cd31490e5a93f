import { describe, expect, it } from 'vitest';
import type { AnswersInput } from '../../src/answers/schema.js';
import { draftOf, renderExample } from '../support/render.js';

const ID = 'cit-mou';

const mou = draftOf(ID);

const dropPartners =
  (...types: string[]) =>
  (a: AnswersInput) => {
    a.partners = a.partners.filter((p) => !types.includes(p.type));
    a.agreement!.liaisons = (a.agreement!.liaisons ?? []).filter(
      (l) => l.party === 'lead' || a.partners.some((p) => p.id === l.party),
    );
    a.information_sharing!.privacy_officers = (a.information_sharing!.privacy_officers ?? []).filter(
      (l) => l.party === 'lead' || a.partners.some((p) => p.id === l.party),
    );
    if (a.staffing?.clinician_employer && !a.partners.some((p) => p.id === a.staffing!.clinician_employer))
      a.staffing.clinician_employer = null;
  };

describe('CIT partnership MOU', () => {
  it('applies only when the answers choose the CIT model', async () => {
    const { packet } = await renderExample('harlan-county-rural', undefined, [ID]);
    expect(packet.skipped.map((s) => s.id)).toContain(ID);
    const withCit = await mou('harlan-county-rural', (a) => {
      a.program!.models = [...(a.program!.models ?? []), 'cit'];
    });
    expect(withCit.text).toContain(
      '# Crisis Intervention Team (CIT) Partnership Memorandum of Understanding',
    );
  });

  it('builds with no defined-term warning for the examples and for sparse partnerships', async () => {
    const cases: [string, ((a: AnswersInput) => void) | undefined][] = [
      ['riverbend-city', undefined],
      ['tri-county-cit-consortium', undefined],
      [
        'tri-county-cit-consortium',
        dropPartners(
          'advocacy',
          '911-center',
          '988-center',
          'hospital',
          'school-district',
          'law-enforcement',
        ),
      ],
      ['riverbend-city', dropPartners('county-behavioral-health', 'advocacy')],
      ['harlan-county-rural', (a) => void (a.program!.models = ['cit'])],
    ];
    for (const [name, mutate] of cases) {
      const { warnings } = await mou(name, mutate);
      expect(warnings, name).toEqual([]);
    }
  });

  it('keeps the section numbers its cross-references rely on', async () => {
    for (const name of ['riverbend-city', 'tri-county-cit-consortium']) {
      const { text } = await mou(name);
      for (const heading of [
        '## 4. Structure of the CIT Program',
        '## 5. Officer Selection and Coverage',
        '## 6. Training',
        '## 7. Dispatch',
        '## 10. Data, Reporting and Evaluation',
        '## 11. Recognition and Community Outreach',
        '## 12. Commitments of the Law-Enforcement Parties',
        '## 14. Commitments of Receiving Facilities',
      ]) {
        expect(text, name).toContain(heading);
      }
      expect(text).toContain('**6.3** **Dispatcher course.**');
      expect(text).toContain('**14.4** **Commitments sought from each facility.**');
    }
  });

  it('gives each partner law-enforcement agency its own clause and drops them when there are none', async () => {
    const three = await mou('tri-county-cit-consortium');
    expect(three.text).toContain(
      '**12.3** **PRCSO.** Pecan Ridge County Sheriff’s Office shall carry out the commitments in Section 12.1',
    );
    expect(three.text).toContain('**12.4** **SYPD.** City of San Ysidro Police Department shall carry out');
    expect(three.text).toContain(
      // The parties are the counties and the city, acting through their agencies (not the agencies).
      'means each of Caldera County, Pecan Ridge County, and City of San Ysidro, each acting by and through its law-enforcement agency',
    );
    const one = await mou('tri-county-cit-consortium', dropPartners('law-enforcement'));
    expect(one.text).not.toContain('PRCSO');
    expect(one.text).toContain(
      'means Caldera County, acting by and through its Sheriff’s Office, the only Party that is a law-enforcement agency',
    );
    expect(one.text).not.toContain('Each other Law-Enforcement Party shall name a supervisor');
  });

  it('writes commitments for each mental-health partner by its type, and a blank when there is none', async () => {
    const { text } = await mou('tri-county-cit-consortium');
    expect(text).toContain(
      '**13.2** **TRBHA.** As the local mental-health authority, Tres Ríos Behavioral Health Authority shall also',
    );
    expect(text).toContain(
      '**13.3** **BCRC.** As a crisis center, Bluebonnet Crisis and Recovery Center shall also',
    );
    expect(text).toContain('accept hand-offs from officers to its mobile crisis services');
    expect(text).toContain(
      '**4.3** **Mental-Health Coordinator.** Tres Ríos Behavioral Health Authority shall appoint',
    );
    const none = await mou('riverbend-city', dropPartners('county-behavioral-health'));
    expect(none.text).toContain(
      '“**Mental-Health Partner**” means **\\[MENTAL-HEALTH AUTHORITY OR CRISIS CENTER\\]**',
    );
    expect(none.text).toContain(
      '**\\[MENTAL-HEALTH PARTNER THAT APPOINTS THE COORDINATOR\\]** shall appoint',
    );
  });

  it('designates the no-refusal facilities as the point of entry and states the turnaround target', async () => {
    const one = await mou('riverbend-city');
    expect(one.text).toContain(
      '**14.1** **Single point of entry.** The Parties designate Rio Verde Crisis Stabilization Unit as the single point of entry',
    );
    expect(one.text).toContain('within 15 minutes of arrival');
    const two = await mou('tri-county-cit-consortium');
    expect(two.text).toContain(
      '**14.1** **Points of entry.** The Parties designate Bluebonnet Crisis Stabilization Unit and Caldera Regional Medical Center Emergency Department as the points of entry',
    );
    expect(two.text).toContain('within 10 minutes of arrival');
    const none = await mou('riverbend-city', (a) => {
      for (const f of a.disposition!.receiving_facilities!) f.no_refusal = false;
      a.disposition!.custodial_transfer_target_minutes = null;
    });
    expect(none.text).toContain('The Parties shall designate **\\[SINGLE POINT OF ENTRY\\]**');
    expect(none.text).toContain(
      'No Receiving Facility in the answers has agreed never to refuse a police drop-off.',
    );
    expect(none.text).toContain('within **\\[TRANSFER TARGET\\]** minutes of arrival');
  });

  it('binds a receiving facility only when a hospital or facility signs as a party', async () => {
    const party = await mou('tri-county-cit-consortium');
    expect(party.text).toContain('**14.3** **Facility Parties.**');
    expect(party.text).toContain('- Caldera Regional Medical Center (hospital)\n');
    const none = await mou('riverbend-city');
    expect(none.text).toContain(
      '**14.3** **Facilities that are not Parties.** No operator of a Receiving Facility is a Party',
    );
    expect(none.text).not.toContain('Facility Parties');
  });

  it('treats a signing advocacy partner, a non-signing one and a missing one differently', async () => {
    const signs = await mou('tri-county-cit-consortium');
    expect(signs.text).toContain(
      '**15.1** **NAMI Tres Ríos.** NAMI Tres Ríos shall appoint or support the Advocacy Coordinator',
    );
    expect(signs.text).toContain('**4.4** **Advocacy Coordinator.** NAMI Tres Ríos shall appoint a person');
    const invited = await mou('riverbend-city');
    expect(invited.text).toContain('The Parties shall invite NAMI Rio Verde County to appoint a person');
    expect(invited.text).toContain(
      '**1.2** **Other participants.** NAMI Rio Verde County takes part in the CIT Program without signing',
    );
    const missing = await mou('riverbend-city', dropPartners('advocacy'));
    expect(missing.text).toContain('The Steering Committee shall invite **\\[ADVOCACY ORGANIZATION\\]**');
    expect(missing.text).not.toContain('Other participants');
  });

  it('gives the 911 and 988 centers their own clauses only when they are parties', async () => {
    const both = await mou('tri-county-cit-consortium');
    expect(both.text).toContain(
      '**16.1** **Regional 9-1-1.** Tres Ríos Regional 9-1-1 Emergency Communications District shall: screen calls',
    );
    expect(both.text).toContain('consult with CIT Officers on calls');
    expect(both.text).toContain(
      '**16.2** **TR 988.** Tres Ríos 988 Crisis Line shall accept calls transferred from 911',
    );
    const neither = await mou('tri-county-cit-consortium', dropPartners('911-center', '988-center'));
    expect(neither.text).toContain('**16.1** **Dispatch Center.** No 911 center is a Party.');
    expect(neither.text).not.toContain('TR 988');
  });

  it('mentions FERPA only when a school district is a partner', async () => {
    const school = await mou('tri-county-cit-consortium');
    expect(school.text).toContain('## 17. Commitments of Other Partners');
    expect(school.text).toContain('34 CFR 99.31(a)(10) and 99.36');
    expect(school.text).toContain('**9.5** **Education records.**');
    const noSchool = await mou('tri-county-cit-consortium', dropPartners('school-district'));
    expect(noSchool.text).not.toContain('Family Educational Rights and Privacy Act');
    expect(noSchool.text).not.toContain('Commitments of Other Partners');
    expect(noSchool.text).toContain('## 17. Costs and Funding');
  });

  it('adds the Part 2 clause for a lawful holder and nothing about Part 2 when no partner holds such records', async () => {
    const holder = await mou('tri-county-cit-consortium');
    expect(holder.text).toContain(
      'Records that 42 CFR Part 2 protects, held by Bluebonnet Crisis and Recovery Center, shall be disclosed or redisclosed only',
    );
    const none = await mou('tri-county-cit-consortium', (a) => {
      for (const p of a.partners) p.part2_status = 'not-part2';
    });
    expect(none.text).not.toContain('42 CFR Part 2 protects');
    expect(none.text).not.toContain('lawful holder');
  });

  it('refers to the CJIS Security Policy only when clinicians access CAD or RMS', async () => {
    expect((await mou('tri-county-cit-consortium')).text).toContain('FBI CJIS Security Policy');
    const off = await mou(
      'tri-county-cit-consortium',
      (a) => void (a.information_sharing!.clinician_cad_access = false),
    );
    expect(off.text).not.toContain('CJIS');
  });

  it('follows the training answers: course hours, selection steps, target and shift coverage', async () => {
    const { text } = await mou('tri-county-cit-consortium');
    expect(text).toContain('“**CIT Course**” means the 40-hour Crisis Intervention Team course');
    expect(text).toContain('The Law-Enforcement Party reviews the officer’s record');
    expect(text).toContain('at least 30 percent of the officers assigned to patrol');
    expect(text).toContain('**5.4** **Coverage on every shift.**');
    expect(text).toContain('a crisis course for dispatchers of 16 hours');
    expect(text).not.toContain('Mental Health First Aid');
    const changed = await mou('riverbend-city', (a) => {
      a.training!.cit_course_hours = 32;
      a.training!.cit_every_shift = false;
      a.training!.cit_selection = [];
      a.training!.cit_target_percent = null;
    });
    expect(changed.text).toContain('the 32-hour Crisis Intervention Team course');
    expect(changed.text).toContain(
      '**5.4** **Coverage.** The Parties have not yet committed to having a CIT Officer on every shift.',
    );
    expect(changed.text).toContain('- **\\[CIT SELECTION STEPS\\]**');
    expect(changed.text).toContain('at least **\\[CIT TARGET\\]** percent');
    expect(changed.text).not.toContain('record is reviewed');
  });

  it('shows the state’s hold facts and follows a change of state', async () => {
    const tx = await mou('tri-county-cit-consortium');
    expect(tx.text).toContain('| Statute | Tex. Health & Safety Code ch. 573 |');
    const pa = await mou('tri-county-cit-consortium', (a) => void (a.jurisdiction.state = 'PA'));
    expect(pa.text).toContain('| Statute | 50 P.S. § 7302 |');
    expect(pa.text).toContain('| How long the first detention lasts | 120 hours |');
  });

  it('allocates liability under the tort claims act the answers cite', async () => {
    const { text } = await mou('tri-county-cit-consortium');
    expect(text).toContain(
      'governed by, and limited as provided in, the Texas Tort Claims Act, Tex. Civ. Prac. & Rem. Code ch. 101',
    );
    const mutual = await mou(
      'tri-county-cit-consortium',
      (a) => void (a.agreement!.liability = 'mutual-indemnification'),
    );
    expect(mutual.text).toContain('**Mutual indemnification.**');
  });

  it('gives every signing party its own signature block', async () => {
    const { text } = await mou('tri-county-cit-consortium');
    for (const party of [
      'Caldera County',
      'Pecan Ridge County',
      'NAMI Tres Ríos',
      'Caldera Regional Medical Center',
    ]) {
      expect(text).toContain(`**${party}**\n\nBy: `);
    }
    expect(text).toContain('Name: Dr. Thảo Nguyễn-Reyes');
  });
  it('lists only Parties in the privacy-status table', async () => {
    const riverbend = (await mou('riverbend-city')).text;
    const table = riverbend.slice(riverbend.indexOf('**Privacy status of the Parties.**'));
    expect(table.slice(0, table.indexOf('\n\n**'))).not.toContain('NAMI Rio Verde County');
  });

  it('says whom the dispatch rules bind when no 911 center signs', async () => {
    expect((await mou('riverbend-city')).text).not.toContain('Who this Section binds');
    const no911 = (await mou('riverbend-city', dropPartners('911-center'))).text;
    expect(no911).toContain(
      'The Dispatch Center is not a Party: the practice this Section describes for its call-takers and dispatchers is what the Agency shall ask it to adopt',
    );
    // Its call-takers and dispatchers are asked, never bound (the duty check fails the build otherwise).
    expect(no911).toContain(
      'The Agency shall ask the Dispatch Center, which is not a Party, to have its call-takers screen calls',
    );
    expect(no911).not.toMatch(/Call-takers shall|the dispatcher shall/);
  });
});
