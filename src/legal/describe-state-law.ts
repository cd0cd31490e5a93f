import { STATE_NAMES, stateHoldOf, type StateHold } from '../answers/state-holds.js';
import { stateLawFileOf } from './state-law-files.js';
import { FACT_KEYS, type FactKey, type StateLawFact } from './state-law-schema.js';
import { AGREEMENT_KEYS, CONFIDENTIALITY_KEYS, FACT_LABELS } from './state-law-labels.js';

/** What `pmhc law STATE --json` prints: every fact with its source, and what is left for counsel. */
export interface StateLawReport {
  state: string;
  stateName: string;
  /** Whether data/state-law/ holds a file for the state. */
  hasFile: boolean;
  verifiedOn: string | null;
  reviewBy: string | null;
  reviewOverdue: boolean;
  terms: Record<string, unknown> | null;
  facts: ({ key: FactKey; heading: string } & StateLawFact)[];
  /** The state's row of data/state-holds.json (the older, shorter table), when it has one. */
  holdTable: StateHold | null;
  leftForCounsel: { topic: string; heading: string; note: string }[];
}

/** The report for a state code, as of `today` (YYYY-MM-DD). */
export function describeStateLaw(state: string, today: string): StateLawReport {
  const file = stateLawFileOf(state);
  const hold = stateHoldOf(state);
  const facts = FACT_KEYS.flatMap((key) => {
    const fact = file?.facts[key];
    return fact ? [{ key, heading: FACT_LABELS[key], ...fact }] : [];
  });
  const missing = FACT_KEYS.filter((key) => !file?.facts[key]);
  const notes = file?.counsel_notes ?? [];
  const leftForCounsel = [
    ...missing.map((key) => ({
      topic: key,
      heading: FACT_LABELS[key],
      note:
        notes.find((n) => n.topic === key)?.note ??
        (file ? 'No verified text on file.' : 'No verified statement of this state’s law is on file.'),
    })),
    ...facts.flatMap((f) =>
      f.counsel_note ? [{ topic: f.key, heading: f.heading, note: f.counsel_note }] : [],
    ),
    ...notes
      .filter((n) => !(FACT_KEYS as readonly string[]).includes(n.topic))
      .map((n) => ({ topic: n.topic, heading: 'Sources and later sessions', note: n.note })),
  ];
  return {
    state,
    stateName: STATE_NAMES[state] ?? state,
    hasFile: file !== null,
    verifiedOn: file?.verified_on ?? null,
    reviewBy: file?.review_by ?? null,
    reviewOverdue: file !== null && today > file.review_by,
    terms: file ? { ...file.terms } : null,
    facts,
    holdTable: hold.status === 'unknown' ? null : hold,
    leftForCounsel,
  };
}

const SOURCE_KINDS: Record<StateLawFact['source']['kind'], string> = {
  official: 'official text',
  'official-bill-text': 'official bill text (may predate a later amendment)',
  'secondary-copy': 'secondary copy',
};

/** The report as text for a terminal: what is known, each with its source, then what is not. */
export function formatStateLawReport(report: StateLawReport): string {
  const lines: string[] = [];
  const title = `${report.stateName} (${report.state})`;
  if (!report.hasFile) {
    lines.push(
      `${title}: no verified statement of the state's detention and confidentiality law is on file.`,
    );
    if (report.holdTable) {
      const h = report.holdTable;
      lines.push(
        '',
        `Emergency-hold table (data/state-holds.json, ${h.status}, checked ${h.verified_on ?? 'on no date'}):`,
      );
      for (const [label, value] of [
        ['Citation', h.citation],
        ['Common name', h.common_name],
        ['Officer may initiate', h.officer_may_initiate],
        ['Initial hold', h.initial_hold],
        ['Forms', h.forms],
        ['Source', h.source],
      ] as const) {
        if (value) lines.push(`  ${label}: ${value}`);
      }
    }
  } else {
    const terms = report.terms as { detention: string; statute: string };
    lines.push(`${title}: ${terms.detention} (${terms.statute})`);
    lines.push(
      `Facts verified ${report.verifiedOn}; review by ${report.reviewBy}${report.reviewOverdue ? ' (REVIEW DATE PASSED: re-verify before use)' : ''}.`,
    );
    for (const [heading, inGroup] of [
      [
        'Detention procedure',
        (k: FactKey) => !CONFIDENTIALITY_KEYS.includes(k) && !AGREEMENT_KEYS.includes(k),
      ],
      [
        'Confidentiality, minors’ consent and breach notification',
        (k: FactKey) => CONFIDENTIALITY_KEYS.includes(k),
      ],
      ['Agreements: authority and liability', (k: FactKey) => AGREEMENT_KEYS.includes(k)],
    ] as const) {
      const group = report.facts.filter((f) => inGroup(f.key));
      if (group.length === 0) continue;
      lines.push('', heading);
      for (const f of group) {
        lines.push(`  ${f.heading}`, `    ${f.statement}`, `    Citation: ${f.citation}`);
        lines.push(`    Source: ${SOURCE_KINDS[f.source.kind]}, ${f.source.url}`);
        lines.push(
          `      (${f.source.note})`,
          `    Checked against: "${f.excerpt}"`,
          `    Verified on: ${f.verified_on}`,
        );
        if (f.as_amended) lines.push(`    As amended: ${f.as_amended}`);
        if (f.places) lines.push(`    Places, in the statute's order: ${f.places.join('; else ')}`);
        if (f.condition) lines.push(`    Only with: ${f.condition}`);
        for (const b of f.disclosure_bases ?? []) {
          lines.push(`    Disclosure basis (${b.basis}): ${b.statement} (${b.citation})`);
        }
        if (f.binds) lines.push(`    Binds: ${f.binds}`);
        if (f.more_stringent_than_hipaa !== undefined) {
          const s = f.more_stringent_than_hipaa;
          lines.push(
            `    More stringent than HIPAA: ${s === null ? 'for counsel to decide' : s ? 'yes' : 'no'}`,
          );
        }
      }
    }
  }
  lines.push('', 'Left for counsel');
  for (const item of report.leftForCounsel) lines.push(`  - ${item.heading}: ${item.note}`);
  return `${lines.join('\n')}\n`;
}
