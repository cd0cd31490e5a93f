import type { Model } from '../answers/normalize.js';
import { DATA_ELEMENTS } from '../answers/enums.js';
import { joinList } from '../templating/helpers/words.js';
import { basisMarkdown } from './basis-text.js';
import {
  BLANK_PRIVACY_STATUS,
  legalBasis,
  type BasisPart,
  type Purpose,
  type Sender,
  type StateContext,
} from './legal-basis.js';
import { legalRolesOf, type LegalRoles, type RecipientKind } from './roles.js';
import { RULES } from './rules.js';
import { RELAY_INFORMATION, sharingStatements } from './sharing.js';
import { operatorOf } from './routing/destinations.js';

/** One information flow: who sends what to whom, why, when and how, and on what legal basis. */
export interface Flow {
  /** A short name for a program-wide flow ("Evaluation"); '' for a partner's flow. */
  title: string;
  /** A cross-reference label for the flow when other clauses point to it, else ''. */
  anchor: string;
  /** Who sends to whom, in the drafts' words. */
  heading: string;
  information: string;
  purpose: string;
  when: string;
  /** The basis in the drafts' words. */
  basis: string;
  /** The basis as data, for tests and checks. */
  parts: BasisPart[];
  sender: string;
  recipient: RecipientKind;
}

/** The flows that involve one partner. */
export interface FlowGroup {
  partyId: string;
  name: string;
  flows: Flow[];
}

type Element = keyof typeof DATA_ELEMENTS;

/** The answers the flows depend on. */
interface FlowContext {
  elements: readonly string[];
  cjis: boolean;
  state: StateContext;
  /** Receiving facilities that are health-care providers (a hand-off there is for treatment). */
  facilities: string[];
  /** Receiving facilities that are not health-care providers, such as a sobering center. */
  otherFacilities: string[];
  /** The partner whose clinicians work in the program: the only one given CAD access. */
  clinicianEmployerId: string | null;
}

/** Facility kinds that are health-care providers; a sobering center is not assumed to be one. */
const PROVIDER_FACILITIES = new Set(['crisis-stabilization', 'hospital-ed', 'psychiatric-hospital', 'detox']);

const POLICE_RECORDS =
  'Police records are not [[Protected Health Information]]. The [[Agency]] shares them as state law on law-enforcement records permits.';
const CJIS_RECORDS =
  ' It shares [[Criminal Justice Information]] only under Section [[#cjis-access]] and, for criminal history record information, 28 CFR Part 20.';

/**
 * Every flow the information-sharing agreement permits, grouped by the signing partner it
 * involves, computed from the answers: the data elements chosen, each organization's HIPAA and
 * Part 2 standing, CAD access (no flow "through CAD" to clinicians without it), a school (FERPA),
 * HMIS, and the state's confidentiality regime.
 */
export function informationFlows(model: Model, state: StateContext): FlowGroup[] {
  const context: FlowContext = {
    elements: model.information_sharing.data_elements,
    cjis: model.information_sharing.clinician_cad_access,
    state,
    facilities: model.disposition.receiving_facilities
      .filter((f) => PROVIDER_FACILITIES.has(f.type))
      .map((f) => f.name),
    otherFacilities: model.disposition.receiving_facilities
      .filter((f) => !PROVIDER_FACILITIES.has(f.type))
      .map((f) => f.name),
    clinicianEmployerId: model.derived.clinicianEmployer?.id ?? null,
  };
  return model.derived.partners
    .map(legalRolesOf)
    .filter((roles) => roles.signs)
    .map((roles) => ({ partyId: roles.id, name: roles.name, flows: flowsWith(roles, context, model) }))
    .filter((group) => group.flows.length > 0);
}

function flowsWith(roles: LegalRoles, context: FlowContext, model: Model): Flow[] {
  if (roles.healthProvider || holdsHealthRecords(roles)) return healthPartnerFlows(roles, context);
  if (roles.roles.includes('psap')) return psapFlows(roles, context);
  if (roles.roles.includes('law-enforcement')) return lawEnforcementFlows(roles, context);
  if (roles.roles.includes('school')) return schoolFlows(roles, context);
  if (roles.roles.includes('advocacy')) return [advocacyFlow(roles)];
  return referralFlows(roles, context, model);
}

