import { blankMarkdown } from '../templating/helpers/words.js';
import type { LegalParty } from './parties.js';
import type { ConsentForm, ConsentModel } from './consent-form-types.js';
import { same } from './consent-recipients.js';
import { nameWords } from './consent-words.js';

/**
 * Where the person sends a cancellation: each Part 2 program or holder (its records are its own to
 * stop) and the partner that employs the clinicians, or the lead agency when none does. Every
 * sender signs the information-sharing agreement, which binds a party that receives a revocation
 * to tell the others by the next business day: one office reaches them all.
 */
export function revocationOffices(model: ConsentModel, senders: LegalParty[]): LegalParty[] {
  const employer = model.staffing.clinician_employer;
  const offices = senders.filter(
    (p) => p.isPart2Program || p.isPart2LawfulHolder || (employer !== null && p.id === employer),
  );
  if (offices.length > 0) return offices;
  const lead = senders.find((p) => p.id === 'lead') ?? senders[0];
  return lead ? [lead] : [];
}

/** An office's name, whom to write to, and its address and e-mail from the answers. */
export function revocationContact(model: ConsentModel, party: LegalParty): ConsentForm['revocation'][number] {
  const officer = model.information_sharing.privacy_officers.find((o) => o.party === party.id);
  const breach = model.information_sharing.breach_contact;
  // The breach contact's e-mail when the privacy officer is that same person.
  const email = officer?.email ?? (officer?.name && officer.name === breach.name ? breach.email : null);
  const attention = officer?.name
    ? same([officer.name, officer.title].filter(Boolean).join(', '))
    : { en: 'Privacy Officer', es: 'la persona encargada de la privacidad' };
  return {
    name: nameWords(party.name, party.type),
    attention,
    address: party.address ?? blankMarkdown('ADDRESS FOR NOTICES'),
    email,
  };
}
