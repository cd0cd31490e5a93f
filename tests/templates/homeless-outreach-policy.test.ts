import { describe, expect, it } from 'vitest';
import { draftOf, renderedExample, renderExample } from '../support/render.js';

const ID = 'homeless-outreach-policy';

const draft = draftOf(ID);

describe('homeless outreach policy', () => {
  it('applies only when the homeless outreach model is chosen', async () => {
    const riverbend = await renderedExample('riverbend-city');
    expect(riverbend.markdown.has(ID)).toBe(false);
    expect(riverbend.packet.skipped.map((s) => s.id)).toContain(ID);
    const on = await renderExample('riverbend-city', (a) => {
      a.program.models = [...(a.program.models ?? []), 'homeless-outreach'];
    });
    expect(on.markdown.has(ID)).toBe(true);
    const off = await renderExample('harlan-county-rural', (a) => {
      a.program.models = ['co-responder', 'follow-up'];
    });
    expect(off.markdown.has(ID)).toBe(false);
  });

  it('builds without defined-term warnings with and without HMIS sharing', async () => {
    expect((await draft('harlan-county-rural')).warnings).toEqual([]);
    const noHmis = await draft('harlan-county-rural', (a) => {
      a.information_sharing!.hmis = false;
    });
    expect(noHmis.warnings).toEqual([]);
  });

  it('names the Continuum of Care and leaves coordinated entry blank when it is open', async () => {
    const { text } = await draft('harlan-county-rural');
    expect(text).toContain('“**Continuum of Care**” means the Rural Oregon Continuum of Care');
    expect(text).toContain('to refer the person, to Coordinated Entry (**\\[COORDINATED ENTRY\\]**)');
    const riverbend = await draft('riverbend-city', (a) => {
      a.program.models = ['homeless-outreach'];
    });
    expect(riverbend.text).toContain('(Rio Verde Coordinated Entry, dial 211)');
  });

  it('governs HMIS consent only when HMIS records are shared', async () => {
    const shared = (await draft('harlan-county-rural')).text;
    expect(shared).toContain('“**HMIS**” means the Homeless Management Information System');
    expect(shared).toContain(
      '**Homeless Management Information System (HMIS).** Information in the HMIS belongs',
    );
    const notShared = (
      await draft('harlan-county-rural', (a) => {
        a.information_sharing!.hmis = false;
      })
    ).text;
    expect(notShared).toContain('**No HMIS sharing.**');
    expect(notShared).not.toContain('“**HMIS**”');
  });

  it('names housing-provider partners, or leaves the outreach providers blank', async () => {
    expect((await draft('harlan-county-rural')).text).toContain('\\[OUTREACH PROVIDERS\\]');
    const { text } = await draft('harlan-county-rural', (a) => {
      a.partners.push({
        id: 'shelter',
        name: 'Pine Hollow Shelter Network',
        type: 'housing-provider',
        hipaa_status: 'not-covered',
        part2_status: 'not-part2',
      });
    });
    expect(text).toContain('The Agency works with Pine Hollow Shelter Network and with other providers');
  });

  it('gives notice and protects personal property before an encampment is cleared', async () => {
    const { text } = await draft('harlan-county-rural');
    expect(text).toContain('\\[NOTICE PERIOD UNDER LOCAL LAW\\]');
    expect(text).toContain('in plain language and, where needed, in Spanish');
    expect(text).toContain('Personal property that is not trash or hazardous shall not be destroyed');
  });

  it('reports housing placements only when that measure is selected', async () => {
    expect((await draft('harlan-county-rural')).text).toContain('the number of people housed');
    const { text } = await draft('harlan-county-rural', (a) => {
      a.measures!.selected = ['call-volume'];
    });
    expect(text).not.toContain('the number of people housed');
  });

  it('binds only the agency’s own members, never the partners’ outreach workers', async () => {
    const { text } = await draft('harlan-county-rural');
    expect(text).not.toMatch(/The Outreach Team shall/);
    expect(text).not.toMatch(/and the Outreach Team shall/);
    expect(text).toContain('Officers assigned to the Outreach Team shall work with its outreach workers');
    expect(text).toContain('record each contact as Section 10.2 provides');
  });

  it('refers to the agency’s de-escalation and use-of-force policies by name', async () => {
    const { text } = await draft('harlan-county-rural');
    expect(text).toContain('de-escalation policy (**\\[DE-ESCALATION POLICY\\]**)');
    expect(text).toContain('use-of-force policy (HCSO Policy 300, Use of Force)');
  });

  it('says there is no HMIS agreement without citing the answers file', async () => {
    const { text } = await draft('harlan-county-rural', (a) => {
      a.information_sharing!.hmis = false;
    });
    expect(text).toContain(
      'The Agency has no agreement to receive records from the Homeless Management Information System',
    );
    expect(text).not.toContain('The answers file does not provide');
  });
});
