import type { FactKey } from './state-law-schema.js';

/** How each fact is headed in an order and in `pmhc law`. */
export const FACT_LABELS: Record<FactKey, string> = {
  initiators: 'Who may initiate',
  criteria: 'The standard',
  criteria_evidence: 'What the belief may rest on',
  mental_illness: 'What counts as mental illness',
  destination: 'Where to take the person',
  prohibited_destinations: 'Where not to take the person',
  ems_transfer: 'Transfer to emergency medical services',
  advisement: 'What to tell the person',
  forms: 'The form',
  notices: 'Notices',
  facility_acceptance: 'Acceptance by the facility',
  officer_release: 'Time at the facility',
  duration: 'How long it lasts',
  firearms: 'Firearms',
  minors: 'Minors',
  warrants: 'Warrants and court orders',
  arrest_diversion: 'Arrest or diversion',
  jail_notice: 'Notice from the jail',
  mental_health_records: 'Mental-health records',
  emergency_disclosure: 'Disclosure in an emergency',
  sud_records: 'Substance-use-disorder records',
  health_information: 'Health information generally',
  minors_consent: "Minors' consent",
  breach_notification: 'Breach notification',
  interlocal_authority: 'Authority to contract',
  liability_limit: 'Limitation of liability',
};

/** The facts each order states, in the order an officer needs them. */
export const CUSTODY_KEYS: FactKey[] = [
  'initiators',
  'criteria',
  'criteria_evidence',
  'mental_illness',
  'advisement',
  'destination',
  'prohibited_destinations',
  'ems_transfer',
  'forms',
  'notices',
  'facility_acceptance',
  'officer_release',
  'duration',
  'firearms',
  'minors',
  'warrants',
];
export const CRISIS_KEYS: FactKey[] = [
  'initiators',
  'criteria',
  'criteria_evidence',
  'mental_illness',
  'advisement',
  'firearms',
  'minors',
  'arrest_diversion',
];
export const DISPATCH_KEYS: FactKey[] = ['initiators', 'criteria', 'criteria_evidence', 'mental_illness'];

/**
 * Facts an order shows only where the state's file states them or notes them for counsel: a
 * definition matters where the statute's own definition narrows the standard, and a blank in
 * every state's order would only add noise. The jail's notice (jail_notice) is in no order: it
 * is the jail's duty, not the officer's, and `pmhc law` still prints it.
 */
export const SHOWN_WHEN_ON_FILE: FactKey[] = ['mental_illness'];
/** What the agreements' authority and liability clauses may recite; counsel decides (a note, not text). */
export const AGREEMENT_KEYS: FactKey[] = ['interlocal_authority', 'liability_limit'];
export const CONFIDENTIALITY_KEYS: FactKey[] = [
  'mental_health_records',
  'emergency_disclosure',
  'sud_records',
  'health_information',
  'minors_consent',
  'breach_notification',
];
