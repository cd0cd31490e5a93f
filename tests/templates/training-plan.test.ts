import { describe, expect, it } from 'vitest';
import { renderExample } from '../support/render.js';

const ID = 'training-plan';

async function plan(name: string, mutate?: Parameters<typeof renderExample>[1]) {
  const { packet, markdown } = await renderExample(name, mutate, [ID]);
  const text = markdown.get(ID);
  if (text === undefined) throw new Error(`${ID} was not rendered for ${name}`);
  return { packet, text };
}

describe('training plan', () => {
  it('applies to every example and builds with no defined-term warning', async () => {
    for (const name of ['riverbend-city', 'harlan-county-rural']) {
      const { packet, text } = await plan(name);
      expect(text).toContain('## 2. Training Matrix');
      expect(packet.warnings.filter((w) => w.file?.includes(`${ID}/`))).toEqual([]);
    }
  });

  it('puts the answers’ hours and CIT target in the role matrix', async () => {
    const { text } = await plan('riverbend-city');
    expect(text).toMatch(
      /\| CIT-trained Officers \|[^\n]*\| 40 \|[^\n]*\| 25 percent of patrol Officers, with at least one on every shift \|/,
    );
    expect(text).toMatch(/\| Call-takers and dispatchers \| the dispatcher crisis course \| 16 \|/);
    expect(text).toContain('8 (Mental Health First Aid), then 4 each year');
  });

  it('follows a changed CIT target and drops the every-shift commitment when it is off', async () => {
    const { text } = await plan('riverbend-city', (a) => {
      a.training!.cit_target_percent = 30;
      a.training!.cit_every_shift = false;
    });
    expect(text).toContain('| 30 percent of patrol Officers |');
    expect(text).toContain('The Agency aims to have 30 percent of its patrol Officers CIT-trained.');
    expect(text).toContain('does not commit to having a CIT-trained Officer on every shift');
    expect(text).not.toContain('at least one on every shift');
  });

  it('shows visible blanks where the training figures are open', async () => {
    const { text } = await plan('riverbend-city', (a) => {
      a.training!.cit_target_percent = null;
      a.training!.dispatcher_course_hours = null;
      a.training!.cit_selection = [];
    });
    expect(text).toContain('**\\[CIT TARGET\\]** percent of patrol Officers');
    expect(text).toContain('lasts **\\[DISPATCHER COURSE HOURS\\]** hours');
    expect(text).toContain('**\\[CIT SELECTION METHOD\\]**');
  });

  it('lists the chosen CIT selection steps', async () => {
    const { text } = await plan('riverbend-city');
    expect(text).toContain(
      '- officers volunteer;\n- a supervisor recommends the officer;\n- the officer is interviewed.',
    );
    expect(text).not.toContain('record is reviewed;');
  });

  it('requires Mental Health First Aid of every officer only when the answers say so', async () => {
    const all = await plan('riverbend-city');
    expect(all.text).toContain('**Mental Health First Aid for everyone.**');
    const some = await plan('riverbend-city', (a) => {
      a.training!.mhfa_for_all = false;
    });
    expect(some.text).not.toContain('**Mental Health First Aid for everyone.**');
    expect(some.text).toContain(
      'has not required Mental Health First Aid for Public Safety of every Officer',
    );
    expect(some.text).toContain(
      '| Patrol Officers | annual behavioral-health in-service training | 4 each year |',
    );
  });

  it('names CJIS security awareness only when clinicians access CAD or RMS', async () => {
    const withCjis = await plan('riverbend-city');
    expect(withCjis.text).toContain(
      'CJIS security awareness training as required by the FBI CJIS Security Policy',
    );
    const without = await plan('riverbend-city', (a) => {
      a.information_sharing!.clinician_cad_access = false;
    });
    expect(without.text).not.toMatch(/CJIS/);
  });

  it('drops cross-training and lived-experience panels when the answers turn them off', async () => {
    const { text } = await plan('riverbend-city', (a) => {
      a.training!.cross_training = false;
      a.training!.lived_experience_panels = false;
    });
    expect(text).toContain('The Partners have not yet provided for cross-training.');
    expect(text).toContain('The training does not yet include panels of people with lived experience');
    expect(text).not.toContain('organized with NAMI Rio Verde County');
  });

  it('teaches the state hold statute from the state table, with blanks for a partly verified state', async () => {
    const ca = await plan('riverbend-city');
    expect(ca.text).toContain('| Statute | Cal. Welf. & Inst. Code § 5150 and following |');
    const or = await plan('harlan-county-rural');
    expect(or.text).toContain('| Statute | ORS chapter 426 |');
    const wa = await plan('harlan-county-rural', (a) => void (a.jurisdiction.state = 'WA'));
    expect(wa.text).toContain('| Statute | RCW 71.05.153 |');
    expect(wa.text).toContain('**\\[HOLD DURATION\\]**');
  });

  it('adds Part 2 to the confidentiality module only where a partner is under Part 2', async () => {
    expect((await plan('harlan-county-rural')).text).toContain(
      '42 CFR Part 2 may be disclosed to officers only',
    );
    expect((await plan('riverbend-city')).text).not.toContain('42 CFR Part 2');
  });

  it('adds the homelessness module only with the homeless outreach model', async () => {
    expect((await plan('harlan-county-rural')).text).toContain('**Homelessness.**');
    const off = await plan('harlan-county-rural', (a) => {
      a.program.models = ['co-responder', 'follow-up'];
    });
    expect(off.text).not.toContain('**Homelessness.**');
  });

  it('calls deputies deputies in a sheriff’s office', async () => {
    expect((await plan('harlan-county-rural')).text).toContain('means a sworn deputy of the Agency');
    expect((await plan('riverbend-city')).text).toContain('means a sworn officer of the Agency');
  });

  it('names the agency with its article and its policies by what they are', async () => {
    const { text } = await plan('riverbend-city');
    expect(text).toContain('personnel of the Riverbend Police Department and of the partners that adopt it');
    expect(text).toContain(
      'the Agency’s de-escalation policy (RPD Policy 301, De-escalation) and use-of-force policy (RPD Policy 300, Use of Force);',
    );
    expect(text).toContain(
      'with the following organizations, which adopt this plan with it (together, the “**Partners**”): Rio Verde County',
    );
    expect(text).toContain(
      'a mental-health coordinator named by the Rio Verde County Behavioral Health Department',
    );
  });
});