function healthPartnerFlows(roles: LegalRoles, context: FlowContext): Flow[] {
  const hospital = roles.recipientKind === 'hospital' && roles.id !== context.clinicianEmployerId;
  const flows: (Flow | null)[] = hospital ? hospitalFlows(roles, context) : clinicianFlows(roles, context);
  flows.push(
    flow({
      heading: `From ${roles.name} to health-care providers treating the person.`,
      information: 'the information listed in Section [[#data-elements]] that the treating provider needs',
      purpose: `to coordinate treatment, including at a hand-off to a crisis or receiving facility${context.facilities.length > 0 ? ` such as ${joinList(context.facilities, 'or')}` : ''}.`,
      when: 'at referral or hand-off, by telephone, secure fax or electronic health record.',
      sender: roles.id,
      recipient: 'treating-provider',
      parts: basisFrom(roles, 'treating-provider', 'care', context),
    }),
  );
  const handsOff = context.clinicianEmployerId === null || roles.id === context.clinicianEmployerId;
  if (!hospital && handsOff && context.otherFacilities.length > 0) {
    // A sobering center that is not a health-care provider is not a treating provider (finding 35).
    flows.push(
      flow({
        heading: `From ${roles.name} to ${joinList(context.otherFacilities, 'or')}, which is not treated here as a health-care provider.`,
        information: pick(context, ['identity', 'contact', 'safety-concerns']),
        purpose: 'to arrange the person’s stay, when the person agrees to go there.',
        when: 'at hand-off, by telephone or in person.',
        sender: roles.id,
        recipient: 'social-services',
        parts: basisFrom(roles, 'social-services', 'referral', context),
      }),
    );
  }
  return flows.filter((f): f is Flow => f !== null);
}

/** The flows of the partner whose clinicians work beside officers. */
function clinicianFlows(roles: LegalRoles, context: FlowContext): (Flow | null)[] {
  const name = roles.name;
  // Only the clinicians' employer gets CAD records, and only with CAD access (finding 5).
  const cadAccess = context.cjis && roles.id === context.clinicianEmployerId;
  return [
    flow({
      heading: `From the [[Agency]]’s [[Officer]]s to the [[Clinician]]s and staff of ${name} who serve the person.`,
      information: pick(
        context,
        ['identity', 'contact', 'incident-summary', 'safety-concerns', 'disposition'],
        cadAccess ? ['cad-rms-records', 'criminal-history'] : [],
      ),
      purpose:
        'to prepare for and carry out the response, and to refer the person for assessment and follow-up.',
      when: `at dispatch, at the scene or after the call; in person, by telephone, by radio without clinical details${cadAccess ? ', through the [[Clinician]]’s own access to CAD under Section [[#cjis-access]]' : ''}, or by secure electronic transmission.`,
      sender: 'lead',
      recipient: 'treating-provider',
      fixed: POLICE_RECORDS + (cadAccess ? CJIS_RECORDS : ''),
    }),
    flow({
      heading: `From the [[Clinician]]s of ${name} to [[Officer]]s at the scene.`,
      information: scenePick(context),
      purpose:
        'to keep the person, the public and responders safe. Only what the [[Officer]] needs to act may be shared.',
      when: 'at the scene or by telephone, at the time it is needed.',
      sender: roles.id,
      recipient: 'law-enforcement',
      parts: basisFrom(roles, 'law-enforcement', 'safety', context),
    }),
    followUpFlow(roles, context),
  ];
}

/** A hospital's flows: its staff meet officers at a custodial transfer, not at the scene. */
function hospitalFlows(roles: LegalRoles, context: FlowContext): (Flow | null)[] {
  const name = roles.name;
  return [
    flow({
      heading: `From the [[Agency]]’s [[Officer]]s to the staff of ${name} who receive the person.`,
      information: pick(context, ['identity', 'contact', 'incident-summary', 'safety-concerns']),
      purpose: 'to hand the person over safely and let the hospital assess and treat the person.',
      when: 'at the hand-off, in person or by telephone.',
      sender: 'lead',
      recipient: 'hospital',
      fixed: POLICE_RECORDS,
    }),
    flow({
      heading: `From the staff of ${name} to [[Officer]]s at the hospital.`,
      information: pick(context, ['identity', 'safety-concerns']),
      purpose:
        'to keep the person, staff and [[Officer]]s safe during the hand-off. Only what the [[Officer]] needs to act may be shared.',
      when: 'at the hand-off, at the time it is needed.',
      sender: roles.id,
      recipient: 'law-enforcement',
      parts: basisFrom(roles, 'law-enforcement', 'safety', context),
    }),
    followUpFlow(roles, context),
  ];
}

