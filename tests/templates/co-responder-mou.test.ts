import { describe, expect, it } from 'vitest';
import type { AnswersInput } from '../../src/answers/schema.js';
import { draftOf } from '../support/render.js';

const ID = 'co-responder-mou';

const mou = draftOf(ID);

const without911 = (a: AnswersInput) => {
  const ids = a.partners.filter((p) => p.type === '911-center').map((p) => p.id);
  a.partners = a.partners.filter((p) => !ids.includes(p.id));
  a.agreement!.liaisons = (a.agreement!.liaisons ?? []).filter((l) => !ids.includes(l.party));
  a.information_sharing!.privacy_officers = (a.information_sharing!.privacy_officers ?? []).filter(
    (l) => !ids.includes(l.party),
  );
};

describe('co-responder MOU', () => {
  it('builds with no defined-term warning for the examples', async () => {
    for (const name of ['riverbend-city', 'harlan-county-rural']) {
      expect((await mou(name)).warnings, name).toEqual([]);
    }
  });

  it('keeps the section numbers its cross-references rely on', async () => {
    for (const name of ['riverbend-city', 'harlan-county-rural']) {
      const { text } = await mou(name);
      expect(text, name).toContain('## 10. Confidentiality and Records');
      expect(text, name).toContain('## 12. Data, Reporting and Evaluation');
      expect(text, name).toContain('## 15. Governance');
      expect(text, name).toContain('## 16. Term, Amendment and Termination');
      expect(text, name).toContain('## 19. Signatures');
      expect(text, name).toContain('**4.4** **Eligible calls.**');
      expect(text, name).toContain('**4.5** **Excluded calls.**');
    }
  });

  it('states the response target for the clinician’s mode of response', async () => {
    expect((await mou('riverbend-city')).text).toContain(
      'The Team shall aim to arrive at an Eligible Call within 20 minutes',
    );
    expect((await mou('harlan-county-rural')).text).toContain(
      'The Team shall aim to join an Eligible Call, by telephone, video or in person, within 45 minutes',
    );
  });

  it('binds the 911 center’s dispatchers only when it signs', async () => {
    const riverbend = (await mou('riverbend-city')).text;
    expect(riverbend).toContain(
      '**11.5** **Dispatchers.** Riverbend Regional Emergency Communications Center shall have its call-takers and dispatchers',
    );
    const no911 = (await mou('riverbend-city', without911)).text;
    expect(no911).toContain('**11.5** **Dispatchers.** The Agency shall ask');
    expect(no911).not.toContain(
      'Call-takers and dispatchers who handle Behavioral-Health Calls shall complete',
    );
  });

  it('lists only Parties in the privacy-status table', async () => {
    const text = (await mou('riverbend-city')).text;
    const from = text.indexOf('**Privacy status of the Parties.**');
    const table = text.slice(from, text.indexOf('**10.3**', from));
    expect(table).toContain('| Rio Verde County Behavioral Health Department | HIPAA covered entity |');
    expect(table).not.toContain('NAMI Rio Verde County');
  });

  it('covers the clinician’s workers’ compensation while riding in an agency vehicle', async () => {
    expect((await mou('riverbend-city')).text).toContain(
      'The Provider’s workers’ compensation coverage applies to each Clinician, and the Agency’s to each Officer, including while a Clinician rides in an Agency vehicle',
    );
  });
});
