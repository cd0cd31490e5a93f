/** The closed vocabularies of the answers file, with the labels people read. */

export const STATES = [
  'AL',
  'AK',
  'AZ',
  'AR',
  'CA',
  'CO',
  'CT',
  'DE',
  'DC',
  'FL',
  'GA',
  'HI',
  'ID',
  'IL',
  'IN',
  'IA',
  'KS',
  'KY',
  'LA',
  'ME',
  'MD',
  'MA',
  'MI',
  'MN',
  'MS',
  'MO',
  'MT',
  'NE',
  'NV',
  'NH',
  'NJ',
  'NM',
  'NY',
  'NC',
  'ND',
  'OH',
  'OK',
  'OR',
  'PA',
  'RI',
  'SC',
  'SD',
  'TN',
  'TX',
  'UT',
  'VT',
  'VA',
  'WA',
  'WV',
  'WI',
  'WY',
  'PR',
  'GU',
  'VI',
  'AS',
  'MP',
] as const;

export const AGENCY_TYPES = {
  'municipal-police': 'municipal police department',
  sheriff: "sheriff's office",
  'state-police': 'state police or highway patrol',
  campus: 'campus police department',
  tribal: 'tribal police department',
  transit: 'transit police department',
} as const;

export const PARTNER_TYPES = {
  'county-behavioral-health': 'county or city behavioral-health department',
  'mental-health-authority': 'local mental-health authority',
  'nonprofit-provider': 'nonprofit behavioral-health provider',
  'crisis-center': 'crisis center',
  hospital: 'hospital',
  'receiving-facility': 'crisis receiving or stabilization facility',
  '911-center': '911 center (PSAP)',
  '988-center': '988 crisis center',
  ems: 'emergency medical services',
  'law-enforcement': 'another law-enforcement agency',
  'school-district': 'school district or school',
  advocacy: 'advocacy organization (e.g. NAMI)',
  'housing-provider': 'housing or homelessness-services provider',
  'dd-authority': 'developmental-disability authority',
  other: 'other organization',
} as const;

export const HIPAA_STATUSES = {
  'covered-entity': 'HIPAA covered entity',
  'hybrid-entity': 'HIPAA hybrid entity',
  'business-associate': 'business associate of a covered entity',
  'not-covered': 'not subject to HIPAA',
  unknown: 'not yet determined',
} as const;

export const PART2_STATUSES = {
  'part2-program': 'federally assisted substance use disorder program under 42 CFR Part 2',
  'lawful-holder': 'lawful holder of Part 2 records',
  'not-part2': 'not subject to 42 CFR Part 2',
  unknown: 'not yet determined',
} as const;

export const PROGRAM_MODELS = {
  cit: 'Crisis Intervention Team (CIT)',
  'co-responder': 'co-responder team',
  'embedded-911-clinician': 'clinician embedded in the 911 center',
  'mobile-crisis': 'behavioral-health-led mobile crisis team',
  'community-responder': 'civilian community responders',
  telehealth: 'telehealth clinician for officers',
  'follow-up': 'follow-up and case-management team',
  'homeless-outreach': 'homeless outreach team',
  'dd-response': 'Disability Response Team for people with intellectual and developmental disabilities',
  'training-only': 'training only',
} as const;

export const CO_RESPONDER_MODES = {
  'same-vehicle': 'clinician and officer ride in the same vehicle',
  'separate-vehicle': 'clinician responds in a separate vehicle',
  'on-call': 'clinician is on call and joins by phone or in person',
} as const;

export const FACILITY_TYPES = {
  'crisis-stabilization': 'crisis stabilization or receiving center',
  'hospital-ed': 'hospital emergency department',
  'psychiatric-hospital': 'psychiatric hospital or unit',
  'sobering-center': 'sobering center',
  detox: 'withdrawal management (detox) facility',
} as const;

export const TRANSPORT_MODES = {
  'law-enforcement': 'law-enforcement vehicle',
  ems: 'ambulance (EMS)',
  'behavioral-health': 'behavioral-health team vehicle',
  contracted: 'contracted secure transport',
  mixed: 'decided case by case by the on-scene team',
} as const;

export const DATA_ELEMENTS = {
  identity: 'name, date of birth and other identifying information',
  contact: 'address and telephone number',
  'incident-summary': 'summary of the incident or call for service',
  'safety-concerns': 'safety concerns, including weapons and threats',
  disposition: 'disposition of the encounter',
  'referral-status': 'referrals made and whether they were kept',
  diagnosis: 'diagnosis and clinical assessment',
  'treatment-history': 'treatment history and current providers',
  medications: 'current medications',
  'sud-treatment': 'substance use disorder treatment information',
  'crisis-plan': 'crisis or safety plan',
  'criminal-history': 'criminal history record information',
  'cad-rms-records': 'CAD and RMS records of prior calls',
  'school-records': 'education records',
  'hmis-records': 'HMIS homelessness-services records',
} as const;

export const LIABILITY_ARRANGEMENTS = {
  'each-party-own': 'each party is responsible for its own acts and omissions',
  'mutual-indemnification': 'mutual indemnification',
  'tort-claims-act': "each party's liability is governed by the state tort claims act",
} as const;

export const RENEWALS = {
  automatic: 'renews automatically for like terms',
  'by-amendment': 'renews only by written amendment',
  none: 'does not renew',
} as const;

export const CADENCES = {
  monthly: 'monthly',
  quarterly: 'quarterly',
  'semi-annually': 'twice a year',
  annually: 'once a year',
} as const;

