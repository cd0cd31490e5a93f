/**
 * The federal rules the legal model applies, each paraphrased from the text that was read, with
 * the citation, where the text was read and when. A rule that could not be checked is not here:
 * the model leaves a blank for counsel instead (see `legal-basis.ts`).
 *
 * Checked 2026-12-01. The stored public corpus held no current ecfr.gov page for most sections,
 * so the text was read in the copies named in `source` (each reproducing the eCFR text, with its
 * Federal Register history where shown); `official` is where counsel should confirm it.
 */
export interface Rule {
  /** The citation as the drafts print it. */
  cite: string;
  /** What the rule permits or requires, in the drafts' words (Markdown with defined terms). */
  text: string;
  /** Where the text was read. */
  source: string;
  /** The official text. */
  official: string;
  checked: '2026-12-01';
}

const CHECKED = '2026-12-01' as const;
const ECFR_45 = 'https://www.ecfr.gov/current/title-45/subtitle-A/subchapter-C/part-164';
const ECFR_42 = 'https://www.ecfr.gov/current/title-42/chapter-I/subchapter-A/part-2';

export const RULES = {
  // 42 CFR 2.31(a): required elements of written consent, including (a)(4)(i) recipients named or
  // a class of persons, and the single consent for all future TPO uses and disclosures.
  part2Consent: {
    cite: '42 CFR 2.31',
    text: 'only with the person’s written consent that meets 42 CFR 2.31 and names the recipient',
    source: 'https://www.govregs.com/regulations/expand/title42_chapterI_part2_subpartC_section2.31',
    official: `${ECFR_42}/subpart-C/section-2.31`,
    checked: CHECKED,
  },
  // 42 CFR 2.33(a)(2) (as amended by 89 FR 12472): with a single consent for all future TPO, a
  // part 2 program, covered entity or business associate may use and disclose for TPO as HIPAA permits.
  part2TpoConsent: {
    cite: '42 CFR 2.31 and 2.33(a)(2)',
    text: 'with the person’s written consent under 42 CFR 2.31, which may be a single consent for all future treatment, payment and health care operations (42 CFR 2.33(a)(2))',
    source: 'https://www.govregs.com/regulations/title42_chapterI_part2_subpartC_section2.33',
    official: `${ECFR_42}/subpart-C/section-2.33`,
    checked: CHECKED,
  },
  // 42 CFR 2.51(a)(1) and (c): to medical personnel, to the extent necessary to meet a bona fide
  // medical emergency in which the patient's prior written consent cannot be obtained; documented
  // immediately in the patient's records.
  part2MedicalEmergency: {
    cite: '42 CFR 2.51',
    text: 'in a bona fide medical emergency in which the person’s prior written consent cannot be obtained, to medical personnel only, to the extent necessary, and recorded in the person’s record at once (42 CFR 2.51)',
    source:
      'https://d1tvxue8o4w0fl.cloudfront.net/regulation/code-of-federal-regulations/title-42-public-health/chapter-i-public-health-service-department-of-health-and-human-services/subchapter-a-general-provisions/part-2-confidentiality-of-substance-use-disorder-patient-records/subpart-d-disclosures-without-patient-consent/section-251-medical-emergencies (text with 89 FR 12628)',
    official: `${ECFR_42}/subpart-D/section-2.51`,
    checked: CHECKED,
  },
  // 2.51 reaches only medical personnel, so it never reaches officers.
  part2NotToOfficers: {
    cite: '42 CFR 2.51',
    text: '42 CFR 2.51 (medical emergencies) permits disclosure only to medical personnel and is never a basis for disclosure to law enforcement',
    source: 'https://getpocketlaw.com/law/cfr_42/section-2-51-medical-emergencies_3b408b74671a',
    official: `${ECFR_42}/subpart-D/section-2.51`,
    checked: CHECKED,
  },
  // 42 CFR 2.12(c)(5): communications from program personnel to law enforcement directly related
  // to a patient's commission of a crime on the premises or against program personnel, or a
  // threat to commit one; limited to the circumstances of the incident, the patient's status,
  // name and address, and last known whereabouts.
  part2CrimeOnPremises: {
    cite: '42 CFR 2.12(c)(5)',
    text: 'program staff may report to law enforcement a crime, or a threat of a crime, on the program’s premises or against its staff, limited to the circumstances of the incident and the person’s status as a patient, name, address and last known whereabouts (42 CFR 2.12(c)(5))',
    source: 'http://www.healthinfolaw.org/node/4011',
    official: `${ECFR_42}/subpart-B/section-2.12`,
    checked: CHECKED,
  },
  // 42 CFR 2.31(a)(4)(ii): a consent to disclose to an intermediary names the intermediary and
  // its member participants or a class limited to treating providers.
  part2Intermediary: {
    cite: '42 CFR 2.31(a)(4)(ii)',
    text: 'where the system is an intermediary, the consent must also name it and its participants as 42 CFR 2.31(a)(4)(ii) requires',
    source: 'https://www.govregs.com/regulations/expand/title42_chapterI_part2_subpartC_section2.31',
    official: `${ECFR_42}/subpart-C/section-2.31`,
    checked: CHECKED,
  },
  // 42 CFR 2.33(b): a recipient under consent may further disclose only as subpart E and that
  // section provide.
  part2LawfulHolder: {
    cite: '42 CFR 2.33(b)',
    text: 'only as 42 CFR 2.33(b) and the consent under which it received them permit',
    source: 'https://www.govregs.com/regulations/title42_chapterI_part2_subpartC_section2.33',
    official: `${ECFR_42}/subpart-C/section-2.33`,
    checked: CHECKED,
  },
  // 45 CFR 164.506(c)(2): a covered entity may disclose PHI for treatment activities of a health
  // care provider.
  hipaaTreatment: {
    cite: '45 CFR 164.506(c)(2)',
    text: 'for the treatment activities of a health care provider (45 CFR 164.506(c)(2))',
    source: 'http://federal.elaws.us/cfr/title-45/section-164.506',
    official: `${ECFR_45}/subpart-E/section-164.506`,
    checked: CHECKED,
  },
  // 45 CFR 164.512(j)(1)(i): good-faith belief that the disclosure is necessary to prevent or
  // lessen a serious and imminent threat, to a person reasonably able to prevent or lessen it.
  // (j)(4) "Presumption of good faith belief": presumed "if the belief is based upon the covered
  // entity's actual knowledge or in reliance on a credible representation by a person with
  // apparent knowledge or authority" -- a presumption, not a condition of the permission (finding
  // 21). (j)(1) permits the disclosure only "consistent with applicable law and standards of
  // ethical conduct". Text read 2026-12-01 in the eCFR copy (amendments through 78 FR 5700)
  // at github.com/aptible/www.aptible.com source/hipaa/regulations/164-512-....md.
  hipaaSeriousThreat: {
    cite: '45 CFR 164.512(j)(1)(i)',
    text: 'when the discloser believes in good faith that the disclosure is necessary to prevent or lessen a serious and imminent threat to the health or safety of a person or the public and the recipient is reasonably able to prevent or lessen it (45 CFR 164.512(j)(1)(i)); good faith is presumed if the belief rests on actual knowledge or on a credible representation by a person with apparent knowledge or authority (45 CFR 164.512(j)(4)); the disclosure must also be consistent with applicable law, including state law, and standards of ethical conduct (45 CFR 164.512(j)(1))',
    source:
      'https://github.com/aptible/www.aptible.com/blob/02d10fd39cee21e7d6b56633809f9e76c4fed869/source/hipaa/regulations/164-512-uses-disclosures-opportunity-not-required.md (eCFR text through 78 FR 5700)',
    official: `${ECFR_45}/subpart-E/section-164.512`,
    checked: CHECKED,
  },
  // 45 CFR 164.508: a valid authorization.
  hipaaAuthorization: {
    cite: '45 CFR 164.508',
    text: 'with the person’s authorization under 45 CFR 164.508 on the [[Consent Form]]',
    source:
      'https://raw.githubusercontent.com/ThomasMoreAI/legal-skills-open/main/us/healthcare/skills/hipaa-privacy-rule/references/standards.md',
    official: `${ECFR_45}/subpart-E/section-164.508`,
    checked: CHECKED,
  },
  // 45 CFR 164.504(e): a business associate may use and disclose PHI only as its contract permits.
  businessAssociate: {
    cite: '45 CFR 164.504(e)',
    text: 'as a business associate, only as its business associate agreement permits (45 CFR 164.504(e))',
    source:
      'https://raw.githubusercontent.com/ThomasMoreAI/legal-skills-open/main/us/healthcare/skills/hipaa-privacy-rule/references/standards.md',
    official: `${ECFR_45}/subpart-E/section-164.504`,
    checked: CHECKED,
  },
  // 45 CFR 164.514(a)-(b) (de-identification standard and methods) and (e) (limited data set
  // under a data use agreement).
  deidentified: {
    cite: '45 CFR 164.514(a)–(b) and (e)',
    text: '[[De-identified Data]] (45 CFR 164.514(a)–(b)), or a [[Limited Data Set]] under a data use agreement (45 CFR 164.514(e))',
    source:
      'https://www.lexfed.com/cfr/42/i/a/2/d/2-54 (cites 164.514(b)); 45 CFR 164.514 as reproduced in the HIPAA references above',
    official: `${ECFR_45}/subpart-E/section-164.514`,
    checked: CHECKED,
  },
  // 34 CFR 99.30, 99.31(a)(10) and 99.36: consent, or a health or safety emergency where
  // knowledge of the information is necessary to protect the health or safety of the student or
  // others; 99.36(c) requires an articulable and significant threat.
  ferpa: {
    cite: '34 CFR 99.31(a)(10) and 99.36',
    text: 'with the written consent of the parent or eligible student; without consent, only in a health or safety emergency, where there is an articulable and significant threat and knowledge of the information is necessary to protect the health or safety of the student or others (34 CFR 99.31(a)(10) and 99.36)',
    source:
      'http://www.law.cornell.edu/cfr/text/34/99.31; https://studentprivacy.ed.gov/faq/what-does-articulable-and-significant-threat-mean',
    official: 'https://www.ecfr.gov/current/title-34/subtitle-A/part-99',
    checked: CHECKED,
  },
} as const satisfies Record<string, Rule>;

export type RuleId = keyof typeof RULES;
