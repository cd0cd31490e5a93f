import type { QuotedRule } from './consent-rules.js';

/**
 * California's rule on the type of a printed authorization to release medical information, Cal.
 * Civ. Code § 56.11: the authorization is valid only if it "[i]s handwritten or is in a typeface
 * no smaller than 14-point type" (now § 56.11(b)(1)). The 14-point requirement was read in the
 * Legislative Counsel's Digest of AB 2703 (2016) on the Legislature's own site, which states it as
 * existing law, and the current wording and numbering in a copy of the code "current through the
 * 2024 Legislative Session"; checked 2026-12-02. Counsel confirms the current text at
 * leginfo.legislature.ca.gov.
 */
export const CA_CMIA_TYPE_SIZE: QuotedRule & { points: number } = {
  cite: 'Cal. Civ. Code § 56.11(b)(1)',
  text: 'An authorization for the release of medical information is valid only if it is handwritten or is in a typeface no smaller than 14-point type.',
  points: 14,
  source:
    'http://www.leginfo.ca.gov/pub/15-16/bill/asm/ab_2701-2750/ab_2703_bill_20160318_amended_asm_v98.htm (Legislative Counsel’s Digest: existing law requires "typeface no smaller than 14-point type"); current wording: casetext copy of § 56.11, current through the 2024 Legislative Session',
  official:
    'https://leginfo.legislature.ca.gov/faces/codes_displaySection.xhtml?lawCode=CIV&sectionNum=56.11',
  checked: '2026-12-02',
};

/**
 * California's signing rule for minors in the same section, § 56.11(b)(3)(A)-(B) (read in the
 * casetext copy only, checked 2026-12-02): a minor signs alone, and a parent may not sign, for
 * records of care the minor could lawfully consent to under Family Code §§ 6900 and following.
 */
export const CA_CMIA_MINORS: QuotedRule = {
  cite: 'Cal. Civ. Code § 56.11(b)(3)(A)-(B)',
  text: 'A minor may sign an authorization only for records of care the minor could lawfully have consented to under Family Code §§ 6900 and following; for those records a parent or other legal representative may not sign.',
  source: 'casetext copy of § 56.11, current through the 2024 Legislative Session',
  official:
    'https://leginfo.legislature.ca.gov/faces/codes_displaySection.xhtml?lawCode=CIV&sectionNum=56.11',
  checked: '2026-12-02',
};

/** The type-size rule of the state a form is printed for, or null where none is known. */
export function cmiaTypeRule(state: string): (QuotedRule & { points: number }) | null {
  return state === 'CA' ? CA_CMIA_TYPE_SIZE : null;
}

/** The state's own rule on who signs an authorization for a minor, or null where none is known. */
export function cmiaMinorsRule(state: string): QuotedRule | null {
  return state === 'CA' ? CA_CMIA_MINORS : null;
}
