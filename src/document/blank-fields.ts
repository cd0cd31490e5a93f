import { blankPaths } from '../answers/blank-paths.js';

/**
 * Which answer fills each blank of the drafts, for the Open Items ("answers: measures.evaluator").
 * Most come from the schema itself (a field's `blank` label); the table below covers the blanks
 * templates and the legal model write directly. A blank that is not one fact of the answers file
 * says what it is instead: text the parties draft together, or a legal determination for counsel.
 * tests/document/blank-fields.test.ts fails on a blank of any template that is in none of these.
 */
const FILLED_BY: Record<string, string> = {
  'BRING THE 911 CENTER IN AS A PARTY, OR CONFIRM IT STAYS OUTSIDE':
    'partners[].roles: psap, partners[].signs',
  'BRING THE 988 CENTER IN AS A PARTY, OR CONFIRM IT STAYS OUTSIDE':
    'partners[].roles: 988-center, partners[].signs',
  'BRING THE EMS PROVIDER IN AS A PARTY, OR CONFIRM IT STAYS OUTSIDE':
    'partners[].roles: ems, partners[].signs',
  'TITLE OF COUNSEL': 'lead_agency.counsel, partners[].counsel',
  'PARTNERS THAT ADOPT THIS PLAN': 'partners[].signs_agreements',
  'LEGAL BASIS OF THE RELAY BY THE 988 CENTER': 'partners[].roles: 988-center, partners[].signs',
  'EFFECTIVE DATE ON OR AFTER SIGNATURE': 'agreement.effective_date',
  '911 CENTER TO SIGN AS A PARTY': 'partners[].roles: psap (or lead_agency.roles)',
  '988 CENTER TO SIGN AS A PARTY': 'partners[].roles: 988-center',
  'EMS AGENCY TO SIGN AS A PARTY': 'partners[].roles: ems',
  'EMS AGENCY': 'partners[].roles: ems',
  'ADVOCACY ORGANIZATION': 'partners[].roles: advocacy',
  'MOBILE CRISIS PROVIDER': 'partners[].roles: mobile-crisis',
  'ORGANIZATION THAT RUNS THE COMMUNITY RESPONDERS': 'partners[].roles: mobile-crisis',
  'OUTREACH PROVIDERS': 'partners[].roles: housing',
  'BEHAVIORAL-HEALTH PROVIDER': 'partners[].roles: behavioral-health-provider',
  'BEHAVIORAL-HEALTH PARTNER THAT NAMES THE MENTAL-HEALTH COORDINATOR':
    'partners[].roles: behavioral-health-provider',
  'MENTAL-HEALTH PARTNER THAT APPOINTS THE COORDINATOR': 'partners[].roles: behavioral-health-provider',
  'MENTAL-HEALTH AUTHORITY OR CRISIS CENTER': 'partners[].type',
  'HIPAA STATUS': 'partners[].hipaa_status',
  'PART 2 STATUS': 'partners[].part2_status',
  'LEGAL BASIS: PRIVACY STATUS TO BE DETERMINED': 'partners[].hipaa_status, partners[].part2_status',
  'SIGNING AUTHORITY': 'partners[].signatory.authority, lead_agency.signatory.authority',
  'AGENCY HEAD NAME': 'lead_agency.head.name',
  'AGENCY HEAD TITLE': 'lead_agency.head.title',
  'ACCEPTS PEOPLE ON A HOLD?': 'disposition.receiving_facilities[].accepts_involuntary',
  'ACCEPTS POLICE DROP-OFFS?': 'disposition.receiving_facilities[].accepts_police_dropoff',
  'CONFIRM WITH FACILITY':
    'disposition.receiving_facilities[].accepts_police_dropoff, disposition.receiving_facilities[].no_refusal, disposition.receiving_facilities[].accepts_involuntary',
  'CONFIRM NO-REFUSAL WITH FACILITY': 'disposition.receiving_facilities[].no_refusal',
  'CONFIRM HOLDS WITH FACILITY': 'disposition.receiving_facilities[].accepts_involuntary',
  'CONFIRM DROP-OFFS WITH FACILITY': 'disposition.receiving_facilities[].accepts_police_dropoff',
  'KIND OF FACILITY': 'disposition.receiving_facilities[].type',
  'MEDICAL-CLEARANCE CRITERIA OF EACH FACILITY': 'disposition.receiving_facilities[].medical_clearance',
  'RECEIVING FACILITY': 'disposition.receiving_facilities',
  'SINGLE POINT OF ENTRY': 'disposition.receiving_facilities[].no_refusal: true',
  'TRANSPORT MODE': 'disposition.transport_mode',
  'USUAL TRANSPORT MODE': 'disposition.transport_mode',
  'HOLD STATUTE CITATION': 'disposition.state_hold.citation',
  'WHO MAY INITIATE A HOLD': 'disposition.state_hold.officer_may_initiate',
  'BREACH CONTACT NAME': 'information_sharing.breach_contact.name',
  'BREACH CONTACT TITLE': 'information_sharing.breach_contact.title',
  'BREACH CONTACT EMAIL': 'information_sharing.breach_contact.email',
  'BREACH CONTACT TELEPHONE': 'information_sharing.breach_contact.phone',
  'PRIVACY OFFICER': 'information_sharing.privacy_officers[].name',
  'PRIVACY OFFICER TITLE': 'information_sharing.privacy_officers[].title',
  'PRIVACY OFFICER EMAIL': 'information_sharing.privacy_officers[].email',
  'PRIVACY OFFICER TELEPHONE': 'information_sharing.privacy_officers[].phone',
  'DATA ELEMENTS TO BE SHARED': 'information_sharing.data_elements',
  'SYSTEMS THAT HOLD PROGRAM INFORMATION': 'information_sharing.systems',
  'LIAISON NAME': 'agreement.liaisons[].name',
  'LIAISON TITLE': 'agreement.liaisons[].title',
  'CAD CODE': 'dispatch.cad_codes[].code',
  'CAD CODES': 'dispatch.cad_codes',
  'CAD CODES FOR BEHAVIORAL-HEALTH CALLS': 'dispatch.cad_codes',
  MEANING: 'dispatch.cad_codes[].meaning',
  'MEANING OF THE CODE': 'dispatch.cad_codes[].meaning',
  'HOW 911 AND 988 CONNECT': 'dispatch.link_988',
  'RESPONSE TARGET': 'dispatch.response_target_minutes',
  'CIT SELECTION METHOD': 'training.cit_selection',
  'CIT SELECTION STEPS': 'training.cit_selection',
  'CLINICIAN EMPLOYER': 'staffing.clinician_employer',
  'EMPLOYER OF THE EMBEDDED CLINICIANS': 'staffing.clinician_employer',
  'EMPLOYER OF THE CLINICIANS': 'staffing.clinician_employer',
  'ORGANIZATION THAT MAKES FOLLOW-UP CONTACTS':
    'staffing.clinician_employer, partners[].roles: mobile-crisis',
  'NUMBER OF OFFICERS': 'staffing.officers_assigned',
  'CO-RESPONDER MODE: SAME VEHICLE, SEPARATE VEHICLE OR ON CALL': 'program.co_responder_mode',
  'ELIGIBLE CALLS': 'program.eligible_calls',
  'EXCLUDED CALLS': 'program.excluded_calls',
  'SAFETY EXCLUSIONS': 'program.excluded_calls',
  'MEASURABLE GOALS': 'program.goals',
  'MEASURES TO BE REPORTED': 'measures.selected',
  'REPORTING FREQUENCY': 'measures.reporting_cadence',
  'REVIEW FREQUENCY': 'measures.reporting_cadence',
  'MEETING FREQUENCY': 'agreement.steering_cadence',
  'QUALITY REVIEW FREQUENCY': 'agreement.steering_cadence',
  'LIABILITY ARRANGEMENT': 'agreement.liability',
  'RENEWS AUTOMATICALLY, RENEWS ONLY BY WRITTEN AMENDMENT, OR DOES NOT RENEW': 'agreement.renewal',
  'FUNDING SOURCE': 'funding.sources',
  'WHAT IT PAYS FOR': 'funding.sources[].pays_for',
  NAME: 'agreement.liaisons[].name',
  TITLE: 'agreement.liaisons[].title',
  EMAIL: 'agreement.liaisons[].email, information_sharing.privacy_officers[].email',
  TELEPHONE: 'agreement.liaisons[].phone, information_sharing.privacy_officers[].phone',
  'GENERAL ORDER NUMBER': 'general_orders.<document id>.number',
  'ORDERS RESCINDED, OR NONE': 'general_orders.<document id>.rescinds',
};