export const CIT_SELECTION = {
  volunteer: 'officers volunteer',
  'supervisor-recommendation': 'a supervisor recommends the officer',
  'record-review': 'the officer’s record is reviewed',
  interview: 'the officer is interviewed',
} as const;

export const MEASURES = {
  'call-volume': 'mental-health-related call volume and share of all calls',
  'responder-type': 'responses by responder type',
  'response-time': 'response time and on-scene time',
  'officer-hours': 'officer hours spent on mental-health-related calls',
  dispositions: 'dispositions of encounters',
  'use-of-force': 'use of force and injuries to the person and to officers',
  'repeat-contacts': 'repeat contacts with the same person',
  'connections-to-care': 'referrals made and kept, and follow-up contacts',
  'transfer-wait': 'custodial-transfer and emergency-department wait times',
  'training-coverage': 'share of staff trained and CIT coverage per shift',
  '988-transfers': '911-to-988 transfers',
  'housing-placements': 'housing placements',
  'cost-per-response': 'cost per response',
  satisfaction: 'satisfaction of people served, families and officers',
  equity: 'breakdowns by race, ethnicity, age, gender and disability',
} as const;

export const FUNDING_TYPES = {
  'federal-grant': 'federal grant',
  'state-grant': 'state grant',
  'general-fund': 'general fund',
  medicaid: 'Medicaid or other billing',
  'opioid-settlement': 'opioid settlement funds',
  foundation: 'foundation grant',
  other: 'other',
} as const;

export const LINK_988 = {
  'warm-transfer': '911 call-takers transfer eligible calls to 988 by warm transfer',
  'cad-integrated': '911 and 988 share calls through integrated CAD',
  'none-yet': 'no formal link between 911 and 988 yet',
} as const;

/**
 * What an organization does in the program. One organization may hold several roles (a sheriff's
 * office that runs the 911 center; a crisis center that answers 988 and runs mobile crisis). Its
 * `type` implies some of them (see ROLES_OF_TYPE in src/legal/parties.ts); `roles` adds others.
 * Privacy statuses (HIPAA, 42 CFR Part 2) stay in their own fields, which allow "unknown".
 */
export const PARTY_ROLES = {
  'law-enforcement': 'law-enforcement agency',
  psap: 'operator of the 911 center (public safety answering point)',
  '988-center': '988 Suicide and Crisis Lifeline center',
  'mobile-crisis': 'provider of a mobile crisis team',
  'behavioral-health-provider': 'behavioral-health provider',
  'crisis-receiving': 'crisis receiving or stabilization facility',
  hospital: 'hospital',
  ems: 'emergency medical services provider',
  school: 'school or school district',
  advocacy: 'advocacy organization',
  housing: 'housing or homelessness-services provider',
  'dd-authority': 'developmental-disability authority',
} as const;

/**
 * The documents an organization can sign (agreements) or adopt (the dispatch protocol, when the
 * 911 center is a separate organization). Kept in step with the templates by a test.
 */
export const SIGNED_DOCUMENTS = {
  'co-responder-mou': 'Co-Responder Program MOU',
  'cit-mou': 'CIT Partnership MOU',
  'crisis-coordination-mou': 'Mobile Crisis and 911–988 Coordination MOU',
  'information-sharing-agreement': 'Information-Sharing Agreement',
  'dispatch-protocol': 'Call-Taking and Dispatch Protocol (adoption by a separate 911 center)',
} as const;

export type Keys<T> = [keyof T & string, ...(keyof T & string)[]];
/** The keys of a label table, typed for `z.enum`. */
export function keysOf<T extends Record<string, string>>(table: T): Keys<T> {
  return Object.keys(table) as Keys<T>;
}

export const F_AGENCY_TYPES = keysOf(AGENCY_TYPES);
export const F_PARTNER_TYPES = keysOf(PARTNER_TYPES);
export const F_HIPAA = keysOf(HIPAA_STATUSES);
export const F_PART2 = keysOf(PART2_STATUSES);
export const F_MODELS = keysOf(PROGRAM_MODELS);
export const F_CO_RESPONDER_MODES = keysOf(CO_RESPONDER_MODES);
export const F_FACILITY_TYPES = keysOf(FACILITY_TYPES);
export const F_TRANSPORT = keysOf(TRANSPORT_MODES);
export const F_DATA_ELEMENTS = keysOf(DATA_ELEMENTS);
export const F_LIABILITY = keysOf(LIABILITY_ARRANGEMENTS);
export const F_RENEWALS = keysOf(RENEWALS);
export const F_CADENCES = keysOf(CADENCES);
export const F_CIT_SELECTION = keysOf(CIT_SELECTION);
export const F_MEASURES = keysOf(MEASURES);
export const F_FUNDING = keysOf(FUNDING_TYPES);
export const F_LINK_988 = keysOf(LINK_988);
export const F_PARTY_ROLES = keysOf(PARTY_ROLES);
export const F_SIGNED_DOCUMENTS = keysOf(SIGNED_DOCUMENTS);

/** The ten essential elements of a PMHC program (CSG Justice Center 2008, adopted by BJA). */
export const ESSENTIAL_ELEMENTS: Record<number, string> = {
  1: 'Collaborative planning and implementation',
  2: 'Program design',
  3: 'Specialized training',
  4: 'Call-taker and dispatcher protocols',
  5: 'Stabilization, observation and disposition',
  6: 'Transportation and custodial transfer',
  7: 'Information exchange and confidentiality',
  8: 'Treatment, supports and services',
  9: 'Organizational support',
  10: 'Program evaluation and sustainability',
};
