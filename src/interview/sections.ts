import { STATE_NAMES } from '../answers/state-holds.js';
import { getIn, isRecord, type Draft } from './draft.js';
import { ASSESSMENT_ITEMS } from '../assess/items.js';

/**
 * The interview's own small tables: section order and titles, when a question is asked, and the
 * few choices that depend on earlier answers. The questions themselves come from the schema.
 * Keys are field patterns such as `partners[].part2_status`.
 */

export interface SectionInfo {
  /** The `section` in the schema's metadata. */
  id: string;
  title: string;
  intro: string;
  /** A section that may be skipped whole: asked first, and "no" moves on to the next section. */
  offer?: { message: string; help: string };
}

/** In the order of the program's essential elements. */
export const SECTIONS: SectionInfo[] = [
  {
    id: 'jurisdiction',
    title: 'Jurisdiction and lead agency',
    intro: 'Who the program serves and which agency leads it.',
  },
  {
    id: 'partners',
    title: 'Partners',
    intro: 'The organizations the agency works with: behavioral health, 911, 988, hospitals, schools.',
  },
  {
    id: 'program',
    title: 'Program design',
    intro: 'What the program does, who staffs it, and the local resources it relies on.',
  },
  { id: 'dispatch', title: 'Call-taking and dispatch', intro: 'How a call reaches the program.' },
  {
    id: 'disposition',
    title: 'Disposition and transport',
    intro: 'Where people are taken, emergency holds, and custodial transfer.',
  },
  {
    id: 'information_sharing',
    title: 'Information sharing',
    intro: 'What the partners share and how it is protected.',
  },
  { id: 'training', title: 'Training', intro: 'Who is trained, in what, and how often.' },
  { id: 'measures', title: 'Measures', intro: 'How the program is evaluated.' },
  {
    id: 'term',
    title: 'Funding, term and signatures',
    intro: 'Money, the agreement’s term, governance and liaisons.',
  },
  {
    id: 'assessment',
    title: 'Self-assessment',
    intro: 'Where the program stands on each essential element (for `pmhc assess`).',
    offer: {
      message: 'Rate the program on the 30 self-assessment items now?',
      help: 'Each item is rated not started, planning, in place or reviewed within a year. You can skip this and add it to the answers file later; `pmhc assess` turns it into a readiness report.',
    },
  },
];

type When = (draft: Draft, item: Record<string, unknown> | undefined) => boolean;

function listOf(draft: Draft, path: string[]): unknown[] {
  const value = getIn(draft, path);
  return Array.isArray(value) ? value : [];
}
const hasText = (value: unknown) => typeof value === 'string' && value.trim() !== '';
const hasModel = (model: string) => (draft: Draft) => listOf(draft, ['program', 'models']).includes(model);
const partners = (draft: Draft) => listOf(draft, ['partners']).filter(isRecord);
export const anyPart2 = (draft: Draft) =>
  partners(draft).some((p) => p.part2_status === 'part2-program' || p.part2_status === 'lawful-holder');
export const hasSchool = (draft: Draft) => partners(draft).some((p) => p.type === 'school-district');

/** Questions asked only under a condition; every other question is always asked. */
export const WHEN: Record<string, When> = {
  'program.co_responder_mode': hasModel('co-responder'),
  'resources.continuum_of_care': hasModel('homeless-outreach'),
  'resources.coordinated_entry': hasModel('homeless-outreach'),
  'information_sharing.hmis': hasModel('homeless-outreach'),
  'resources.encampment_notice': hasModel('homeless-outreach'),
  'resources.property_storage_period': hasModel('homeless-outreach'),
  'resources.property_storage_location': hasModel('homeless-outreach'),
  'staffing.vehicle_provider': hasModel('co-responder'),
  'general_orders.homeless-outreach-policy': hasModel('homeless-outreach'),
  'partners[].signatory': (_, item) => item?.signs_agreements !== false,
  // A signer's title only once there is a signer: a blank name means the head signs.
  'partners[].signatory.title': (_, item) => isRecord(item?.signatory) && hasText(item.signatory.name),
  'lead_agency.signatory.title': (draft) => hasText(getIn(draft, ['lead_agency', 'signatory', 'name'])),
  // The department's own name matters only when a legal entity acts through it.
  'partners[].unit': (_, item) => typeof item?.legal_entity === 'string',
  'lead_agency.unit': (draft) => typeof getIn(draft, ['lead_agency', 'legal_entity']) === 'string',
  // Per-document signing is for the rare partner that signs some agreements and not others; the
  // interview asks signs_agreements only, and the answers file's comment shows the per-document form.
  'partners[].signs': () => false,
  'disposition.receiving_facilities[].no_refusal': (_, item) => item?.accepts_police_dropoff !== false,
  ...assessmentFollowUps(),
};

