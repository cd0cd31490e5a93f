import type { Model } from '../answers/normalize.js';
import { cadOperatorOf } from './cad-operator.js';
import { joinList } from '../templating/helpers/words.js';
import type { StateRegime } from './state-confidentiality.js';
import { hipaaRulesToOfficers } from './legal-basis.js';
import { RULES, type RuleId } from './rules.js';

/**
 * The sentences that move information in the drafts other than the information-sharing
 * agreement (the orders, the MOUs, the dispatch protocol), computed once so that every document
 * states the same rule in the same words and none permits what another forbids. They use plain
 * words, not a document's defined terms, because each document defines its own; the
 * information-sharing agreement states the same rules through its flows (`flows.ts`).
 *
 * Legal statements here rest on the rules in `rules.ts` (read 2026-12-01) and on the 2024 text
 * of 42 CFR 2.12(c)(5), 2.31, 2.51 and 2.61–2.67 as cited there.
 */
export interface SharingStatements {
  /** The one rule for what goes into CAD and RMS, and into a premise or person flag. */
  cadEntries: string;
  /** What a clinician may tell an officer, with the Part 2 limits when Part 2 records are held. */
  clinicianToOfficer: string;
  /** The HIPAA permissions a clinician may rely on to tell an officer something, in words with citations. */
  hipaaToOfficers: string;
  /** The Part 2 limits on what reaches an officer ('' when no organization holds Part 2 records). */
  part2ToOfficers: string;
  /** One sentence for where an officer considers a clinician's assessment (orders, MOUs). */
  assessmentShared: string;
  /** What a 911-to-988 transfer may carry, in words, whether or not a link exists yet. */
  transferInformation: string;
  /** What a 911-to-988 transfer carries, or null when 911 does not transfer calls to 988. */
  crisisLine: CrisisLineTransfer | null;
  /** What a 988 counselor gives the 911 center in a relay of an imminent-risk call, in one list. */
  relayInformation: string;
  /** The conditions on a clinician's CAD access ('' without it). */
  cjisCondition: string;
  /** The Part 2 status of the organizations that run Part 2 programs, in one wording ('' when none). */
  part2Status: string;
  /** Which law governs where state law is more stringent than HIPAA. */
  stateLawPrevails: string;
}

/** The warm transfer (or integrated-CAD share) of a call from 911 to the 988 center. */
export interface CrisisLineTransfer {
  /** The 988 center's name, or a blank. */
  center: string;
  /** It does not sign the information-sharing agreement, which may then put no duty on it. */
  outside: boolean;
  /** It is one of the program's partners (a non-signing partner is listed among the non-signers). */
  partner: boolean;
  /** The only information the transfer carries, as a list in words. */
  information: string;
  /** The element keys, for the checks. */
  elements: CrisisLineElement[];
  /** The basis, in the drafts' words. */
  basis: string;
}

/** The pieces of information a transfer to 988 may carry. */
export type CrisisLineElement = 'reason' | 'call-back-number' | 'location';

/** All a transfer to 988 may carry: 911 records only, never health information. */
export const TRANSFER_ELEMENTS: readonly CrisisLineElement[] = ['reason', 'call-back-number', 'location'];

const CRISIS_LINE_WORDS: Record<CrisisLineElement, string> = {
  reason: 'the reason for the call',
  'call-back-number': 'the caller’s call-back number',
  location: 'the caller’s location, if known',
};

/**
 * What a relay from 988 to 911 carries: what responders need to find the person and approach
 * safely, and no clinical history (counsel cold read, Cedar Hollow, December 2026: the
 * coordination MOU's open-ended "any information that would help responders" and the dispatch
 * protocol's list differed).
 */
export const RELAY_INFORMATION =
  'the person’s location, the call-back number, the nature of the risk (what the caller has said about intent, weapons and injuries), any other danger to responders that is known, and the counselor’s direct number';

const PART2_WORDS = 'records that 42 CFR Part 2 protects (substance use disorder treatment records)';

/** The sharing statements of a model whose answers are already escaped for Markdown. */
export function sharingStatements(model: Model, regime: StateRegime): SharingStatements {
  const part2 = model.derived.anyPart2;
  const part2ToOfficers = part2
    ? `The ${PART2_WORDS} reach an officer only with the person’s written consent that meets 42 CFR 2.31 and names the recipient, or in the limited report of a crime, or a threat of a crime, on a program’s premises or against its staff that 42 CFR 2.12(c)(5) allows; no HIPAA permission, including 45 CFR 164.512(j), and not the medical-emergency rule of 42 CFR 2.51, authorizes that disclosure. Those records are never entered in CAD or RMS, and no one may use them, or testimony about them, against the person in a civil, criminal, administrative or legislative proceeding without the person’s consent or a court order under 42 CFR 2.61–2.67.`
    : '';
  return {
    cadEntries: cadRule(part2),
    clinicianToOfficer: [
      'A clinician tells an officer only what the officer needs to keep people safe and to carry out the response, and only as the information-sharing agreement and the law permit; a diagnosis, medications or treatment history is not shared unless the officer needs it to prevent or lessen a serious and imminent threat.',
      part2ToOfficers,
    ]
      .filter(Boolean)
      .join(' '),
    part2ToOfficers,
    hipaaToOfficers: joinList(hipaaRulesToOfficers().map(officerPermissionWords), 'and'),
    assessmentShared: `A clinician shares an assessment with an officer only as far as the officer needs it to act, and only as the information-sharing agreement and the law permit${part2 ? '; records that 42 CFR Part 2 protects are not part of it unless the person’s written consent that meets 42 CFR 2.31 names the recipient' : ''}.`,
    transferInformation: transferWords(),
    crisisLine: crisisLineTransfer(model),
    relayInformation: RELAY_INFORMATION,
    cjisCondition: model.information_sharing.clinician_cad_access ? cjisCondition(model) : '',
    part2Status: part2StatusOf(model),
    stateLawPrevails: stateLawPrevailsOf(model, regime),
  };
}

