import { describe, expect, it } from 'vitest';
import { parseAnswers } from '../../src/answers/read-answers.js';
import { formatDiagnostic } from '../../src/diagnostics/diagnostic.js';
import { BASICS, interview, tempAnswersFile } from '../interview/helpers.js';
import { validAnswers } from '../support/valid-answers.js';

function withContact(email: string, phone: string): string {
  return `${validAnswers}information_sharing:\n  breach_contact:\n    email: "${email}"\n    phone: "${phone}"\n`;
}

const phoneRule = 'expected a telephone number with its area code';
const emailRule = 'expected an e-mail address such as name@agency.org';

describe('e-mail addresses and telephone numbers', () => {
  it.each([
    ['pat.okafor at harmoncrisis.org', '555-12'],
    ['pat.okafor@harmon', '(740) 555-01'],
    ['amoreno', 'call my cell'],
    ['a@b.org', '740-555-0142 ext'],
  ])('rejects %s and %s at their line and column', (email, phone) => {
    const found = parseAnswers(withContact(email, phone), 'a.yaml').diagnostics.map(formatDiagnostic);
    const bad =
      email === 'a@b.org' ? [] : [`a.yaml:17:12  information_sharing.breach_contact.email: ${emailRule}`];
    expect(found.filter((l) => l.includes('.email:'))).toEqual(bad);
    expect(found.filter((l) => l.includes('.phone:'))).toEqual([
      expect.stringMatching(
        new RegExp(`^a\\.yaml:18:12  information_sharing\\.breach_contact\\.phone: ${phoneRule}`),
      ),
    ]);
  });

  it.each([
    ['pat.okafor@harmoncrisis.org', '740-555-0142'],
    ['privacy@county.oh.us', '(740) 555-0142'],
    ['a.b+c@example.org', '740-555-0142 ext. 12'],
    ['x@example.org', '+1 740 555 0142'],
  ])('accepts %s and %s, keeping them as written', (email, phone) => {
    const read = parseAnswers(withContact(email, phone), 'a.yaml');
    expect(read.diagnostics).toEqual([]);
    expect(read.answers?.information_sharing.breach_contact).toMatchObject({ email, phone });
  });

  it('re-asks in the interview until the answer has the right form', async () => {
    const file = await tempAnswersFile();
    const { code, text, prompter } = await interview(file, {
      depth: false,
      ...BASICS,
      'information_sharing.breach_contact.email': [
        'pat.okafor at harmoncrisis.org',
        'pat.okafor@harmoncrisis.org',
      ],
      'information_sharing.breach_contact.phone': ['call my cell', '555-12', '740-555-0142'],
    });
    expect(code).toBe(0);
    expect(prompter.rejected).toEqual([
      emailRule,
      expect.stringContaining(phoneRule),
      expect.stringContaining(phoneRule),
    ]);
    expect(text).toContain('email: pat.okafor@harmoncrisis.org');
    expect(text).toContain('phone: 740-555-0142');
  });
});