function followUpFlow(roles: LegalRoles, context: FlowContext): Flow | null {
  return flow({
    heading: `From ${roles.name} to the [[Agency]].`,
    information: pick(context, ['disposition', 'referral-status']),
    purpose: 'follow-up with the person and coordination of the [[Program]].',
    when: 'after the encounter, by secure email or a shared log the [[Privacy Officer]]s approve.',
    sender: roles.id,
    recipient: 'law-enforcement',
    parts: basisFrom(roles, 'law-enforcement', 'follow-up', context),
  });
}

function psapFlows(roles: LegalRoles, context: FlowContext): Flow[] {
  const toClinicians = context.cjis
    ? 'by radio, by telephone or through their own access to CAD under Section [[#cjis-access]]'
    : 'by radio or telephone only';
  const f = flow({
    heading: `From ${roles.name} to the [[Agency]] and the [[Clinician]]s.`,
    information: pick(
      context,
      ['identity', 'contact', 'incident-summary', 'safety-concerns'],
      ['cad-rms-records'],
    ),
    purpose: 'to send the right response and prepare responders.',
    when: `at dispatch and during the call: to the [[Agency]] through CAD, radio or telephone; to the [[Clinician]]s ${toClinicians}.`,
    sender: roles.id,
    recipient: 'law-enforcement',
    fixed: unlessUnknown(
      roles,
      `911 records are not [[Protected Health Information]]; state law on 911 and law-enforcement records applies.${context.cjis ? ' Section [[#cjis-access]] applies to [[Criminal Justice Information]].' : ''}`,
    ),
  });
  return f ? [f] : [];
}

function lawEnforcementFlows(roles: LegalRoles, context: FlowContext): Flow[] {
  const info = pick(context, ['identity', 'contact', 'incident-summary', 'safety-concerns', 'disposition']);
  const f = flow({
    heading: `Between the [[Agency]] and ${roles.name}, in either direction.`,
    information: info ? `${info}. No health information received from a [[Clinician]] is passed on` : '',
    purpose: 'to coordinate a response across jurisdictions.',
    when: 'at the time of the call, by radio, telephone or CAD.',
    sender: roles.id,
    recipient: 'law-enforcement',
    fixed: unlessUnknown(
      roles,
      `Law-enforcement records are not [[Protected Health Information]]; state law on law-enforcement records applies.${context.cjis ? ' Section [[#cjis-access]] applies to [[Criminal Justice Information]].' : ''}`,
    ),
  });
  return f ? [f] : [];
}

function schoolFlows(roles: LegalRoles, context: FlowContext): Flow[] {
  const f = flow({
    heading: `From ${roles.name} to the [[Agency]] and the [[Clinician]]s.`,
    information: pick(context, ['school-records']),
    purpose: 'to protect the health or safety of a student or others, or as the consent allows.',
    when: 'at the time of the emergency, or as the consent allows.',
    sender: roles.id,
    recipient: 'law-enforcement',
    fixed: `Under FERPA, ${RULES.ferpa.text}. Records of the school’s law-enforcement unit are not education records (34 CFR 99.8).`,
  });
  return f ? [f] : [];
}

function advocacyFlow(roles: LegalRoles): Flow {
  return {
    title: '',
    anchor: '',
    heading: `From each [[Party]] to ${roles.name}.`,
    information: '[[De-identified Data]] only',
    purpose: 'planning, training and review of the [[Program]].',
    when: 'in reports the [[Privacy Officer]]s approve.',
    basis:
      'No information that identifies a person is shared; de-identification under 45 CFR 164.514(a)–(b).',
    parts: [],
    sender: 'each',
    recipient: 'social-services',
  };
}

function referralFlows(roles: LegalRoles, context: FlowContext, model: Model): Flow[] {
  const employer = model.derived.clinicianEmployer;
  const clinicianParts =
    employer && employer.kind !== 'lead'
      ? basisFrom(legalRolesOf(employer), 'social-services', 'referral', context)
      : [];
  const f = flow({
    heading: `From the [[Agency]] and the [[Clinician]]s to ${roles.name}.`,
    information: pick(context, ['identity', 'contact', 'referral-status']),
    purpose: `to refer the person to ${roles.name}’s services, when the person agrees.`,
    when: 'at referral, by telephone or secure electronic transmission.',
    sender: 'lead',
    recipient: 'social-services',
    fixed: 'From the [[Agency]], with the person’s written consent on the [[Consent Form]].',
    parts: clinicianParts,
    partsLead: clinicianParts.length > 0 ? 'From the [[Clinician]]s: ' : '',
  });
  return f ? [f] : [];
}

/** The stated basis, or the privacy-status blank while the organization's status is unknown. */
function unlessUnknown(roles: LegalRoles, text: string): string {
  return roles.hipaa === 'unknown' || roles.part2 === 'unknown' ? `[[?${BLANK_PRIVACY_STATUS}]]` : text;
}

