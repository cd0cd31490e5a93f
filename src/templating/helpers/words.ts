import {
  AGENCY_TYPES,
  CADENCES,
  CIT_SELECTION,
  CO_RESPONDER_MODES,
  DATA_ELEMENTS,
  FACILITY_TYPES,
  FUNDING_TYPES,
  HIPAA_STATUSES,
  LIABILITY_ARRANGEMENTS,
  LINK_988,
  MEASURES,
  PART2_STATUSES,
  PARTNER_TYPES,
  PROGRAM_MODELS,
  RENEWALS,
  TRANSPORT_MODES,
} from '../../answers/enums.js';

/** Label tables templates may name in `label "table" key`. */
export const LABEL_TABLES: Record<string, Record<string, string>> = {
  agency: AGENCY_TYPES,
  partner: PARTNER_TYPES,
  hipaa: HIPAA_STATUSES,
  part2: PART2_STATUSES,
  model: PROGRAM_MODELS,
  coResponderMode: CO_RESPONDER_MODES,
  facility: FACILITY_TYPES,
  transport: TRANSPORT_MODES,
  dataElement: DATA_ELEMENTS,
  liability: LIABILITY_ARRANGEMENTS,
  renewal: RENEWALS,
  cadence: CADENCES,
  citSelection: CIT_SELECTION,
  measure: MEASURES,
  funding: FUNDING_TYPES,
  link988: LINK_988,
};

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** "March 1, 2026" from "2026-03-01"; computed from the digits so no time zone can move it. */
export function longDate(iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) throw new Error(`cannot format date \`${iso}\`, expected YYYY-MM-DD`);
  const [, year, month, day] = match;
  return `${MONTHS[Number(month) - 1]} ${Number(day)}, ${year}`;
}

/** "A", "A and B", "A, B, and C" (with the serial comma, as American legal drafting prefers). */
export function joinList(items: readonly unknown[], conjunction = 'and'): string {
  const words = items.map(String);
  if (words.length <= 1) return words.join('');
  if (words.length === 2) return `${words[0]} ${conjunction} ${words[1]}`;
  return `${words.slice(0, -1).join(', ')}, ${conjunction} ${words.at(-1)}`;
}

/** The Markdown of a visible blank, collected into the document's open items. */
export function blankMarkdown(label: string): string {
  return `[[?${label.replace(/[[\]]/g, '')}]]`;
}