/** Blanks that stand for text the parties write into the draft together, not one fact. */
const DRAFTED: Record<string, string> = {
  'COMMITMENTS OF THIS PARTNER': 'the commitments this partner negotiates',
  'CONTRIBUTION TO TRAINING': 'what this partner brings to training',
  DEFINITION: 'the measure’s definition, written with the evaluator',
  'DATA SOURCE': 'the measure’s data source, chosen with the evaluator',
  'WHO COLLECTS': 'who collects the measure, agreed with the evaluator',
  OWNER: 'the owner of this step, chosen by the program team',
  'DUE DATE': 'the date this step is due, set by the program team',
  'WHAT MAY BE TOLD TO LAW ENFORCEMENT':
    'what the Part 2 program may tell law enforcement, agreed in the information-sharing agreement’s flows',
  'WHY IT MAY BE TOLD':
    'why the Part 2 program may tell law enforcement, agreed in the information-sharing agreement’s flows',
  'SECURE TRANSPORT PROVIDER': 'the contracted secure transport provider, by name',
  'HOW THE 988 CENTER GETS IN-PERSON HELP TO A CALLER NOT AT IMMINENT RISK':
    'how the 988 center and the in-person teams agree to reach a caller who needs help but is not at imminent risk, with counsel on what the 988 center may pass on',
  'TIME WITHIN WHICH A 988 COUNSELOR ACCEPTS A TRANSFER':
    'the time the 911 center and the 988 center agree on',
  'NAME OF COUNSEL': 'the lawyer who approves the document as to form, named at signature',
  'NAME OF CLERK': 'the clerk who attests the signature, named at signature',
  'GOVERNING BODY APPROVAL OF THIS AGREEMENT':
    'the governing body’s action (body, order or resolution, date) that approves an internal operating agreement of its units',
  'OFFICIAL OR BODY THAT DECIDES BETWEEN THE UNITS':
    'the official or body of the entity that settles a dispute its units cannot, named by the entity',
  'TITLE OF THE ATTESTING CLERK':
    'the title of the county’s attesting clerk (a Clerk of the Board, or the County Clerk)',
};

