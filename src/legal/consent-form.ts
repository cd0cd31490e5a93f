import type { Model } from '../answers/normalize.js';
import { DATA_ELEMENTS } from '../answers/enums.js';
import { blankMarkdown } from '../templating/helpers/words.js';
import type { LegalModel } from './legal-model.js';
import type { Flow } from './flows.js';
import type { LegalParty } from './parties.js';
import { consentTranslationsOf as translationsOf } from './consent-languages.js';
import { cmiaMinorsRule, cmiaTypeRule } from './consent-state-rules.js';
import {
  type QuotedRule,
  PART2_CE_REDISCLOSURE,
  PART2_NOTICE_CHECK,
  PART2_NOTICE_FULL,
  PART2_NOTICE_SHORT,
  PART2_TPO_RECIPIENTS,
} from './consent-rules.js';
import {
  CLINICAL_ELEMENTS,
  ELEMENT_WORDS,
  joinWords,
  longDateEs,
  nameWords,
  PURPOSE_WORDS,
  SUD_RECORD_WORDS,
  type FormLanguage,
  type PurposeKey,
  type Words,
} from './consent-words.js';

/** One organization the person may let receive information. */
export interface ConsentRecipient {
  name: Words;
  /** Police, sheriff or 911: Part 2 records reach it only by a choice of its own. */
  lawEnforcement: boolean;
  /** A HIPAA covered entity or business associate (42 CFR 2.31(a)(4)(iii) applies). */
  hipaaCovered: boolean;
  /** A system many organizations use (HMIS): Part 2 records reach it only under the intermediary rules, not on this form. */
  sharedSystem: boolean;
}

/** The Part 2 part of the form: what a Part 2 program or lawful holder may share, with whom. */
export interface Part2Choices {
  /** The Part 2 programs and lawful holders among those who may share, as a list in words. */
  holders: Words;
  kinds: Words[];
  /** Recipients other than law enforcement, each ticked by the person. */
  recipients: ConsentRecipient[];
  /** The covered-entity recipients by name (the 2.31(a)(4)(iii) statement names them). */
  coveredNames: Words;
  ceStatement: string;
  /**
   * What a Part 2 holder may tell law enforcement and why (from the flows), and the agencies a
   * separate yes-or-no each; agencies the flows tell the same are listed under one sentence.
   */
  lawEnforcement: { what: Words; why: Words; agencies: string[] }[];
  /**
   * The single consent for treatment, payment and health care operations, when offered. Its
   * recipients are the rule's "similar statement" (42 CFR 2.31(a)(4)(i)), naming whose program
   * "this program" is: a person reading a police-led program's form must not take it to mean the
   * police.
   */
  tpo: { recipients: Words } | null;
  notice: { cite: string; text: string; note: string };
}

/** One organization the person may let share information in Sections 1-2. */
export interface ConsentSource {
  name: Words;
  /**
   * A Part 2 program or lawful holder: it shares its other records here, its records of help for
   * alcohol or drug use only under the Part 2 section (the form says so beside its name).
   */
  part2Holder: boolean;
}

/** The consent form, computed from the answers and the information flows (never in a template). */
export interface ConsentForm {
  sources: ConsentSource[];
  recipients: ConsentRecipient[];
  information: Words[];
  purposes: Words[];
  part2: Part2Choices | null;
  /** The state's rule on a minor's own consent, or (all else null) the blank counsel fills. */
  minors: {
    statement: string | null;
    citation: string | null;
    verifiedOn: string | null;
    verifiedOnEs: string | null;
    blank: string | null;
    /** What the state's rule leaves open (care it does not reach): a blank for counsel. */
    outside: string | null;
    /** The state's own rule on who signs an authorization for a minor (California: Civ. Code § 56.11). */
    signing: (QuotedRule & { checkedEs: string }) | null;
  };
  revocation: { name: Words; attention: Words; address: string; email: string | null }[];
  /** The form's version date in Spanish words, or null when the answers give no revision. */
  revisionDateEs: string | null;
  /** The languages asked for that have no translation: each is a visible blank (an open item). */
  missingTranslations: { language: string; blank: string }[];
  /** The languages asked for that pmhc-docs builds, in English ("Spanish"). */
  builtTranslations: string[];
  /** Service languages (resources.languages) with a translation that consent.languages does not ask for. */
  unaskedTranslations: { language: string; tag: string }[];
  /**
   * Health facts the person may choose in Section 2 that no flow sends to police or 911: the form
   * says they never go there (null when none are chosen or no police or 911 recipient is listed).
   */
  clinicalToPolice: { never: Words | null; asked: Words | null };
  /** The state's type-size rule for a printed authorization (California: 14-point), or null. */
  largeType: QuotedRule | null;
}

