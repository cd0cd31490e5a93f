import type { Rule } from './rules.js';

/**
 * The regulatory texts the consent form quotes word for word, and the elements a valid form must
 * hold, each with where it was read and when (2026-12-01). The stored public corpus held no
 * current ecfr.gov page for these sections, so the text was read in the copies named in `source`;
 * `official` is where counsel confirms it. A text that could not be read in full is not here.
 */
/** A rule the form quotes: its `text` is the rule's own words, not a paraphrase. */
export type QuotedRule = Omit<Rule, 'checked'> & { checked: string };

const CHECKED = '2026-12-01' as const;
const ECFR_PART2 = 'https://www.ecfr.gov/current/title-42/chapter-I/subchapter-A/part-2';

/**
 * 42 CFR 2.32(a)(1), "Statement 1", as amended by 89 FR 12472 (Feb. 16, 2024). Its first two
 * sentences were read in a copy of the eCFR section; the rest (the three permissions and the last
 * sentence) in two unrelated public programs that carry the statement, which agree word for word
 * with each other and with that copy where they overlap.
 */
export const PART2_NOTICE_FULL: QuotedRule = {
  cite: '42 CFR 2.32(a)(1)',
  text:
    'This record which has been disclosed to you is protected by Federal confidentiality rules (42 CFR part 2). ' +
    'These rules prohibit you from using or disclosing this record, or testimony that describes the information contained in this record, in any civil, criminal, administrative, or legislative proceedings by any Federal, State, or local authority, against the patient, unless authorized by the consent of the patient, except as provided at 42 CFR 2.12(c)(5) or as authorized by a court in accordance with 42 CFR 2.64 or 2.65. ' +
    'In addition, the Federal rules prohibit you from making any other use or disclosure of this record unless at least one of the following applies: ' +
    '(i) Further use or disclosure is expressly permitted by the written consent of the individual whose information is being disclosed in this record or as otherwise permitted by 42 CFR part 2. ' +
    '(ii) You are a covered entity or business associate and have received the record for treatment, payment, or health care operations, or ' +
    '(iii) You have received the record from a covered entity or business associate as permitted by 45 CFR part 164, subparts A and E. ' +
    'A general authorization for the release of medical or other information is NOT sufficient to meet the required elements of written consent to further use or redisclose the record (see 42 CFR 2.31).',
  source:
    'https://compliancecosmos.org/notice-and-copy-consent-accompany-disclosure (eCFR text of § 2.32(a) through "unless at least one of the following applies"); the remainder as carried, identically, by two public programs that attach the notice to disclosures',
  official: `${ECFR_PART2}/subpart-C/section-2.32`,
  checked: CHECKED,
};

/**
 * What was done to find the official text of the 2024 § 2.32, for the drafter's note beside the
 * notice: the stored sources held no ecfr.gov or federalregister.gov copy of it.
 */
export const PART2_NOTICE_CHECK =
  'The statement is the 2024 rule’s text (89 FR 12472, Feb. 16, 2024). On December 2, 2026 pmhc-docs searched for the official text on ecfr.gov and federalregister.gov and did not find it: the eCFR copy found was the 2020 text, and the Federal Register copy found showed only the preamble. The statement was compared word for word with a reproduction of the current eCFR section (through “unless at least one of the following applies”) and, for the rest, with two unrelated public programs that carry it identically. Counsel confirms it against the eCFR before use, and chooses the full or the abbreviated statement (consent.part2\\_notice). The heading of the 2024 section reads “Notice and copy of consent to accompany disclosure”: counsel confirms what 2.32(b) requires of the copy.';

/** 42 CFR 2.32(a)(2), "Statement 2", the abbreviated notice (2024 text). */
export const PART2_NOTICE_SHORT: QuotedRule = {
  cite: '42 CFR 2.32(a)(2)',
  text: '42 CFR part 2 prohibits unauthorized use or disclosure of these records.',
  source:
    'a public program that carries both statements of § 2.32(a) as amended in 2024; the pre-2024 text ("prohibits unauthorized disclosure of these records", https://www.law.cornell.edu/cfr/text/42/2.32) lacked "use or"',
  official: `${ECFR_PART2}/subpart-C/section-2.32`,
  checked: CHECKED,
};

/**
 * 42 CFR 2.31(a)(4)(iii): where a recipient is a covered entity or business associate receiving
 * for treatment, payment or health care operations, the consent "must include the statement that
 * the patient's record (or information contained in the record) may be redisclosed in accordance
 * with the permissions contained in the HIPAA regulations, except for uses and disclosures for
 * civil, criminal, administrative, and legislative proceedings against the patient" (the last
 * words as 2.33(b)(1) gives them). The form states it in the first person.
 */