/** A HIPAA permission to tell an officer, in the words of a course outline, with its citation. */
function officerPermissionWords(rule: RuleId): string {
  const words: Partial<Record<RuleId, string>> = {
    hipaaSeriousThreat: 'information needed to prevent or lessen a serious and imminent threat',
    hipaaAuthorization: 'information the person has authorized in writing',
  };
  const said = words[rule];
  if (!said)
    throw new Error(
      `no course wording for the HIPAA permission ${rule}: please report (src/legal/sharing.ts)`,
    );
  return `${said} (${RULES[rule].cite})`;
}

/**
 * The packet's one rule on CAD and RMS entries and flags. Its duties name their actor, an
 * organization that signs or adopts the document, so that no MOU reads as binding a 911 center
 * that does not sign it (counsel cold read, Brazos Bend r2, 1.5: "the reason is noted in CAD";
 * "flags shall be reviewed", with no actor but the 911 district).
 */
function cadRule(part2: boolean): string {
  return `Each organization that signs or adopts this document shall see that every entry its personnel make in CAD or in the RMS about a behavioral-health call describes what was seen, said and done, in plain and respectful terms, and records no diagnosis, medications, treatment history or other clinical details learned from a clinician or another health-care provider${part2 ? `, nor any of the ${PART2_WORDS}` : ''}. A premise or person flag such an organization keeps shall record only what responders need to act safely, such as a known weapon, a history of violence toward responders, a communication need or what has helped the person calm down before, and never a diagnosis or treatment history, except what a person, or the person’s parent or guardian, chooses to have shown through an opt-in registry; the organization shall review its flags at least once a year and remove any no longer needed.`;
}

function crisisLineTransfer(model: Model): CrisisLineTransfer | null {
  const link = model.dispatch.link_988;
  if (link !== 'warm-transfer' && link !== 'cad-integrated') return null;
  const party = model.derived.partyModel.center988;
  const center = party?.name ?? model.dispatch.center_988_name ?? '[[?988 CENTER]]';
  const elements = [...TRANSFER_ELEMENTS];
  const outside = !party || !party.signsDocuments.includes('information-sharing-agreement');
  return {
    center,
    outside,
    partner: party !== null,
    information: transferWords(),
    elements,
    basis: `These are 911 records, not protected health information, and the 911 center may pass them only as state law on 911 records permits, with the caller on the line and told of the transfer. No health information received from a clinician or a health-care provider is passed in a transfer.${outside ? ` ${center} does not sign the information-sharing agreement, which puts no duty on it; what it does with the call is governed by its own law and policies.` : ''}`,
  };
}

function transferWords(): string {
  return joinList(
    TRANSFER_ELEMENTS.map((e) => CRISIS_LINE_WORDS[e]),
    'and',
  );
}

function cjisCondition(model: Model): string {
  const employer = model.derived.clinicianEmployer;
  const who = employer && employer.kind !== 'lead' ? `the clinicians of ${employer.name}` : 'the clinicians';
  return `Only ${who} may have access to CAD, and no hospital or other partner staff. Access begins only after the state CJIS systems agency has approved it and the agreement the FBI CJIS Security Policy requires for the clinicians’ employer is signed: for a governmental employer, a management control agreement with the agency that operates CAD (${cadOperatorOf(model.derived.partyModel, model).name}); for a private contractor, the CJIS Security Addendum. Each person with access first passes a fingerprint-based background check and completes security awareness training.`;
}

function part2StatusOf(model: Model): string {
  const programs = model.derived.partyModel.part2Programs.map((p) => p.name);
  if (programs.length === 0) return '';
  const one = programs.length === 1;
  return `The [[Parties]] understand that ${joinList(programs, 'and')} ${one ? 'operates' : 'operate'} a federally assisted substance use disorder program subject to 42 CFR Part 2 (42 CFR 2.11); whether all or only a unit of ${one ? 'that organization' : 'those organizations'} is the program is for counsel to confirm.`;
}

function stateLawPrevailsOf(model: Model, regime: StateRegime): string {
  const law =
    regime.kind === 'stricter'
      ? regime.citation
      : regime.kind === 'unknown'
        ? (regime.citation ?? model.information_sharing.state_confidentiality_law)
        : null;
  const named = law ? `; the state law to consider includes ${law}` : '';
  const decide =
    regime.kind === 'none'
      ? ''
      : ' Counsel shall state what that law permits for each flow before a clinician relies on a HIPAA permission alone.';
  return `Where a state law that relates to the privacy of health information is more stringent than HIPAA, HIPAA does not preempt it and it also governs (45 CFR 160.203(b))${named}.${decide}`;
}
