import type { Model } from '../../answers/normalize.js';
import { blankMarkdown } from '../../templating/helpers/words.js';
import { initial, type PsapFrame } from '../binders.js';
import type { DocumentParties, LegalParty } from '../parties.js';

/** Who decides each routing question: one answer for every document. */
export interface Decisions {
  /** How the routing table is applied (the sentence before the table). */
  applying: string;
  moveUp: string;
  moveDown: string;
  unavailable: string;
  unsure: string;
  /** The lead-in of the safety exclusions (a list of calls follows its colon). */
  excluded: string;
  /** The same for the co-responder agreement, which excludes its own [[Team]]. */
  teamExcluded: string;
  /** Who uses the CAD codes in the co-responder agreement, up to "use" (Brazos Bend r2, 1.3). */
  teamCodes: string;
  exclusions: string;
  screening: string;
}

/**
 * Who decides each routing question. Where the document binds the 911 center (see psapFrameOf),
 * it states the call-takers' steps; where the center is outside it, the same steps are what the
 * parties ask of the center (counsel cold read, Brazos Bend r2, 1.1 and 1.2), so that no sentence
 * puts a duty on an organization that does not sign or adopt the document.
 */
export function decisionsOf(model: Model, frame: PsapFrame): Decisions {
  const embedded = model.derived.responseModels.includes('embedded-911-clinician');
  const { bound, ask } = frame;
  const noted = 'the reason in computer-aided dispatch (CAD)';
  const first =
    'the response of the first tier whose condition fits the call, and within a tier the first responder listed who is on duty and available';
  return {
    applying: bound
      ? `After screening, the call-taker sends ${first}.`
      : `${initial(ask)} have its call-takers send, after screening, ${first}.`,
    moveUp: `Any responder, call-taker or supervisor may move a call to a more intensive tier at any time, and ${bound ? 'the 911 center then sends' : `${ask} send`} that response at once.`,
    moveDown: `Only the responder on scene, after seeing the person, or the call-taker${embedded ? ' on the advice of the clinician in the 911 center' : ''}, may move a call to a less intensive tier, and only when that is safe.`,
    unavailable: `When no responder of the tier that fits is available, the call goes to the next more intensive tier that has one available, and ${bound ? `the reason is noted in computer-aided dispatch (CAD)` : `${ask} note ${noted}`}.`,
    unsure: bound
      ? 'A call-taker who is unsure which tier fits chooses the more intensive one and tells the shift supervisor.'
      : `${initial(ask)} have a call-taker who is unsure which tier fits choose the more intensive one and tell the shift supervisor.`,
    excluded: bound
      ? 'The following calls shall not be sent to a civilian or clinician-led responder as the first response, and shall be sent to the emergency tier of the routing table:'
      : `No Party shall send a civilian or clinician-led responder as the first response to the following calls, and ${ask} dispatch them under the emergency tier of the routing table:`,
    teamExcluded: bound
      ? 'The [[Team]] shall not be sent as the first response to the following calls, which go to the emergency tier of the routing table; the [[Team]] may be asked to assist once officers have made the scene safe:'
      : `No Party shall send the [[Team]] as the first response to the following calls, and ${ask} dispatch them under the emergency tier of the routing table; the [[Team]] may be asked to assist once officers have made the scene safe:`,
    teamCodes: bound
      ? `${frame.center} and the [[Team]] shall use`
      : `The [[Parties]] shall use, and shall ask ${frame.center} to use,`,
    exclusions:
      'The Steering Committee reviews the safety exclusions at least once a year and may recommend a change; a change takes effect only when every document of the program that lists them is amended or revised to match.',
    screening:
      'The screening questions are those of the call-taking and dispatch protocol; the Steering Committee may recommend changes, which take effect when that protocol is revised.',
  };
}

/** The 911-to-988 warm transfer, as every document states it. */
export interface WarmTransfer {
  link: Model['dispatch']['link_988'];
  /**
   * When a call goes back to the call-taker, the part of `fallback` every document states in the
   * same words whoever it binds (checkRouting holds each "takes the call back" sentence to it).
   */
  fallbackWhen: string;
  /** Whether calls can be transferred now. */
  available: boolean;
  /** How the call-taker transfers (Markdown), or what happens while there is no link. */
  steps: string;
  /** What happens when no counselor accepts in time, or the counselor says help is needed in person. */
  fallback: string;
  /**
   * What the 988 center does with a call it has accepted, as a verb phrase after "shall" (in the
   * coordination MOU's defined terms): it keeps the call, and reaches 911 only by a relay.
   */
  afterAcceptance: string;
  never: string;
}

const ACCEPT_TIME = 'TIME WITHIN WHICH A 988 COUNSELOR ACCEPTS A TRANSFER';
const IN_PERSON_FROM_988 = 'HOW THE 988 CENTER GETS IN-PERSON HELP TO A CALLER NOT AT IMMINENT RISK';

/**
 * One rule for when a transferred call goes back to 911 (counsel cold read, Brazos Bend, December
 * 2026: the call-taker took back a call the counselor said needed help in person, while the 988
 * center might send a call back only at imminent risk). Before a counselor accepts the call, the
 * call-taker takes it back; once the counselor has accepted it, the 988 center keeps it and gets
 * in-person help itself, through its own mobile crisis team where it runs one (else a blank: a
 * non-imminent call gives no threat basis for passing the caller's details back to 911), and
 * reaches 911 only by a relay, when someone is at imminent risk.
 */
