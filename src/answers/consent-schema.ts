import { z } from 'zod';
import * as F from './fields.js';
import { keysOf } from './enums.js';

/**
 * Languages a consent form may be asked for, by BCP 47 tag. The form is built in each one that
 * has a translation (templates/consent-to-release-<tag>); any other asked for is an open item.
 */
export const CONSENT_LANGUAGES = {
  es: 'Spanish',
  vi: 'Vietnamese',
  zh: 'Chinese',
  tl: 'Tagalog',
  ko: 'Korean',
  ru: 'Russian',
  ar: 'Arabic',
  ht: 'Haitian Creole',
  pt: 'Portuguese',
  fr: 'French',
  so: 'Somali',
  hmn: 'Hmong',
  uk: 'Ukrainian',
  fa: 'Persian',
} as const;
export type ConsentLanguage = keyof typeof CONSENT_LANGUAGES;

/** The two notices 42 CFR 2.32(a) allows with a disclosure of Part 2 records. */
export const PART2_NOTICE_FORMS = {
  full: 'the full statement, 42 CFR 2.32(a)(1)',
  abbreviated: 'the abbreviated statement, 42 CFR 2.32(a)(2)',
} as const;

const NOTICE_HELP =
  'Counsel chooses: the full statement or the one-sentence abbreviated statement. Used only when a party holds Part 2 records.';

/** Choices about the consent form that counsel and the program make. */
export const consentSchema = z
  .strictObject({
    languages: F.choices(keysOf(CONSENT_LANGUAGES), {
      prompt: 'In which languages besides English should the consent form be printed?',
      help: 'Language tags such as es (Spanish) or vi (Vietnamese). A language without a translation in pmhc-docs becomes an open item; a qualified translator must certify every translation before use.',
      choices: CONSENT_LANGUAGES,
    }),
    part2_notice: z.enum(keysOf(PART2_NOTICE_FORMS)).default('full').meta({
      description: NOTICE_HELP,
      prompt: 'Which 42 CFR 2.32 notice should go with disclosures of substance use treatment records?',
      help: NOTICE_HELP,
      choices: PART2_NOTICE_FORMS,
    }),
    single_tpo_consent: F.flag(
      {
        prompt:
          'Should the form offer one consent for all future treatment, payment and health care operations (42 CFR 2.31, as amended in 2024)?',
        help: 'Only for a Part 2 program. The information-sharing agreement relies on this choice when a Part 2 program shares for treatment.',
      },
      true,
    ),
  })
  .prefault({})
  .meta({ section: 'information_sharing', description: 'Consent form: languages and Part 2 choices' });