export const PART2_CE_REDISCLOSURE: QuotedRule = {
  cite: '42 CFR 2.31(a)(4)(iii)',
  text: 'My record (or information contained in my record) may be redisclosed in accordance with the permissions contained in the HIPAA regulations, except for uses and disclosures for civil, criminal, administrative, and legislative proceedings against me.',
  source:
    'https://www.govregs.com/regulations/expand/title42_chapterI_part2_subpartC_section2.31 (§ 2.31(a)(4)(iii)); https://www.govregs.com/regulations/title42_chapterI_part2_subpartC_section2.33 (§ 2.33(b)(1), the same exception in full)',
  official: `${ECFR_PART2}/subpart-C/section-2.31`,
  checked: CHECKED,
};

/**
 * 42 CFR 2.31(a)(4)(i): for a single consent for all future treatment, payment and health care
 * operations, the recipients "may be described as" these words "or a similar statement".
 */
export const PART2_TPO_RECIPIENTS: QuotedRule = {
  cite: '42 CFR 2.31(a)(4)(i)',
  text: 'my treating providers, health plans, third-party payers, and people helping to operate this program',
  source: 'https://www.govregs.com/regulations/expand/title42_chapterI_part2_subpartC_section2.31',
  official: `${ECFR_PART2}/subpart-C/section-2.31`,
  checked: CHECKED,
};

/** One element a valid form must hold, and the words of the form that show it (for the checklist test). */
export interface ConsentElement {
  cite: string;
  element: string;
}

/**
 * The core elements and required statements of a HIPAA authorization, 45 CFR 164.508(c)(1)-(2)
 * and (c)(4), as read in a reproduction of the section
 * (https://old.hipaatemplates.com/faq-items/uses-and-disclosures-for-which-an-authorization-is-required-documentation-and-content,
 * checked 2026-12-01; official: https://www.ecfr.gov/current/title-45/subtitle-A/subchapter-C/part-164/subpart-E/section-164.508).
 */
export const HIPAA_AUTHORIZATION_ELEMENTS: ConsentElement[] = [
  { cite: '164.508(c)(1)(i)', element: 'a description of the information to be used or disclosed' },
  { cite: '164.508(c)(1)(ii)', element: 'who is authorized to make the disclosure' },
  { cite: '164.508(c)(1)(iii)', element: 'to whom the disclosure may be made' },
  { cite: '164.508(c)(1)(iv)', element: 'a description of each purpose' },
  { cite: '164.508(c)(1)(v)', element: 'an expiration date or event' },
  { cite: '164.508(c)(1)(vi)', element: "signature and date; a representative's authority" },
  { cite: '164.508(c)(2)(i)', element: 'the right to revoke in writing, and how' },
  { cite: '164.508(c)(2)(ii)', element: 'whether treatment or payment may be conditioned on signing' },
  { cite: '164.508(c)(2)(iii)', element: 'the potential for redisclosure' },
  { cite: '164.508(c)(4)', element: 'a copy for the person' },
];

/**
 * The required elements of a Part 2 consent, 42 CFR 2.31(a) as amended in 2024: (a)(1)-(4) as
 * read in the govregs copy above; the others as summarized in
 * https://www.accountablehq.com/post/42-cfr-part-2-consent-requirements-what-to-include-and-when-it-s-needed
 * (checked 2026-12-01), which does not number them: they are cited as 2.31(a) until counsel
 * confirms the paragraph numbers against the eCFR.
 */
export const PART2_CONSENT_ELEMENTS: ConsentElement[] = [
  { cite: '2.31(a)(1)', element: 'the name of the patient' },
  { cite: '2.31(a)(2)', element: 'who may make the disclosure' },
  { cite: '2.31(a)(3)', element: 'a specific description of the SUD information' },
  { cite: '2.31(a)(4)(i)', element: 'the recipients' },
  { cite: '2.31(a)(4)(iii)', element: 'the HIPAA redisclosure statement for covered-entity recipients' },
  { cite: '2.31(a)', element: 'the purpose' },
  { cite: '2.31(a)', element: 'the right to revoke in writing, and how' },
  { cite: '2.31(a)', element: 'an expiration date or event' },
  {
    cite: '2.31(a)',
    element: 'signature, and an authorized person for a minor or someone who lacks capacity',
  },
  { cite: '2.31(a)', element: 'the date signed' },
  // A privacy review of 2026-12-02 numbered it 2.31(a)(10)(i); no official or faithful copy of that
  // paragraph was found (searched 2026-12-02 and 2026-12-04), so it is cited to 2.31(a) only and the
  // form states it in plain words, for counsel (counsel cold read, session 11, Juniper Falls 19).
  {
    cite: '2.31(a)',
    element: 'for a single TPO consent, that the records may be redisclosed and lose Part 2 protection',
  },
];
