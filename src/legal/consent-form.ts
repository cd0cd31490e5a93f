import { consentTranslationsOf as translationsOf } from './consent-languages.js';
import { clinicalToPoliceOf, recipientsOf } from './consent-recipients.js';
import { identifiableFlows, purposesOf, sends } from './consent-flows.js';
import type { ConsentForm, ConsentModel } from './consent-form-types.js';
import { minorsOf } from './consent-minors.js';
import { part2Of } from './consent-part2.js';
import { revocationContact, revocationOffices } from './consent-revocation.js';
import { cmiaTypeRule } from './consent-state-rules.js';
import { ELEMENT_WORDS, longDateEs, nameWords } from './consent-words.js';

export type {
  ConsentForm,
  ConsentModel,
  ConsentRecipient,
  ConsentSource,
  Part2Choices,
} from './consent-form-types.js';

/** The consent form of a packet. `model` is already escaped for Markdown. */
export function consentFormOf(model: ConsentModel): ConsentForm {
  const flows = identifiableFlows(model);
  const parties = model.derived.parties;
  const byId = new Map(parties.map((p) => [p.id, p]));
  const senders = parties.filter((p) => flows.some(({ flow, partyId }) => sends(flow, partyId, p)));
  const recipients = recipientsOf(model, flows, byId);
  const chosen = model.information_sharing.data_elements.filter((e) => e !== 'sud-treatment');
  return {
    // A Part 2 program that is also the program's covered entity (its clinicians' crisis records)
    // must be able to share under HIPAA: it is listed, with its alcohol or drug records excepted.
    sources: senders.map((p) => ({
      name: nameWords(p.name, p.type),
      part2Holder: p.isPart2Program || p.isPart2LawfulHolder,
    })),
    recipients,
    information: chosen.map((e) => ELEMENT_WORDS[e]),
    purposes: purposesOf(flows),
    clinicalToPolice: clinicalToPoliceOf(flows, chosen, recipients),
    part2: part2Of(model, flows, senders, recipients),
    minors: minorsOf(model),
    revocation: revocationOffices(model, senders).map((p) => revocationContact(model, p)),
    ...translationsOf(model),
    revisionDateEs: model.derived.revision ? longDateEs(model.derived.revision.date) : null,
    largeType: cmiaTypeRule(model.jurisdiction.state),
  };
}