/** An assessment item's evidence and owner are asked only once it has a rating. */
function assessmentFollowUps(): Record<string, When> {
  const rated = (id: string) => (draft: Draft) => getIn(draft, ['assessment', id, 'status']) != null;
  return Object.fromEntries(
    ASSESSMENT_ITEMS.flatMap((item) => [
      [`assessment.${item.id}.evidence`, rated(item.id)],
      [`assessment.${item.id}.owner`, rated(item.id)],
    ]),
  );
}

/** Choices shown only when they can apply (Part 2, FERPA and HMIS records). */
export const CHOICE_WHEN: Record<string, Record<string, (draft: Draft) => boolean>> = {
  'information_sharing.data_elements': {
    'sud-treatment': anyPart2,
    'school-records': hasSchool,
    'hmis-records': hasModel('homeless-outreach'),
  },
};

/** Partner types that may hold substance use disorder records (the Part 2 gate's default). */
const SUD_TYPES = new Set<string>([
  'county-behavioral-health',
  'mental-health-authority',
  'nonprofit-provider',
  'crisis-center',
  'hospital',
  'receiving-facility',
]);

/** A yes/no asked before a question; "no" answers the question with `no` (not written otherwise). */
export interface Gate {
  message: (item: Record<string, unknown>) => string;
  help: string;
  default: (item: Record<string, unknown>) => boolean;
  no: unknown;
}

export const GATES: Record<string, Gate> = {
  'partners[].part2_status': {
    message: (item) =>
      `Does ${String(item.short_name ?? item.name ?? 'this partner')} provide substance use disorder treatment, or receive records of it?`,
    help: 'Records of substance use disorder treatment are protected by 42 CFR Part 2. Answer "no" for most 911 centers, schools and police agencies.',
    default: (item) => SUD_TYPES.has(String(item.type)),
    no: 'not-part2',
  },
};

/** Fields that name a party: asked as a pick among the partners (and `lead`). */
export const PARTY_REFS: Record<string, { lead: boolean }> = {
  'staffing.clinician_employer': { lead: true },
  'agreement.liaisons[].party': { lead: true },
  'information_sharing.privacy_officers[].party': { lead: true },
  'disposition.receiving_facilities[].operator': { lead: true },
};

/** Labels for choices whose schema labels are bare codes. */
export const CHOICE_LABELS: Record<string, (value: string) => string> = {
  'jurisdiction.state': (code) => `${STATE_NAMES[code] ?? code} (${code})`,
};

/** Item fields asked first, when the schema's order reads badly (a partner's id after its name). */
export const ITEM_ORDER: Record<string, string[]> = {
  partners: ['name', 'short_name', 'id'],
};

/** What one item of a repeating group is called, and how it is listed. */
export const ITEMS: Record<string, { noun: string; label: (item: Record<string, unknown>) => string }> = {
  partners: { noun: 'partner', label: (p) => `${String(p.name ?? '(no name)')} (${String(p.id ?? '?')})` },
  receiving_facilities: { noun: 'receiving facility', label: (f) => String(f.name ?? '(no name)') },
  cad_codes: { noun: 'CAD code', label: (c) => `${String(c.code ?? '?')}: ${String(c.meaning ?? '')}` },
  liaisons: {
    noun: 'liaison',
    label: (l) => `${String(l.name ?? '(no name)')} for ${String(l.party ?? '?')}`,
  },
  privacy_officers: {
    noun: 'privacy officer',
    label: (l) => `${String(l.name ?? '(no name)')} for ${String(l.party ?? '?')}`,
  },
  sources: { noun: 'funding source', label: (s) => String(s.name ?? '(no name)') },
};

/** Titles for nested groups whose schema has no description. */
export const GROUP_TITLES: Record<string, string> = {
  'lead_agency.head': 'The head of the agency',
  'lead_agency.signatory': 'Who signs for the lead agency (leave blank if the head signs)',
  'partners[].signatory': 'Who signs for this partner',
  'information_sharing.breach_contact': 'Who receives breach notices',
};

/** Shorter names of groups in the summary, where the group's title is a sentence. */
export const SUMMARY_TITLES: Record<string, string> = {
  'disposition.state_hold': 'Emergency hold',
};

/** A short id suggested from a partner's name: "County Behavioral Health" -> "county-behavioral-health". */
export function suggestId(item: Record<string, unknown>): string | undefined {
  const source = String(item.short_name ?? item.name ?? '');
  const id = source
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return shortId(id) || undefined;
}

const LINKING_WORDS = new Set(['and', 'of', 'the', 'for', 'inc', 'llc', 'a', 'an', 'to', 'in']);

/** At most 24 characters, cut between words, without a dangling "and"/"of". */
function shortId(id: string): string {
  const words = id.split('-').filter(Boolean);
  const kept: string[] = [];
  for (const word of words) {
    if ([...kept, word].join('-').length > 24) break;
    kept.push(word);
  }
  while (kept.length > 1 && LINKING_WORDS.has(kept.at(-1)!)) kept.pop();
  return kept.length > 0 ? kept.join('-') : id.slice(0, 24);
}