function afterAcceptanceOf(model: Model): string {
  const center = model.derived.partyModel.center988;
  // A partner with the mobile-crisis role puts the team in the program (normalize.ts responseModels).
  const ownTeam = center !== null && center.roles.includes('mobile-crisis');
  const inPerson = ownTeam
    ? 'send its [[Mobile Crisis Team]]'
    : `get the caller that help (${blankMarkdown(IN_PERSON_FROM_988)})`;
  return `keep a transferred call once a counselor has accepted it, and ${inPerson} when the caller needs help in person but no one is at [[Imminent Risk]], never sending the call back to 911 but asking the [[911 Center]] for a response only by a [[Relay]] when someone is at [[Imminent Risk]]`;
}

export function warmTransferOf(model: Model, frame: PsapFrame): WarmTransfer {
  const link = model.dispatch.link_988;
  const { bound, ask } = frame;
  // The call-taker's steps, in the present tense where the document binds the 911 center and as
  // what the parties ask of it where it does not.
  const steps3 = (connect: string) =>
    `tells the caller what 988 is, connects the caller to the 988 center ${connect}, stays on the line until a counselor answers and accepts the call, and tells the counselor the reason for the transfer, the caller’s call-back number and, if known, the location`;
  const stepsBase = (connect: string) =>
    `tell the caller what 988 is, connect the caller to the 988 center ${connect}, stay on the line until a counselor answers and accepts the call, and tell the counselor the reason for the transfer, the caller’s call-back number and, if known, the location`;
  const transfer = (connect: string) =>
    bound
      ? `The call-taker ${steps3(connect)}.`
      : `${initial(ask)} have the call-taker ${stepsBase(connect)}.`;
  const steps =
    link === 'warm-transfer'
      ? transfer('through its dedicated transfer line')
      : link === 'cad-integrated'
        ? transfer('by telephone while passing the call through the shared CAD link')
        : link === 'none-yet'
          ? bound
            ? 'There is no agreed way yet to transfer a call from 911 to the 988 center, so the call-taker keeps every call and dispatches it under the routing table, and may give a caller who only wants to talk the 988 number.'
            : `There is no agreed way yet to transfer a call from 911 to the 988 center, so ${ask} keep every call and dispatch it under the routing table; a call-taker may give a caller who only wants to talk the 988 number.`
          : `Calls are transferred from 911 to the 988 center as follows: ${blankMarkdown('HOW 911 AND 988 CONNECT')}.`;
  const fallbackWhen = `If no counselor accepts the call within ${blankMarkdown(ACCEPT_TIME)}, or the counselor says before accepting it that the caller needs help in person`;
  return {
    link,
    available: link === 'warm-transfer' || link === 'cad-integrated',
    steps,
    fallbackWhen,
    fallback: bound
      ? `${fallbackWhen}, the call-taker takes the call back and dispatches it under the routing table.`
      : `${fallbackWhen}, ${ask} have the call-taker take the call back and dispatch it under the routing table.`,
    afterAcceptance: afterAcceptanceOf(model),
    never: 'A call that fits the emergency tier is never transferred to 988 in place of a dispatch.',
  };
}

/** Who follows up after a call, and within how long: one answer for every document. */
export interface FollowUp {
  /** Who makes the follow-up contact (Markdown). */
  by: string;
  /** The parties that make it (for duties in a document they sign). */
  owners: LegalParty[];
  /** Whether an owner signs the document being rendered. */
  ownerSigns: boolean;
  /** "within 2 days" or a blank. */
  within: string;
  /** What the contact is for. */
  purpose: string;
  /** The follow-up duty for an agreement: on the owner when it signs, else an invitation. */
  duty: string;
  /** The same for an order, which binds only the agency: what the owner does. */
  description: string;
}

export function followUpOf(model: Model, doc: DocumentParties): FollowUp {
  const { partyModel, clinicianEmployer, responseModels } = model.derived;
  const owners = ownersOf(clinicianEmployer, partyModel.partners);
  const team = responseModels.includes('follow-up') ? ', through its follow-up and case-management team' : '';
  const days = model.disposition.follow_up_days;
  const by =
    owners.length > 0
      ? `${owners.map((p) => p.name).join(' and ')}${team}`
      : blankMarkdown('ORGANIZATION THAT MAKES FOLLOW-UP CONTACTS');
  const within =
    days === null
      ? `within ${blankMarkdown('FOLLOW-UP PERIOD')} days`
      : `within ${days} ${days === 1 ? 'day' : 'days'}`;
  const purpose = 'to see whether the person connected with care and to help remove barriers to it';
  const contact = `make a follow-up contact ${within} after the encounter, ${purpose}`;
  // By id: the escaped model holds separate copies of each party.
  const ownerSigns = owners.some((p) => doc.signingParties.some((s) => s.id === p.id));
  return {
    by,
    owners,
    ownerSigns,
    within,
    purpose,
    duty: ownerSigns ? `${by} shall ${contact}` : `the [[Parties]] shall invite ${by} to ${contact}`,
    description: `which aims to ${contact}`,
  };
}

/**
 * The clinicians' employer when the program has one; else the partners that run mobile crisis;
 * else the first behavioral-health provider (every program has a model: answers/schema.ts).
 */
function ownersOf(employer: LegalParty | null, partners: LegalParty[]): LegalParty[] {
  if (employer && employer.kind === 'partner') return [employer];
  const crisis = partners.filter((p) => p.roles.includes('mobile-crisis'));
  if (crisis.length > 0) return crisis;
  return partners.filter((p) => p.roles.includes('behavioral-health-provider')).slice(0, 1);
}
