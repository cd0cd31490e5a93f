import { PARTNER_TYPES, PROGRAM_MODELS } from '../answers/enums.js';
import type { Answers } from '../answers/schema.js';
import { CONSENT_LANGUAGES } from '../answers/consent-schema.js';
import type { FrontMatter } from '../templating/front-matter.js';
import { joinList } from '../templating/helpers/words.js';

/** Whether a template applies to these answers, and why (or why not), in words for the overview. */
export function applicability(meta: FrontMatter, answers: Answers): { applies: boolean; reason: string } {
  const when = meta.when;
  const language = when?.consent_language;
  if (language) {
    const asked = answers.consent.languages.includes(language);
    const name = CONSENT_LANGUAGES[language];
    return asked
      ? { applies: true, reason: `the answers ask for the consent form in ${name} (consent.languages)` }
      : { applies: false, reason: `the answers do not ask for the consent form in ${name}` };
  }
  if (when?.part2_records) {
    const holds = answers.partners.some(
      (p) => p.part2_status === 'part2-program' || p.part2_status === 'lawful-holder',
    );
    return holds
      ? { applies: true, reason: 'a party holds 42 CFR Part 2 records' }
      : { applies: false, reason: 'no party holds 42 CFR Part 2 records' };
  }
  const models = when?.models;
  const types = when?.partner_types;
  if (models) {
    const chosen = models.filter((m) => answers.program.models.includes(m));
    if (chosen.length === 0) {
      return {
        applies: false,
        reason: `it needs one of these program models: ${joinList(
          models.map((m) => PROGRAM_MODELS[m]),
          'or',
        )}`,
      };
    }
    if (!types)
      return {
        applies: true,
        reason: `the program includes: ${joinList(chosen.map((m) => PROGRAM_MODELS[m]))}`,
      };
  }
  if (types) {
    const present = types.filter((t) => answers.partners.some((p) => p.type === t));
    if (present.length === 0) {
      return {
        applies: false,
        reason: `it needs a partner that is a ${types.map((t) => PARTNER_TYPES[t]).join(' or ')}`,
      };
    }
    return {
      applies: true,
      reason: `a partner is a ${present.map((t) => PARTNER_TYPES[t]).join(' and a ')}`,
    };
  }
  return { applies: true, reason: 'every program needs it' };
}
