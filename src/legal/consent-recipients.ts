import type { DATA_ELEMENTS } from '../answers/enums.js';
import { blankMarkdown } from '../templating/helpers/words.js';
import type { LegalParty } from './parties.js';
import { elementsOf, type PartyFlow } from './consent-flows.js';
import type { ConsentForm, ConsentModel, ConsentRecipient } from './consent-form-types.js';
import { CLINICAL_ELEMENTS, ELEMENT_WORDS, joinWords, nameWords, type Words } from './consent-words.js';

export const isLawEnforcement = (p: LegalParty) =>
  p.roles.includes('law-enforcement') || p.roles.includes('psap');
const isHealth = (p: LegalParty) => p.isCoveredEntity || p.isBusinessAssociate || p.isPart2Program;

/** Who the person may let receive information: the flows' recipients, by name. */
export function recipientsOf(
  model: ConsentModel,
  flows: PartyFlow[],
  byId: Map<string, LegalParty>,
): ConsentRecipient[] {
  const ids = new Set<string>();
  let toProviders = false;
  let toHmis = false;
  for (const { flow, partyId } of flows) {
    const partner = byId.get(partyId);
    if (flow.recipient === 'hmis') toHmis = true;
    else if (flow.sender === 'lead' && partner) ids.add(partner.id);
    else if (flow.recipient === 'law-enforcement') {
      ids.add('lead');
      if (partner && isLawEnforcement(partner)) ids.add(partner.id);
    } else if (flow.recipient === 'treating-provider') toProviders = true;
  }
  if (toProviders) {
    for (const p of model.derived.parties) if (p.signs && isHealth(p)) ids.add(p.id);
  }
  // Facts told to police reach the 911 center by radio and CAD: the person chooses it by name,
  // also where it takes part in the program without signing the agreement.
  const psap = model.derived.partyModel.psap;
  if (psap && ids.has('lead')) ids.add(psap.id);
  const parties = model.derived.parties
    .filter((p) => ids.has(p.id))
    .map((p) => ({
      name: nameWords(p.name, p.type),
      lawEnforcement: isLawEnforcement(p),
      hipaaCovered: p.isCoveredEntity || p.isBusinessAssociate,
      sharedSystem: false,
    }));
  const facilities = toProviders
    ? model.disposition.receiving_facilities.map((f) => ({
        name: nameWords(f.name, f.type),
        lawEnforcement: false,
        // Its HIPAA status is not in the answers: the form's statement covers it by description.
        hipaaCovered: false,
        sharedSystem: false,
      }))
    : [];
  const coc = model.resources.continuum_of_care ?? blankMarkdown('CONTINUUM OF CARE');
  const hmis = toHmis
    ? [
        {
          name: {
            en: `the Homeless Management Information System (HMIS) of ${coc}`,
            es: `el sistema de información sobre personas sin hogar (HMIS) de ${coc}`,
          },
          lawEnforcement: false,
          hipaaCovered: false,
          sharedSystem: true,
        },
      ]
    : [];
  return [...parties, ...facilities, ...hmis];
}

/** The same text in every language (a name, a blank). */
export function same(text: string): Words {
  return { en: text, es: text };
}

/**
 * The health facts a person may pick in Section 2, split by whether any flow sends them to police
 * or 911: a choice of the recipient list alone would let a hospital's diagnosis reach the police.
 */
export function clinicalToPoliceOf(
  flows: PartyFlow[],
  chosen: readonly (keyof typeof DATA_ELEMENTS)[],
  recipients: readonly ConsentRecipient[],
): ConsentForm['clinicalToPolice'] {
  const none = { never: null, asked: null };
  if (!recipients.some((r) => r.lawEnforcement)) return none;
  const toPolice = new Set(
    flows.filter(({ flow }) => flow.recipient === 'law-enforcement').flatMap(({ flow }) => elementsOf(flow)),
  );
  const clinical = chosen.filter((e) => CLINICAL_ELEMENTS.includes(e));
  const listOf = (elements: typeof clinical): Words | null =>
    elements.length === 0
      ? null
      : {
          en: joinWords(
            elements.map((e) => ELEMENT_WORDS[e].en),
            'en',
          ),
          es: joinWords(
            elements.map((e) => ELEMENT_WORDS[e].es),
            'es',
          ),
        };
  return {
    never: listOf(clinical.filter((e) => !toPolice.has(e))),
    asked: listOf(clinical.filter((e) => toPolice.has(e))),
  };
}
