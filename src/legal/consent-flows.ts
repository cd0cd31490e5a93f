import { DATA_ELEMENTS } from '../answers/enums.js';
import type { Flow } from './flows.js';
import type { LegalParty } from './parties.js';
import type { ConsentModel } from './consent-form-types.js';
import { PURPOSE_WORDS, type PurposeKey, type Words } from './consent-words.js';

/** A flow of the agreement, with the partner whose group it is in. */
export interface PartyFlow {
  flow: Flow;
  /** The partner whose group the flow is in ('' for a program-wide flow). */
  partyId: string;
}

/** Flows of information that identifies the person: de-identified reports need no consent. */
export function identifiableFlows(model: ConsentModel): PartyFlow[] {
  const grouped = model.legal.flowGroups.flatMap((g) =>
    g.flows.map((flow) => ({ flow, partyId: g.partyId })),
  );
  const all = [...grouped, ...model.legal.programFlows.map((flow) => ({ flow, partyId: '' }))];
  return all.filter(({ flow }) => !flow.information.startsWith('[[De-identified'));
}

/** Whether `party` sends information in `flow` (a flow of every party, of the lead, or its own). */
export function sends(flow: Flow, partyId: string, party: LegalParty): boolean {
  if (flow.sender === 'each') return party.signs;
  if (flow.sender === 'lead') return party.id === 'lead';
  return flow.sender === party.id || (partyId === party.id && flow.sender === partyId);
}

/** Why the flows share, in the order the person meets them. */
export function purposesOf(flows: PartyFlow[]): Words[] {
  const keys = new Set<PurposeKey>(flows.flatMap(({ flow }) => purposeKeys(flow)));
  return (Object.keys(PURPOSE_WORDS) as PurposeKey[]).filter((k) => keys.has(k)).map((k) => PURPOSE_WORDS[k]);
}

export function purposeKeys(flow: Flow): PurposeKey[] {
  switch (flow.recipient) {
    case 'hmis':
      return ['housing'];
    case 'social-services':
      return ['referral'];
    case 'treating-provider':
    case 'hospital':
      return flow.sender === 'lead' ? ['safety', 'referral'] : ['care'];
    case 'law-enforcement':
      return /follow-up/.test(flow.purpose) ? ['follow-up'] : ['safety'];
    default:
      return [];
  }
}

/** The data elements a flow carries, read back from its list of labels. */
export function elementsOf(flow: Flow): (keyof typeof DATA_ELEMENTS)[] {
  return (Object.keys(DATA_ELEMENTS) as (keyof typeof DATA_ELEMENTS)[]).filter((e) =>
    flow.information.includes(DATA_ELEMENTS[e]),
  );
}
