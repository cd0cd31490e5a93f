import { describe, expect, it } from 'vitest';
import { draftOf } from '../support/render.js';

const ID = 'consent-to-release';

const draft = draftOf(ID);

describe('consent to release information', () => {
  it('builds without warnings for every example', async () => {
    for (const example of ['riverbend-city', 'harlan-county-rural']) {
      expect((await draft(example)).warnings).toEqual([]);
    }
  });

  it('uses hand-filled lines, not open items, for what the person writes', async () => {
    const { text } = await draft('riverbend-city');
    expect(text).toContain('Your name: \\_\\_\\_');
    expect(text).toContain('Signature: \\_\\_\\_');
    expect(text).not.toContain('## Open Items');
  });

  it('offers a checkbox for each kind of information the answers choose', async () => {
    const { text } = await draft('riverbend-city', (a) => {
      a.information_sharing!.data_elements = ['identity', 'medications'];
    });
    expect(text).toContain('☐ name, date of birth and other identifying information');
    expect(text).toContain('☐ current medications');
    expect(text).not.toContain('☐ crisis or safety plan');
  });

  it('names the partners who may disclose and receive, and the receiving facilities', async () => {
    const { text } = await draft('riverbend-city');
    const share = text.slice(text.indexOf('Who May Share'), text.indexOf('Who May Receive'));
    expect(share).toContain('☐ Rio Verde County Behavioral Health Department');
    expect(share).not.toContain('NAMI');
    const receive = text.slice(text.indexOf('Who May Receive'), text.indexOf('What Information'));
    expect(receive).toContain('☐ NAMI Rio Verde County');
    expect(receive).toContain('☐ Rio Verde Crisis Stabilization Unit');
  });

  it('states the rights 45 CFR 164.508 requires: revocation, no conditioning, redisclosure, expiration', async () => {
    const { text } = await draft('riverbend-city');
    expect(text).toContain('You can cancel this consent at any time.');
    expect(text).toContain('- Riverbend Police Department, attention Lt. Daniel Okafor');
    expect(text).toContain('No one will refuse you treatment');
    expect(text).toContain(
      'the federal health-privacy law (Health Insurance Portability and Accountability Act, HIPAA) may no longer protect it',
    );
    expect(text).toContain('it ends one year after the date I sign it');
    expect(text).toContain('If someone signs for the person:');
    expect(text).toContain('does **not** allow anyone to share psychotherapy notes');
  });

  it('adds the Part 2 notice and an explicit substance-use choice only when a party holds Part 2 records', async () => {
    const riverbend = (await draft('riverbend-city')).text;
    expect(riverbend).not.toContain('42 CFR');
    expect(riverbend).not.toContain('substance use');

    const harlan = (await draft('harlan-county-rural')).text;
    expect(harlan).toContain('Notice of federal confidentiality rules (42 CFR 2.32)');
    expect(harlan).toContain(
      '☐ information from High Desert Recovery & Wellness Center that could show I have asked for or received help for substance use',
    );
    expect(harlan).toContain('Substance use information stays protected by 42 CFR Part 2.');

    const notPart2 = (await draft('harlan-county-rural', (a) => (a.partners[0]!.part2_status = 'not-part2')))
      .text;
    expect(notPart2).not.toContain('42 CFR 2.32');
  });

  it('offers housing as a purpose only when the program does homeless outreach or shares HMIS records', async () => {
    expect((await draft('harlan-county-rural')).text).toContain('☐ to help me find housing');
    expect((await draft('riverbend-city')).text).not.toContain('housing');
  });
  it('says only the signing parties have agreed to limit redisclosure, not everyone the person may name', async () => {
    const riverbend = (await draft('riverbend-city')).text;
    expect(riverbend).toContain(
      'Riverbend Police Department, Rio Verde County Behavioral Health Department, and Riverbend Regional Emergency Communications Center have agreed with each other to limit further sharing; other people and organizations you name here may not have.',
    );
    expect(riverbend).not.toContain('The organizations named in this form have agreed');
    // NAMI takes part but does not sign the information-sharing agreement, so it is not among them.
    expect(riverbend).not.toMatch(/NAMI Rio Verde County[^\n]*have agreed/);
    const lone = (
      await draft('riverbend-city', (a) => a.partners.forEach((p) => (p.signs_agreements = false)))
    ).text;
    expect(lone).toContain('Ask us who has agreed to limit further sharing.');
  });

  it('shows its form version and date, not the parties’ revision history', async () => {
    const riverbend = (await draft('riverbend-city')).text;
    expect(riverbend).toContain('*Form version 2026.2, December 15, 2026.*');
    expect(riverbend).not.toContain('Revision History');
    expect((await draft('harlan-county-rural')).text).not.toContain('Form version');
  });
});