function basisFrom(
  sender: LegalRoles,
  recipient: RecipientKind,
  purpose: Purpose,
  context: FlowContext,
): BasisPart[] {
  return legalBasis(sender, { kind: recipient, hipaa: 'unknown' }, purpose, context.state);
}

interface FlowSpec {
  heading: string;
  information: string;
  purpose: string;
  when: string;
  sender: string;
  recipient: RecipientKind;
  parts?: BasisPart[];
  /** A basis stated as agreement text (police, 911 and school records), before any parts. */
  fixed?: string;
  partsLead?: string;
}

/** A flow, or null when none of its information is shared. */
function flow(spec: FlowSpec): Flow | null {
  if (!spec.information) return null;
  const parts = spec.parts ?? [];
  const computed = parts.length > 0 ? `${spec.partsLead ?? ''}${basisMarkdown(parts)}` : '';
  const basis = [spec.fixed ?? '', computed].filter(Boolean).join(' ');
  return { title: '', anchor: '', ...spec, basis, parts };
}

/** The chosen data elements among `candidates`, as a list; CAD records and criminal history only with CAD access. */
function pick(context: FlowContext, candidates: Element[], cjisOnly: Element[] = []): string {
  const wanted: Element[] = context.cjis ? [...candidates, ...cjisOnly] : candidates;
  const chosen = wanted.filter((e) => context.elements.includes(e));
  return chosen.map((e) => DATA_ELEMENTS[e]).join('; ');
}

function scenePick(context: FlowContext): string {
  const plain = pick(context, ['identity', 'contact', 'safety-concerns']);
  const plan = context.elements.includes('crisis-plan')
    ? `the parts of a ${DATA_ELEMENTS['crisis-plan']} that help responders keep the person safe`
    : '';
  return [plain, plan].filter(Boolean).join('; ');
}

/** Flows that involve the whole program rather than one partner: HMIS and evaluation. */
export function programFlows(model: Model, state: StateContext): Flow[] {
  const holders = model.derived.partners
    .filter((p) => p.signs)
    .map(legalRolesOf)
    .filter(holdsHealthRecords);
  const flows: Flow[] = [];
  if (model.information_sharing.hmis) {
    const perHolder = holders
      .map(
        (h) =>
          `From ${h.name}: ${basisMarkdown(legalBasis(h, { kind: 'hmis', hipaa: 'unknown' }, 'referral', state))}`,
      )
      .join(' ');
    flows.push({
      title: 'Homeless Management Information System',
      anchor: '',
      heading: `Through the Homeless Management Information System (HMIS) of ${model.resources.continuum_of_care ?? '[[?CONTINUUM OF CARE]]'}, among the [[Clinician]]s and outreach staff of the [[Parties]] who are authorized HMIS users.`,
      information: DATA_ELEMENTS['hmis-records'],
      purpose: 'to coordinate housing and services and make coordinated-entry referrals.',
      when: 'through HMIS, as its policies allow. HMIS information is never given to [[Officer]]s for enforcement.',
      basis: `The person’s written HMIS consent under the local continuum of care’s HMIS privacy and security policies.${perHolder ? ` ${perHolder}` : ''}`,
      parts: [],
      sender: 'each',
      recipient: 'hmis',
    });
  }
  const transfer = crisisLineFlow(model);
  if (transfer) flows.push(transfer);
  const relay = relayFlow(model, state);
  if (relay) flows.push(relay);
  const handOff = custodyHandOffFlow(model);
  if (handOff) flows.push(handOff);
  const part2: Sender['part2'] = model.derived.anyPart2 ? 'lawful-holder' : 'none';
  const evaluationParts = legalBasis(
    { hipaa: 'covered', part2, healthProvider: true },
    { kind: 'evaluator', hipaa: 'unknown' },
    'evaluation',
    state,
  );
  flows.push({
    title: 'Evaluation',
    anchor: '',
    heading: `From each [[Party]] to the [[Program]]’s evaluator, ${model.measures.evaluator ?? '[[?EVALUATOR]]'}${model.measures.public_dashboard ? ', and to the public in aggregate reports' : ''}.`,
    information:
      '[[De-identified Data]] drawn from the information listed in Section [[#data-elements]]; a [[Limited Data Set]] only under a data use agreement',
    purpose: 'to evaluate and report on the [[Program]], as Section [[#evaluation]] provides.',
    when: 'in reports and data sets the [[Privacy Officer]]s approve.',
    basis: basisMarkdown(evaluationParts),
    parts: evaluationParts,
    sender: 'each',
    recipient: 'evaluator',
  });
  return flows;
}

