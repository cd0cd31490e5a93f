import { blankMarkdown } from '../templating/helpers/words.js';
import type { LegalParty } from './parties.js';
import { elementsOf, purposeKeys, type PartyFlow } from './consent-flows.js';
import type { ConsentModel, ConsentRecipient, Part2Choices } from './consent-form-types.js';
import { same } from './consent-recipients.js';
import {
  PART2_CE_REDISCLOSURE,
  PART2_NOTICE_CHECK,
  PART2_NOTICE_FULL,
  PART2_NOTICE_SHORT,
  PART2_TPO_RECIPIENTS,
} from './consent-rules.js';
import {
  ELEMENT_WORDS,
  joinWords,
  PURPOSE_WORDS,
  SUD_RECORD_WORDS,
  type FormLanguage,
  type Words,
} from './consent-words.js';

/** The Part 2 section, or null where no party that shares holds Part 2 records. */
export function part2Of(
  model: ConsentModel,
  flows: PartyFlow[],
  sources: LegalParty[],
  recipients: ConsentRecipient[],
): Part2Choices | null {
  const holders = sources.filter((p) => p.isPart2Program || p.isPart2LawfulHolder);
  if (holders.length === 0) return null;
  const holderIds = new Set(holders.map((h) => h.id));
  const toPolice = flows.filter(
    ({ flow }) => holderIds.has(flow.sender) && flow.recipient === 'law-enforcement',
  );
  const elements = [...new Set(toPolice.flatMap(({ flow }) => elementsOf(flow)))];
  const whyKeys = [...new Set(toPolice.flatMap(({ flow }) => purposeKeys(flow)))];
  const words = (pick: (lang: FormLanguage) => string[], separator = ', '): Words => ({
    en: joinWords(pick('en'), 'en', separator),
    es: joinWords(pick('es'), 'es', separator),
  });
  const what = elements.length
    ? words((l) => elements.map((e) => ELEMENT_WORDS[e][l]), '; ')
    : same(blankMarkdown('WHAT MAY BE TOLD TO LAW ENFORCEMENT'));
  const why = whyKeys.length
    ? words((l) => whyKeys.map((k) => PURPOSE_WORDS[k][l]))
    : same(blankMarkdown('WHY IT MAY BE TOLD'));
  // Not back to a holder itself, not to police (their own choice below), not into a shared system.
  const holderNames = new Set(holders.map((h) => h.name));
  const health = recipients.filter(
    (r) => !r.lawEnforcement && !r.sharedSystem && !holderNames.has(r.name.en),
  );
  const covered = health.filter((r) => r.hipaaCovered);
  // The flows tell every law-enforcement recipient the same, so one sentence serves them all.
  const police = recipients.filter((r) => r.lawEnforcement).map((r) => r.name.en);
  const offerTpo = model.consent.single_tpo_consent && holders.some((h) => h.isPart2Program);
  const notice = model.consent.part2_notice === 'abbreviated' ? PART2_NOTICE_SHORT : PART2_NOTICE_FULL;
  return {
    holders: words(() => holders.map((h) => h.name)),
    kinds: SUD_RECORD_WORDS,
    recipients: health,
    coveredNames: words(() => covered.map((r) => r.name.en)),
    ceStatement: PART2_CE_REDISCLOSURE.text,
    lawEnforcement: police.length > 0 ? [{ what, why, agencies: police }] : [],
    tpo: offerTpo ? { recipients: tpoRecipients(holders) } : null,
    notice: { cite: notice.cite, text: notice.text, note: PART2_NOTICE_CHECK },
  };
}

/**
 * "my treating providers, ... and people helping it run its treatment program": "it" is the one
 * holder that the sentence is about, else the Part 2 programs by name.
 */
function tpoRecipients(holders: LegalParty[]): Words {
  const programs = holders.filter((h) => h.isPart2Program).map((p) => p.name);
  const alone = holders.length === 1;
  const many = programs.length > 1;
  const helping = PART2_TPO_RECIPIENTS.text.replace(/ to operate this program$/, '');
  const en = alone ? 'it' : joinWords(programs, 'en');
  const es = alone
    ? 'a operar su programa'
    : `a ${joinWords(programs, 'es')} a operar ${many ? 'sus programas' : 'su programa'}`;
  return {
    en: `${helping} ${en} run ${many ? 'their treatment programs' : 'its treatment program'}`,
    es: `mis proveedores de tratamiento, planes de salud, terceros pagadores y las personas que le ayudan ${es} de tratamiento`,
  };
}
