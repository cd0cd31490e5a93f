import { STATE_NAMES } from '../answers/state-holds.js';
import { stateLawFileOf } from './state-law-files.js';
import {
  CONFIDENTIALITY_KEYS,
  CRISIS_KEYS,
  CUSTODY_KEYS,
  DISPATCH_KEYS,
  AGREEMENT_KEYS,
  FACT_LABELS,
  SHOWN_WHEN_ON_FILE,
} from './state-law-labels.js';
import type { FactKey, StateLawFact, StateLawFile } from './state-law-schema.js';

/**
 * One element of a state's law as an order states it: the verified fact, or a blank for counsel.
 * Every field is present (null when unknown) so that templates read the same shape either way.
 */
export interface LawStep {
  key: FactKey;
  heading: string;
  known: boolean;
  statement: string | null;
  citation: string | null;
  verifiedOn: string | null;
  /** What kind of text the fact was checked against (CHECKED_AGAINST), for the draft's verified-on line. */
  checkedAgainst: string | null;
  /** The label of the blank an order shows when the fact is unknown. */
  blank: string;
  counselNote: string | null;
  /** Confidentiality facts only: who the law binds, and whether it is more stringent than HIPAA (null: for counsel). */
  binds: string | null;
  moreStringentThanHipaa: boolean | null;
  /** Confidentiality facts only: the grounds for disclosure the statute gives, as read (null when none on file). */
  disclosureBases: { basis: string; statement: string; citation: string }[] | null;
}

/**
 * Where the statute lets an officer take the person, as data for the transport rule
 * (src/legal/routing.ts): null where the state's file has not verified it.
 */
export interface TransportLaw {
  /** The places the statute names, in its order: each only when the one before is not available. */
  destinations: { places: string[]; citation: string } | null;
  /** Whether and on what condition the officer may hand the person to EMS for the trip instead. */
  emsTransfer: { condition: string | null; citation: string } | null;
  /** Where the person may not be taken, in the statute's words restated. */
  prohibited: { statement: string; citation: string } | null;
}

/** A point counsel must settle, headed by the topic it concerns. */
export interface CounselNote {
  heading: string;
  note: string;
}

/** A state's detention procedure and privacy law, computed once for every document and `pmhc law`. */
export interface StateLawModel {
  state: string;
  stateName: string;
  /** Whether data/state-law/ holds a file for this state. */
  hasData: boolean;
  verifiedOn: string | null;
  reviewBy: string | null;
  /** The draft's date is after `reviewBy`: the facts are due for re-verification. */
  reviewOverdue: boolean;
  terms: {
    detention: string | null;
    officerAction: string | null;
    statute: string | null;
    commonName: string | null;
    form: string | null;
    durationShort: string | null;
    /** The provision of the officer's own-judgment power, when narrower than the initiators fact's. */
    officerMayInitiateCitation: string | null;
  };
  officerMayInitiate: boolean;
  custodySteps: LawStep[];
  crisisSteps: LawStep[];
  dispatchSteps: LawStep[];
  confidentiality: LawStep[];
  /** What the agreements may recite (authority to contract, limits of liability); a template shows the known ones. */
  agreementLaw: LawStep[];
  /** Whether any of agreementLaw is verified. */
  agreementLawKnown: boolean;
  transport: TransportLaw;
  /** The verified mental-health confidentiality citation, for the agreements; null when unknown. */
  confidentialityCitation: string | null;
  /** What counsel must still confirm, per order: the notes of its steps, then the general ones, each once. */
  custodyNotes: CounselNote[];
  crisisNotes: CounselNote[];
  dispatchNotes: CounselNote[];
  confidentialityNotes: CounselNote[];
  /** Terms of art of other states that this state's drafts must not use. */
  notUsed: string[];
  /** The generic defined terms this state's drafts name in its own words (src/legal/state-law-terms.ts). */
  definedTerms: Record<string, string>;
}