/** The 911-to-988 transfer, when the 911 center signs this agreement and transfers calls to 988. */
function crisisLineFlow(model: Model): Flow | null {
  const transfer = sharingStatements(model, { kind: 'none', verifiedOn: '' }).crisisLine;
  const psap = model.derived.partyModel.psap;
  if (!transfer || !psap || !legalRolesOf(psap).signs) return null;
  return {
    title: 'Warm transfer to 988',
    anchor: 'crisis-line',
    heading: `From ${psap.roles.length > 1 || psap.kind === 'lead' ? `the 911 center of ${psap.name}` : psap.name} to ${transfer.center}, when a call-taker transfers a caller who needs telephone support.`,
    information: transfer.information,
    purpose: 'to connect the caller with a 988 counselor without losing the call.',
    when: 'at the transfer, by telephone or through the CAD link the answers describe.',
    basis: transfer.basis,
    parts: [],
    sender: psap.id,
    recipient: 'crisis-line',
  };
}

/**
 * The relay of an imminent-risk call from the 988 center to the 911 center, when the 988 center
 * signs this agreement (the coordination MOU and the dispatch protocol describe it; a relay by a
 * 988 center that does not sign rests on its own law, not on this agreement). Its basis is the
 * 988 center's: HIPAA's serious-threat rule for a covered entity, with Part 2 records carved out
 * and the state's more stringent law, from the one legal-basis module.
 */
function relayFlow(model: Model, state: StateContext): Flow | null {
  const center = model.derived.partyModel.documents['information-sharing-agreement'].center988;
  if (!center) return null;
  const psap = model.derived.partyModel.psap;
  const recipient = psap ? legalRolesOf(psap).recipientKind : 'psap';
  const parts = legalBasis(legalRolesOf(center), { kind: recipient, hipaa: 'not-covered' }, 'safety', state);
  const to = psap
    ? psap.kind === 'lead' || psap.roles.length > 1
      ? `the 911 center of ${psap.name}`
      : psap.name
    : (model.dispatch.center_name ?? '[[?911 CENTER]]');
  return {
    title: 'Relay from 988 to 911',
    anchor: 'relay',
    heading: `From the counselors of ${center.name} to ${to}, when a caller or someone else is at imminent risk and needs an emergency response.`,
    information: RELAY_INFORMATION,
    purpose: 'to send an in-person emergency response while the counselor stays on the line with the caller.',
    when: 'at the time of the call, by the dedicated line the 911 center provides for the 988 center.',
    basis: basisMarkdown(parts),
    parts,
    sender: center.id,
    recipient,
  };
}

/**
 * The hand-off of a person an officer brings to a receiving facility whose operator does not
 * sign this agreement (a signing operator's hand-off is among its own flows): police records and
 * the hold forms, given to the staff who accept the person.
 */
function custodyHandOffFlow(model: Model): Flow | null {
  const isa = model.derived.partyModel.documents['information-sharing-agreement'];
  const facilities = model.disposition.receiving_facilities
    .filter((f) => {
      const operator = operatorOf(f, model.derived.partyModel.partners);
      return !operator || !isa.signingParties.some((p) => p.id === operator.id);
    })
    .map((f) => f.name);
  if (facilities.length === 0) return null;
  const elements = (['identity', 'contact', 'incident-summary', 'safety-concerns'] as const).filter((e) =>
    model.information_sharing.data_elements.includes(e),
  );
  const words = elements.map((e) => DATA_ELEMENTS[e]);
  return {
    title: 'Hand-off at a receiving facility',
    anchor: 'custody-handoff',
    heading: `From the [[Agency]]’s [[Officer]]s to the staff of ${joinList(facilities, 'or')} who accept a person an [[Officer]] brings there.`,
    information: `${words.length > 0 ? `${joinList(words, 'and')}, as the [[Officer]] knows them` : 'what the [[Officer]] knows of the incident'}, and, for a person on an emergency hold, the forms the hold requires`,
    purpose: 'to hand the person over safely to the staff who will care for the person.',
    when: 'at the hand-off, in person.',
    basis: `${POLICE_RECORDS} The facility receives them under its own law; this [[Agreement]] puts no duty on it.`,
    parts: [],
    sender: 'lead',
    recipient: 'hospital',
  };
}

function holdsHealthRecords(roles: LegalRoles): boolean {
  return (
    roles.hipaa === 'covered' ||
    roles.hipaa === 'business-associate' ||
    roles.part2 === 'program' ||
    roles.part2 === 'lawful-holder'
  );
}
