import { CONSENT_LANGUAGES, type ConsentLanguage } from '../answers/consent-schema.js';
import type { Model } from '../answers/normalize.js';
import { blankMarkdown } from '../templating/helpers/words.js';
import { FORM_LANGUAGES } from './consent-words.js';

const hasTranslation = (tag: ConsentLanguage) => (FORM_LANGUAGES as readonly string[]).includes(tag);

/** The tag of a service language named in words ("Hmong", "hmn"), or null when pmhc-docs knows no such language. */
function tagOf(name: string): ConsentLanguage | null {
  const wanted = name.trim().toLowerCase();
  const tags = Object.keys(CONSENT_LANGUAGES) as ConsentLanguage[];
  return tags.find((t) => t === wanted || CONSENT_LANGUAGES[t].toLowerCase() === wanted) ?? null;
}

/**
 * The consent form's languages: those built, and those asked for (in consent.languages or, as a
 * language the people served speak, in resources.languages) without a translation, each an open item.
 */
export function consentTranslationsOf(model: Model) {
  const asked = model.consent.languages;
  const spoken = model.resources.languages.map(tagOf).filter((t): t is ConsentLanguage => t !== null);
  const wanted = [...new Set([...asked, ...spoken])];
  return {
    missingTranslations: wanted
      .filter((l) => !hasTranslation(l))
      .map((l) => ({
        language: CONSENT_LANGUAGES[l],
        blank: blankMarkdown(`${CONSENT_LANGUAGES[l].toUpperCase()} TRANSLATION OF THE CONSENT FORM`),
      })),
    builtTranslations: asked.filter(hasTranslation).map((l) => CONSENT_LANGUAGES[l]),
    unaskedTranslations: spoken
      .filter((l) => hasTranslation(l) && !asked.includes(l))
      .map((l) => ({ language: CONSENT_LANGUAGES[l], tag: l })),
  };
}
