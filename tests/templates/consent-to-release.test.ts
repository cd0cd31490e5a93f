import { describe, expect, it } from 'vitest';
import {
  PART2_NOTICE_FULL,
  PART2_NOTICE_SHORT,
  PART2_CE_REDISCLOSURE,
} from '../../src/legal/consent-rules.js';
import { draftOf } from '../support/render.js';

const ID = 'consent-to-release';

const draft = draftOf(ID);

/** The Markdown of one numbered section, from its heading to the next. */
function section(text: string, title: string): string {
  const start = text.search(new RegExp(`^## \\d+\\. ${title}`, 'm'));
  if (start < 0) throw new Error(`no section “${title}”`);
  const next = text.indexOf('\n## ', start + 1);
  return text.slice(start, next < 0 ? undefined : next);
}

/** The Open Items list of a form's counsel sheet: failing if the sheet has none. */
function openItems(sheet: string | null): string {
  const at = sheet?.indexOf('## Open Items') ?? -1;
  if (at < 0) throw new Error('the counsel sheet has no Open Items');
  return sheet!.slice(at);
}

/** The Markdown as its plain words: escapes undone, so a test can compare with a quoted rule. */
const unescaped = (text: string) => text.replace(/\\(.)/g, '$1');

describe('consent to release information', () => {
  it('builds without warnings for every example', async () => {
    for (const example of ['riverbend-city', 'harlan-county-rural', 'tri-county-cit-consortium']) {
      expect((await draft(example)).warnings).toEqual([]);
    }
  });

  it('uses hand-filled lines, not open items, for what the person writes', async () => {
    const { text, sheet } = await draft('harlan-county-rural');
    // A no-break space ties each label to its line: they never split across lines.
    expect(text).toContain('Your name:\u00a0\\_\\_\\_');
    expect(text).toContain('Your signature:\u00a0\\_\\_\\_');
    const open = openItems(sheet);
    expect(open).toContain('WHO SIGNS FOR A MINOR');
    expect(open).not.toContain('NAME');
    expect(open).not.toContain('SIGNATURE');
  });

  it('offers a checkbox for each kind of information the answers choose, in plain words', async () => {
    const { text } = await draft('riverbend-city', (a) => {
      a.information_sharing!.data_elements = ['identity', 'medications'];
    });
    const what = section(text, 'What They May Share');
    expect(what).toContain('- ☐ other:\u00a0\\_\\_\\_');
    expect(what).toContain('- ☐ my name, birth date and other facts that show who I am');
    expect(what).toContain('- ☐ the medicines I take now');
    expect(what).not.toContain('crisis or safety plan');
  });

  it('lists as senders and recipients only the organizations the agreement’s flows name', async () => {
    const { text } = await draft('riverbend-city');
    const both = section(text, 'Who May Share');
    const share = both.slice(0, both.indexOf('They may share them with'));
    expect(share).toContain('- ☐ Rio Verde County Behavioral Health Department');
    expect(share).not.toContain('NAMI');
    const receive = both.slice(both.indexOf('They may share them with'));
    expect(receive).toContain('- ☐ Rio Verde Crisis Stabilization Unit');
    // NAMI receives only de-identified reports under the agreement: no consent is needed for it.
    expect(receive).not.toContain('NAMI');
  });

  it('states the rights 45 CFR 164.508 requires: revocation, no conditioning, redisclosure, a copy', async () => {
    const rights = section((await draft('riverbend-city')).text, 'Your Rights');
    expect(rights).toContain('**You can cancel at any time.** Write to an office below.');
    // The exception to revocation, stated (164.508(c)(2)(i)): what a group already did in reliance.
    expect(rights).toContain('or what a group already did because of this form.');
    // An unchecked choice is a No in every list, not only in the Part 2 section.
    expect((await draft('riverbend-city')).text).toContain('A choice you do not check means No.');
    expect(rights).toContain('It tells every other group that signed our agreement.');
    expect(rights).toContain('Your care, payment, health plan and benefits do not depend on it.');
    expect(rights).toContain(
      'may share them again. Then the federal health privacy law (Health Insurance Portability and Accountability Act, HIPAA) may not protect them.',
    );
    expect(rights).toContain('**You can have a copy** of this form');
    expect(rights).toContain('**This consent ends** on this date or event:\u00a0\\_\\_\\_');
    expect(rights).toContain('If you leave it blank, it ends one year after you sign.');
    // One office reaches every party: the clinicians' employer here (the agreement binds it to pass it on).
    expect(rights).toContain('- Rio Verde County Behavioral Health Department, attention');
    expect(rights).not.toContain('- Riverbend Police Department, attention');
  });

  it('excludes psychotherapy notes, and SUD counseling notes where a party holds Part 2 records', async () => {
    expect((await draft('riverbend-city')).text).toContain(
      'This form does **not** let anyone share psychotherapy notes. ',
    );
    expect((await draft('harlan-county-rural')).text).toContain(
      'does **not** let anyone share psychotherapy notes or substance use disorder (SUD) counseling notes.',
    );
  });

  it('adds the Part 2 choices only when a party holds Part 2 records, and the 2.32 notice on its own sheet', async () => {
    const riverbend = (await draft('riverbend-city')).text;
    expect(riverbend).not.toContain('42 CFR');
    expect(riverbend).not.toContain('alcohol or drug');

    const harlan = unescaped((await draft('harlan-county-rural')).text);
    expect(harlan).toContain('## 3. Records of Help for Alcohol or Drug Use');
    // The notice is for recipients: the person's form does not carry it.
    expect(harlan).not.toContain(PART2_NOTICE_FULL.text.slice(0, 60));
    expect(harlan).not.toContain('stays protected');

    const notice = draftOf('part2-disclosure-notice');
    const full = unescaped((await notice('harlan-county-rural')).text);
    expect(full).toContain(`**${PART2_NOTICE_FULL.cite}.** ${PART2_NOTICE_FULL.text}`);
    // The duty to attach it is the disclosing party's (it signs the agreement), not the person's.
    expect(full).toContain('The party that discloses records of High Desert Recovery & Wellness Center');
    expect(full).toContain('a copy of the signed consent form, to each disclosure');
    expect(full).toContain('The person who signed the consent does not fill in this sheet.');

    const short = unescaped(
      (await notice('harlan-county-rural', (a) => (a.consent = { part2_notice: 'abbreviated' }))).text,
    );
    expect(short).toContain(`**${PART2_NOTICE_SHORT.cite}.** ${PART2_NOTICE_SHORT.text}`);
    expect(short).not.toContain(PART2_NOTICE_FULL.text.slice(0, 60));
  });

  it('lets the covered entity that is a Part 2 program share its other records in Sections 1-2, never its SUD records', async () => {
    const { text } = await draft('harlan-county-rural');
    const both = section(text, 'Who May Share');
    const share = both.slice(0, both.indexOf('They may share them with'));
    expect(share).toContain(
      '- ☐ High Desert Recovery & Wellness Center, but not its records of help for alcohol or drug use (Section 3)',
    );
    expect(share).toContain('- ☐ Harlan County Sheriff’s Office\n');
    expect(text).toContain('Sections 1 and 2 never cover records of help for alcohol or drug use.');
    expect(section(text, 'Your Rights')).toContain('- High Desert Recovery & Wellness Center, attention');
    // Without a Part 2 program, no one's records are excepted.
    expect((await draft('riverbend-city')).text).not.toContain('but not its records of help');
  });

  it('lets the single TPO consent run until revoked, whatever the default end date', async () => {
    const { text } = await draft('harlan-county-rural');
    expect(text).toContain('This choice has no end date. It lasts until I cancel it in writing.');
    expect(section(text, 'Your Rights')).toContain(
      'The one consent for my care in Section 3 has no end date.',
    );
    expect(text).not.toContain('If you write none');
  });

  it('tells the person that telling police reveals SUD treatment, and that it cannot be used against them', async () => {
    const part2 = section((await draft('harlan-county-rural')).text, 'Records of Help');
    expect(part2).toContain(
      'Telling them anything from these records shows that I get help for alcohol or drug use.',
    );
    expect(part2).toContain(
      'It may not use them in a court case or other case against me unless I agree on a separate form, or a judge makes a special order under 42 CFR 2.64 or 2.65.',
    );
    // An ordinary court order or subpoena is not enough: only the orders the 2.32 notice names.
    expect(part2).not.toContain('a court orders it');
    expect(part2).toContain('No check means No.');
  });

  it('describes the substance use information the person may release kind by kind (42 CFR 2.31(a)(3))', async () => {
    const part2 = section((await draft('harlan-county-rural')).text, 'Records of Help');
    for (const kind of ['that I am or was a patient', 'my diagnosis', 'my medicines', 'my treatment plan'])
      expect(part2).toContain(`- ☐ ${kind}`);
  });

  it('gives each law-enforcement recipient of Part 2 records its own yes-or-no, apart from the health recipients', async () => {
    const part2 = section((await draft('harlan-county-rural')).text, 'Records of Help');
    expect(part2).toContain('- ☐ Yes ☐ No: Harlan County Sheriff’s Office');
    expect(part2).toContain('- ☐ Yes ☐ No: Harlan County Emergency Communications');
    const health = part2.slice(part2.indexOf('Who may get it'), part2.indexOf('**Police and 911.**'));
    expect(health).toContain('- ☐ Harlan General Hospital Emergency Department');
    expect(health).not.toContain('Sheriff');
    // What the sheriff may be told comes from the agreement's flows from the Part 2 program.
    expect(part2).toContain('may tell it only these facts: my name, birth date');
    expect(part2).toContain('where I was sent for help, and if I went.');
  });

  it('states the 2.31(a)(4)(iii) redisclosure rule for covered-entity recipients, naming those the answers know', async () => {
    const tri = unescaped((await draft('tri-county-cit-consortium')).text);
    expect(tri).toContain(PART2_CE_REDISCLOSURE.text);
    expect(tri).toContain(
      ', such as Tres Ríos Behavioral Health Authority and Caldera Regional Medical Center',
    );
  });

  it('offers the single consent for treatment, payment and health care operations for a Part 2 program only', async () => {
    const tpo =
      'with my treating providers, health plans, third-party payers, and people helping it run its treatment program, for treatment, payment, and health care operations. This never includes police or 911.';
    expect((await draft('harlan-county-rural')).text).toContain(tpo);
    expect(
      (await draft('harlan-county-rural', (a) => (a.consent = { single_tpo_consent: false }))).text,
    ).not.toContain(tpo);
    // Bluebonnet only holds Part 2 records it received: a single TPO consent is a program's.
    expect((await draft('tri-county-cit-consortium')).text).not.toContain(tpo);
  });

  it('says whose program the single TPO consent helps run, so that it cannot be read to take in the police', async () => {
    const { text, sheet } = await draft('harlan-county-rural');
    expect(text).not.toContain('people helping to operate this program');
    expect(text).toContain('people helping it run its treatment program');
    // Records shared under it may be shared again and lose Part 2's protection (2.31(a); the paragraph is for counsel to confirm).
    expect(text).toContain('Then 42 CFR Part 2 may no longer protect them.');
    expect(sheet).toContain('it named paragraph (a)(10)(i), which no official or faithful copy');
    expect(sheet).not.toContain('takes 42 CFR 2.31(a)(10)(i) to require');
  });

  it('gives minors the state’s rule from the state-law data, or a blank for counsel where it is not verified', async () => {
    const { text: harlan, sheet: harlanSheet } = await draft('harlan-county-rural');
    expect(harlan).toContain('If the law lets you get this care on your own, you sign alone.');
    // What ORS 109.675(1) does not reach (care that is not outpatient) is left to counsel, visibly.
    expect(openItems(harlanSheet)).toContain('WHO SIGNS FOR A MINOR WHERE THIS RULE DOES NOT APPLY');
    expect(harlan).toContain('(ORS 109.675(1); checked December 1, 2026)');
    const { text: riverbend, sheet } = await draft('riverbend-city');
    // The blank is for counsel, on the counsel sheet, not in the form the person signs.
    expect(sheet).toContain("Who signs for a minor: **\\[MINORS' CONSENT UNDER CALIFORNIA LAW\\]**");
    expect(riverbend).not.toContain('MINORS');
    expect(harlan).toContain(
      '**For staff:** ☐ The minor may consent alone, so only the minor signs ☐ A parent or guardian also signs',
    );
    expect(openItems(sheet)).toContain("MINORS' CONSENT UNDER CALIFORNIA LAW");
  });

  it('gives a representative a signature line of their own and asks for their authority', async () => {
    const signatures = section((await draft('harlan-county-rural')).text, 'Signatures');
    const representative = signatures.slice(signatures.indexOf('**If someone signs for you**'));
    expect(representative).toContain('Signature:\u00a0\\_\\_\\_');
    expect(representative).toContain('Printed name:\u00a0\\_\\_\\_');
    expect(representative).toContain('Phone:\u00a0\\_\\_\\_');
    expect(representative).toContain(
      'Their authority (attach the paper that shows it): ☐ parent ☐ guardian ☐ health care agent ☐ other',
    );
  });

  it('sends revocations to real addresses from the answers, with the privacy officer’s e-mail', async () => {
    const rights = section((await draft('harlan-county-rural')).text, 'Your Rights');
    expect(rights).toContain(
      '- High Desert Recovery & Wellness Center, attention Grace Whitehorse, HDRWC Compliance Officer: 742 Juniper Street, Pine Hollow, OR 97899, or compliance@hdrwc.example.org',
    );
    expect(rights).not.toContain('Harlan County Emergency Communications, attention');
  });

  it('sends a cancellation of a Part 2 choice to the Part 2 program only, never to the police', async () => {
    const { text } = await draft('harlan-county-rural');
    expect(section(text, 'Records of Help')).toContain(
      'To cancel a choice here, I write to High Desert Recovery & Wellness Center (address in Section 4).',
    );
    const offices = section(text, 'Your Rights').split('To cancel, write to:')[1]!;
    expect(offices).not.toMatch(/Sheriff|Emergency Communications/);
  });

  it('says police and 911 never get health facts that no flow sends them', async () => {
    const { text } = await draft('riverbend-city', (a) => {
      a.information_sharing!.data_elements = ['identity', 'diagnosis', 'medications'];
    });
    expect(section(text, 'What They May Share')).toContain(
      'Police and 911 never get my diagnosis and what a clinician found and the medicines I take now from this form.',
    );
    const none = (await draft('riverbend-city', (a) => (a.information_sharing!.data_elements = ['identity'])))
      .text;
    expect(none).not.toContain('Police and 911 never get');
  });

  it('makes a language the people served speak, without a translation, an open item too', async () => {
    const { sheet } = await draft('riverbend-city', (a) => {
      a.consent = { languages: [] };
      a.resources!.languages = ['Spanish', 'Hmong'];
    });
    const open = openItems(sheet);
    expect(open).toContain('HMONG TRANSLATION OF THE CONSENT FORM');
    expect(open).not.toContain('SPANISH');
    expect(sheet).toContain('The people served speak Spanish: add es to consent.languages');
  });

  it('asks California forms for 14-point type, citing Civ. Code § 56.11', async () => {
    expect((await draft('riverbend-city')).sheet).toContain(
      'Cal. Civ. Code § 56.11(b)(1) requires type of at least 14 points',
    );
    const harlan = await draft('harlan-county-rural');
    expect(`${harlan.text}${harlan.sheet}`).not.toContain('56.11');
  });

  it('makes each asked-for language without a translation an open item', async () => {
    const { sheet } = await draft('harlan-county-rural', (a) => (a.consent = { languages: ['vi', 'tl'] }));
    const open = openItems(sheet);
    expect(open).toContain('VIETNAMESE TRANSLATION OF THE CONSENT FORM');
    expect(open).toContain('TAGALOG TRANSLATION OF THE CONSENT FORM');
    expect(open).not.toContain('SPANISH');
    expect(sheet).toContain('A qualified translator certifies each translation before use');
  });

  it('says only the signing parties have agreed to limit redisclosure, not everyone the person may name', async () => {
    const riverbend = (await draft('riverbend-city')).text;
    expect(riverbend).toContain(
      'The groups that signed our agreement have agreed to limit this. Others may not have.',
    );
    const lone = (
      await draft('riverbend-city', (a) => a.partners.forEach((p) => (p.signs_agreements = false)))
    ).text;
    expect(lone).not.toContain('have agreed to limit this');
  });

  it('shows its form version and date, not the parties’ revision history', async () => {
    const riverbend = (await draft('riverbend-city')).text;
    expect(riverbend).toContain('*Form version 2026.2, December 15, 2026.*');
    expect(riverbend).not.toContain('Revision History');
    expect((await draft('harlan-county-rural')).text).not.toContain('Form version');
  });
});