type ConsentModel = Model & { legal: LegalModel };

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

interface PartyFlow {
  flow: Flow;
  /** The partner whose group the flow is in ('' for a program-wide flow). */
  partyId: string;
}

/** Flows of information that identifies the person: de-identified reports need no consent. */
function identifiableFlows(model: ConsentModel): PartyFlow[] {
  const grouped = model.legal.flowGroups.flatMap((g) =>
    g.flows.map((flow) => ({ flow, partyId: g.partyId })),
  );
  const all = [...grouped, ...model.legal.programFlows.map((flow) => ({ flow, partyId: '' }))];
  return all.filter(({ flow }) => !flow.information.startsWith('[[De-identified'));
}

function sends(flow: Flow, partyId: string, party: LegalParty): boolean {
  if (flow.sender === 'each') return party.signs;
  if (flow.sender === 'lead') return party.id === 'lead';
  return flow.sender === party.id || (partyId === party.id && flow.sender === partyId);
}

const isLawEnforcement = (p: LegalParty) => p.roles.includes('law-enforcement') || p.roles.includes('psap');
const isHealth = (p: LegalParty) => p.isCoveredEntity || p.isBusinessAssociate || p.isPart2Program;

function recipientsOf(
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

function same(text: string): Words {
  return { en: text, es: text };
}

/** Why the flows share, in the order the person meets them. */
function purposesOf(flows: PartyFlow[]): Words[] {
  const keys = new Set<PurposeKey>(flows.flatMap(({ flow }) => purposeKeys(flow)));
  return (Object.keys(PURPOSE_WORDS) as PurposeKey[]).filter((k) => keys.has(k)).map((k) => PURPOSE_WORDS[k]);
}

function purposeKeys(flow: Flow): PurposeKey[] {
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

/**
 * The health facts a person may pick in Section 2, split by whether any flow sends them to police
 * or 911: a choice of the recipient list alone would let a hospital's diagnosis reach the police.
 */
function clinicalToPoliceOf(
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

/** The data elements a flow carries, read back from its list of labels. */
function elementsOf(flow: Flow): (keyof typeof DATA_ELEMENTS)[] {
  return (Object.keys(DATA_ELEMENTS) as (keyof typeof DATA_ELEMENTS)[]).filter((e) =>
    flow.information.includes(DATA_ELEMENTS[e]),
  );
}

function part2Of(
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

function minorsOf(model: ConsentModel): ConsentForm['minors'] {
  // The model is escaped for Markdown, keys included ("minors\_consent").
  const step = model.derived.stateLaw.confidentiality.find(
    (s) => s.key.replace(/\\/g, '') === 'minors_consent',
  );
  const rule = cmiaMinorsRule(model.jurisdiction.state);
  const signing = rule ? { ...rule, checkedEs: longDateEs(rule.checked) } : null;
  if (!step?.known || !step.statement || !step.citation || !step.verifiedOn) {
    // The state-law model's own label ("MINORS' CONSENT UNDER CALIFORNIA LAW"): a blank for counsel.
    const blank = blankMarkdown(
      step?.blank ?? `MINORS' CONSENT UNDER ${model.derived.stateLaw.stateName.toUpperCase()} LAW`,
    );
    return {
      statement: null,
      citation: null,
      verifiedOn: null,
      verifiedOnEs: null,
      blank,
      outside: null,
      signing,
    };
  }
  return {
    statement: step.statement,
    citation: step.citation,
    verifiedOn: step.verifiedOn,
    verifiedOnEs: longDateEs(step.verifiedOn),
    blank: null,
    outside: blankMarkdown('WHO SIGNS FOR A MINOR WHERE THIS RULE DOES NOT APPLY'),
    signing,
  };
}

/**
 * Where the person sends a cancellation: each Part 2 program or holder (its records are its own to
 * stop) and the partner that employs the clinicians, or the lead agency when none does. Every
 * sender signs the information-sharing agreement, which binds a party that receives a revocation
 * to tell the others by the next business day: one office reaches them all.
 */
function revocationOffices(model: ConsentModel, senders: LegalParty[]): LegalParty[] {
  const employer = model.staffing.clinician_employer;
  const offices = senders.filter(
    (p) => p.isPart2Program || p.isPart2LawfulHolder || (employer !== null && p.id === employer),
  );
  if (offices.length > 0) return offices;
  const lead = senders.find((p) => p.id === 'lead') ?? senders[0];
  return lead ? [lead] : [];
}

function revocationContact(model: ConsentModel, party: LegalParty): ConsentForm['revocation'][number] {
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