/** A translation of the consent form that the answers ask for (consent.languages) and pmhc-docs lacks. */
const TRANSLATION = / TRANSLATION OF THE CONSENT FORM$/;

/** Blanks that only counsel can fill: legal determinations, never a fact a coordinator states. */
const FOR_COUNSEL = new Set([
  'DATE VERIFIED',
  'BASIS UNDER STATE CONFIDENTIALITY LAW',
  'PART 2 BASIS FOR EVALUATION (42 CFR 2.52 OR 2.53)',
  'WHO SIGNS FOR A MINOR WHERE THIS RULE DOES NOT APPLY',
  'QUALIFIED SERVICE ORGANIZATION STATUS, FOR COUNSEL',
]);

/** State-law facts the verified data leaves open: only counsel may state them (src/legal/state-law). */
const FOR_COUNSEL_PATTERNS = [
  / UNDER [A-Z .'-]+ LAW$/,
  /^STATE DETENTION /,
  /^STATE LAW TO BE RE-VERIFIED/,
  /^COUNSEL TO CONFIRM /,
];

let fromSchema: Map<string, string[]> | null = null;

/**
 * How a blank gets filled: the answers field(s), or what it stands for; null when nothing says.
 * `documentId` names the general order whose own fields fill its number and what it rescinds.
 */
export function fillerOfBlank(label: string, documentId = '<document id>'): string | null {
  const listed = FILLED_BY[label];
  if (listed) return `answers: ${listed.replace('<document id>', documentId)}`;
  fromSchema ??= blankPaths();
  const paths = fromSchema.get(label);
  if (paths) return `answers: ${paths.join(', ')}`;
  const drafted = DRAFTED[label];
  if (drafted) return `to draft: ${drafted}`;
  if (TRANSLATION.test(label))
    return 'to draft: a translation certified by a qualified translator (consent.languages)';
  if (FOR_COUNSEL.has(label) || FOR_COUNSEL_PATTERNS.some((p) => p.test(label)))
    return 'for counsel to determine';
  return null;
}

/** The answers paths the table names (for the test that each exists in the schema). */
export function listedPaths(): string[] {
  return Object.values(FILLED_BY).flatMap((text) =>
    text
      .replace(/\s*\(or ([^)]+)\)/, ', $1')
      .split(', ')
      .map((part) => part.replace(/:.*$/, '').trim()),
  );
}