/** The state-law model for a state on the draft's date (`today`, YYYY-MM-DD, or '' when undated). */
export function stateLawOf(state: string, today: string): StateLawModel {
  const file = stateLawFileOf(state);
  const stateName = STATE_NAMES[state] ?? state;
  const shown = (keys: FactKey[]) => keys.filter((key) => isShown(key, file));
  const steps = (keys: FactKey[]) => shown(keys).map((key) => stepOf(key, file, stateName));
  const notes = (keys: FactKey[]) => notesOf(shown(keys), file);
  const mental = file?.facts.mental_health_records ?? null;
  return {
    state,
    stateName,
    hasData: file !== null,
    verifiedOn: file?.verified_on ?? null,
    reviewBy: file?.review_by ?? null,
    reviewOverdue: file !== null && today !== '' && today > file.review_by,
    terms: {
      detention: file?.terms.detention ?? null,
      officerAction: file?.terms.officer_action ?? null,
      statute: file?.terms.statute ?? null,
      commonName: file?.terms.common_name ?? null,
      form: file?.terms.form ?? null,
      durationShort: file?.terms.duration_short ?? null,
      officerMayInitiateCitation: file?.terms.officer_may_initiate_citation ?? null,
    },
    officerMayInitiate: file?.terms.officer_may_initiate ?? false,
    custodySteps: steps(CUSTODY_KEYS),
    crisisSteps: steps(CRISIS_KEYS),
    dispatchSteps: steps(DISPATCH_KEYS),
    confidentiality: steps(CONFIDENTIALITY_KEYS),
    agreementLaw: steps(AGREEMENT_KEYS),
    agreementLawKnown: steps(AGREEMENT_KEYS).some((step) => step.known),
    transport: transportOf(file),
    confidentialityCitation: mental?.citation ?? null,
    custodyNotes: notes(CUSTODY_KEYS),
    crisisNotes: notes(CRISIS_KEYS),
    dispatchNotes: notes(DISPATCH_KEYS),
    confidentialityNotes: notes(CONFIDENTIALITY_KEYS),
    notUsed: file?.terms.not_used ?? [],
    definedTerms: file?.terms.defined_terms ?? {},
  };
}

/** How a draft names the kind of text a fact was checked against. */
const CHECKED_AGAINST: Record<StateLawFact['source']['kind'], string> = {
  official: 'the official text',
  'official-bill-text': 'the Legislature’s text of a bill that sets the section out',
  'secondary-copy': 'a copy of the statute text',
};

/** A fact shown only where the file states or notes it, or any other fact (a blank when unknown). */
function isShown(key: FactKey, file: StateLawFile | null): boolean {
  if (!SHOWN_WHEN_ON_FILE.includes(key)) return true;
  return file !== null && (file.facts[key] !== undefined || file.counsel_notes.some((n) => n.topic === key));
}

function transportOf(file: StateLawFile | null): TransportLaw {
  const destination = file?.facts.destination;
  const ems = file?.facts.ems_transfer;
  const prohibited = file?.facts.prohibited_destinations;
  return {
    destinations: destination?.places ? { places: destination.places, citation: destination.citation } : null,
    emsTransfer: ems ? { condition: ems.condition ?? null, citation: ems.citation } : null,
    prohibited: prohibited ? { statement: prohibited.statement, citation: prohibited.citation } : null,
  };
}

function stepOf(key: FactKey, file: StateLawFile | null, stateName: string): LawStep {
  const fact: StateLawFact | undefined = file?.facts[key];
  const heading = FACT_LABELS[key];
  const note = file?.counsel_notes.find((n) => n.topic === key)?.note ?? null;
  return {
    key,
    heading,
    known: fact !== undefined,
    statement: fact?.statement ?? null,
    citation: fact?.citation ?? null,
    verifiedOn: fact?.verified_on ?? null,
    checkedAgainst: fact ? CHECKED_AGAINST[fact.source.kind] : null,
    blank: `${heading} under ${stateName} law`.toUpperCase(),
    counselNote: fact?.counsel_note ?? note,
    binds: fact?.binds ?? null,
    moreStringentThanHipaa: fact?.more_stringent_than_hipaa ?? null,
    disclosureBases: fact?.disclosure_bases ?? null,
  };
}

/**
 * The notes for counsel that concern these facts: each fact's own note, the file's note on a
 * topic among them, and the file's general notes (a topic that is no fact, such as a pending
 * session), each text once.
 */
function notesOf(keys: FactKey[], file: StateLawFile | null): CounselNote[] {
  if (!file) return [];
  const found: CounselNote[] = [];
  const add = (heading: string, note: string | undefined) => {
    if (note && !found.some((n) => n.note === note)) found.push({ heading, note });
  };
  for (const key of keys) add(FACT_LABELS[key], file.facts[key]?.counsel_note);
  for (const n of file.counsel_notes) {
    if ((keys as string[]).includes(n.topic)) add(FACT_LABELS[n.topic as FactKey], n.note);
    else if (!(n.topic in FACT_LABELS)) add('Sources and later sessions', n.note);
  }
  return found;
}
