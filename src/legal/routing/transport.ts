import type { LawStep, StateLawModel } from '../state-law.js';
import { lawStepOf } from './law-step.js';
import { blankMarkdown } from '../../templating/helpers/words.js';

/** How a person in custody for an emergency evaluation goes to the facility, by default. */
export type CustodyTransport =
  'officer' | 'ems-under-agreement' | 'ems' | 'contracted' | 'officer-decides' | null;

/** What the transport rule needs to know, from the answers and the state data. */
export interface TransportInput {
  /** The answers' `disposition.transport_mode`. */
  mode: 'law-enforcement' | 'ems' | 'behavioral-health' | 'contracted' | 'mixed' | null;
  /** The answers' agreement with an EMS provider for transport of people in custody, or null. */
  emsAgreement: string | null;
  /** The EMS provider among the partners, by name, or null. */
  emsProvider: string | null;
  stateLaw: StateLawModel;
}

/** The one transport rule every document states (its sentences are Markdown). */
export interface TransportRule {
  custodyDefault: CustodyTransport;
  /** Whether the state data conditions a transfer to EMS on an agreement (`ems_transfer` is a verified fact). */
  emsNeedsAgreement: boolean;
  /** Who decides how a person in custody is transported. */
  decider: string;
  /** For a person in custody: who transports, and any alternative the law or the answers allow. */
  custody: string;
  /** For a person who goes voluntarily. */
  voluntary: string;
  /** What is never done. */
  never: string;
  /** A note for counsel when the answers ask for what the state data does not allow, else ''. */
  counselNote: string;
}

const DECIDER = 'the officer who took the person into custody';

/**
 * The transport rule. A state whose verified data makes transfer to EMS conditional on an
 * agreement (Texas: Health & Safety Code § 573.001(d)(2)) gets officer transport unless the
 * answers record that agreement, whatever mode the answers prefer; elsewhere the answers' mode
 * applies, with a blank for counsel where no verified state fact covers it.
 */
export function transportRuleOf(input: TransportInput): TransportRule {
  const step = lawStepOf(input.stateLaw, 'ems_transfer');
  const emsNeedsAgreement = step?.known === true;
  const held = heldPerson(input.stateLaw);
  const custodyDefault = custodyDefaultOf(input, emsNeedsAgreement);
  return {
    custodyDefault,
    emsNeedsAgreement,
    decider: DECIDER,
    custody: custodySentences(custodyDefault, input, step, held),
    voluntary:
      'A person who goes to a facility voluntarily may travel by any safe means the person accepts, including with family or friends or with a behavioral-health responder; an ambulance is called when the person needs medical care or monitoring on the way.',
    never:
      'No person in custody is transported in a personal vehicle, and no clinician transports a person in custody.',
    counselNote: counselNoteOf(input, emsNeedsAgreement),
  };
}

function custodyDefaultOf(input: TransportInput, emsNeedsAgreement: boolean): CustodyTransport {
  const agreement = input.emsAgreement !== null;
  switch (input.mode) {
    case null:
      return null;
    case 'ems':
      if (emsNeedsAgreement) return agreement ? 'ems-under-agreement' : 'officer';
      return 'ems';
    case 'contracted':
      return emsNeedsAgreement ? 'officer' : 'contracted';
    case 'mixed':
      return emsNeedsAgreement && !agreement ? 'officer' : 'officer-decides';
    default:
      // A behavioral-health team vehicle carries people who go voluntarily, never a person in custody.
      return 'officer';
  }
}

/** "person taken into custody under Tex. Health & Safety Code ch. 573", or generic words. */
function heldPerson(law: StateLawModel): string {
  return `person taken into custody under ${law.terms.statute ?? 'the state’s emergency-evaluation law'}`;
}

function custodySentences(
  kind: CustodyTransport,
  input: TransportInput,
  step: LawStep | null,
  held: string,
): string {
  const a = `A ${held}`;
  const law = step?.known ? ` ${step.statement} (${step.citation}.)` : '';
  const provider = input.emsProvider ?? 'the emergency medical services (EMS) provider';
  switch (kind) {
    case null:
      return `${a} is transported to the facility by ${blankMarkdown('USUAL TRANSPORT MODE')}.`;
    case 'officer': {
      const base = `${a} is transported to the facility by ${DECIDER}, in a law-enforcement vehicle.${law}`;
      const wanted = input.mode === 'ems' || input.mode === 'mixed' || input.mode === 'contracted';
      return step?.known && wanted && input.emsAgreement === null
        ? `${base} No such agreement is recorded for this program (${blankMarkdown('AGREEMENT WITH AN EMS PROVIDER FOR TRANSPORT OF PEOPLE IN CUSTODY')}), so the officer transports.`
        : base;
    }
    case 'ems-under-agreement':
      return `${a} is transferred by ${DECIDER} to EMS personnel of ${provider} for transport to the facility, under ${input.emsAgreement}, whenever they can take the person without delay; otherwise the officer transports the person in a law-enforcement vehicle.${law}`;
    case 'ems':
      return `${a} is taken to the facility by ambulance (EMS), with the officer riding in or following the ambulance when the person poses a risk during the trip that the crew cannot manage; otherwise ${DECIDER} transports the person in a law-enforcement vehicle. ${blankMarkdown(stateBlank(input.stateLaw, 'TRANSFER OF A PERSON IN CUSTODY TO EMS'))}.`;
    case 'contracted':
      return `${a} is taken to the facility by the contracted secure transport provider ${blankMarkdown('SECURE TRANSPORT PROVIDER')}; otherwise ${DECIDER} transports the person in a law-enforcement vehicle. ${blankMarkdown(stateBlank(input.stateLaw, 'SECURE TRANSPORT OF A PERSON IN CUSTODY'))}.`;
    case 'officer-decides':
      return step?.known
        ? `${DECIDER.charAt(0).toUpperCase()}${DECIDER.slice(1)} decides case by case whether to transport the person in a law-enforcement vehicle or to transfer the person to EMS personnel of ${provider} under ${input.emsAgreement}.${law}`
        : `${DECIDER.charAt(0).toUpperCase()}${DECIDER.slice(1)} decides case by case, after hearing any clinician on scene, whether the person is transported in a law-enforcement vehicle or by ambulance (EMS). ${blankMarkdown(stateBlank(input.stateLaw, 'TRANSFER OF A PERSON IN CUSTODY TO EMS'))}.`;
  }
}

/** The label of a counsel blank for a state-law point the verified data does not settle. */
function stateBlank(law: StateLawModel, topic: string): string {
  return `COUNSEL TO CONFIRM ${law.stateName.toUpperCase()} LAW ON ${topic}`;
}

function counselNoteOf(input: TransportInput, emsNeedsAgreement: boolean): string {
  if (!emsNeedsAgreement || input.emsAgreement !== null) return '';
  if (input.mode !== 'ems' && input.mode !== 'mixed' && input.mode !== 'contracted') return '';
  return `The answers prefer transport by ${input.mode === 'contracted' ? 'contracted secure transport' : 'ambulance'}, but under the verified ${input.stateLaw.stateName} data an officer may hand a person in custody to EMS personnel only under an agreement of the kind the law describes, and the answers record none. Until one is made and recorded, the officer transports.`;
}
