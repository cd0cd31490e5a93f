import type { Answers } from '../../answers/schema.js';
import { FACILITY_TYPES } from '../../answers/enums.js';
import { blankMarkdown } from '../../templating/helpers/words.js';
import type { LegalParty } from '../parties.js';
import type { LawStep, StateLawModel } from '../state-law.js';
import { lawStepOf } from './law-step.js';
import type { FactKey } from '../state-law-schema.js';

type FacilityAnswer = Answers['disposition']['receiving_facilities'][number];

/** A receiving facility as every document lists it (cells are Markdown: "Yes", "No" or a blank). */
export interface Destination {
  name: string;
  kind: string;
  hours: string;
  dropOff: string;
  custody: string;
  noRefusal: string;
  medicalClearance: string;
  /** The partner that operates it, or null. */
  operator: LegalParty | null;
  acceptsCustody: boolean | null;
}

/** Where people are taken: the state's rule for a person in custody, and one ordered list. */
export interface Destinations {
  /** The state's destination rule for a person in custody (a verified fact, or a blank). */
  custodyRule: LawStep | null;
  /** Where a person in custody may not be taken (verified fact, or null when the data has none). */
  prohibited: LawStep | null;
  /** Every facility: those that accept people in custody first, then unknown, then voluntary only. */
  facilities: Destination[];
  /** Names of the facilities that accept people in custody, in that order. */
  custodyNames: string[];
  /** Facilities that have agreed never to refuse a police drop-off. */
  noRefusalNames: string[];
  /** Facilities whose no-refusal status the answers leave open. */
  noRefusalUnknown: string[];
}

const RANK = (f: FacilityAnswer) =>
  f.accepts_involuntary === true ? 0 : f.accepts_involuntary === null ? 1 : 2;

/**
 * The destination list. The state's own order for a person in custody is the verified statement
 * (data/state-law `destination`), stated as such; the table never adds a preference of its own
 * among the facilities that accept people in custody (their order is the answers' order).
 */
export function destinationsOf(
  facilities: FacilityAnswer[],
  partners: LegalParty[],
  law: StateLawModel,
): Destinations {
  // Array sort is stable: within a rank, the answers' order stays.
  const ordered = [...facilities].sort((a, b) => RANK(a) - RANK(b));
  const step = (key: FactKey) => lawStepOf(law, key);
  const prohibited = step('prohibited_destinations');
  const list = ordered.map((f) => destinationOf(f, partners));
  return {
    custodyRule: step('destination'),
    prohibited: prohibited?.known ? prohibited : null,
    facilities: list,
    custodyNames: list.filter((d) => d.acceptsCustody === true).map((d) => d.name),
    noRefusalNames: ordered.filter((f) => f.no_refusal === true).map((f) => f.name),
    noRefusalUnknown: ordered
      .filter((f) => f.no_refusal === null && f.accepts_police_dropoff !== false)
      .map((f) => f.name),
  };
}

function yesNo(value: boolean | null, blank: string): string {
  return value === true ? 'Yes' : value === false ? 'No' : blankMarkdown(blank);
}

function destinationOf(f: FacilityAnswer, partners: LegalParty[]): Destination {
  return {
    name: f.name,
    kind: FACILITY_TYPES[f.type],
    hours: f.hours ?? blankMarkdown('HOURS'),
    dropOff: yesNo(f.accepts_police_dropoff, 'ACCEPTS POLICE DROP-OFFS?'),
    custody: yesNo(f.accepts_involuntary, 'ACCEPTS PEOPLE ON A HOLD?'),
    noRefusal: yesNo(f.no_refusal, 'CONFIRM NO-REFUSAL WITH FACILITY'),
    medicalClearance: f.medical_clearance ?? blankMarkdown('MEDICAL-CLEARANCE CRITERIA'),
    operator: operatorOf(f, partners),
    acceptsCustody: f.accepts_involuntary,
  };
}

/** The partner named as operator, else the partner whose name or short name begins the facility's. */
export function operatorOf(f: FacilityAnswer, partners: LegalParty[]): LegalParty | null {
  if (f.operator) return partners.find((p) => p.id === f.operator) ?? null;
  const starts = (prefix: string) => f.name === prefix || f.name.startsWith(`${prefix} `);
  return partners.find((p) => starts(p.name) || starts(p.short)) ?? null;
}
