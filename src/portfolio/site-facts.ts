import { ESSENTIAL_ELEMENTS } from '../answers/enums.js';
import { summarizePacket } from '../build/packet-summary.js';
import type { RenderedPacket } from '../build/render-packet.js';
import { stateLawOf } from '../legal/state-law.js';

/** What the portfolio report says of one site, from its rendered packet. Plain data (it crosses threads). */
export interface SiteFacts {
  jurisdiction: string;
  state: string;
  /** The packet's date (YYYY-MM-DD), or null when undated. */
  draftDate: string | null;
  documents: { id: string; title: string; openItems: number }[];
  skipped: { id: string; reason: string }[];
  /** Open items over the whole packet, and the distinct facts they come down to. */
  openItems: number;
  openFacts: number;
  /** The essential elements (1–10) some draft of the packet addresses. */
  elementsCovered: number[];
  /** The self-assessment's overall score (percent), when the answers rate any item. */
  assessment: number | null;
  stateLaw: { verified: boolean; verifiedOn: string | null; reviewBy: string | null; overdue: boolean };
  effectiveDate: string | null;
  /** The last day of the agreements' term: the effective date plus the term, or null when either is open. */
  termEnds: string | null;
}

/** The facts of a site from its rendered packet; `draftDate` is the packet's date (YYYY-MM-DD or ''). */
export function siteFacts(packet: RenderedPacket, draftDate: string): SiteFacts {
  const { answers } = packet;
  const summary = summarizePacket(packet.documents, [], answers);
  const law = stateLawOf(answers.jurisdiction.state, draftDate);
  return {
    jurisdiction: answers.jurisdiction.name,
    state: answers.jurisdiction.state,
    draftDate: draftDate === '' ? null : draftDate,
    documents: packet.documents.map((d) => ({
      id: d.template.meta.id,
      title: d.template.meta.title,
      openItems: d.openItems.length,
    })),
    skipped: packet.skipped,
    openItems: summary.openItems.length,
    openFacts: summary.openFacts.length,
    elementsCovered: summary.elements.filter((e) => e.covered).map((e) => e.number),
    assessment: summary.assessment?.overall ?? null,
    stateLaw: {
      verified: law.hasData,
      verifiedOn: law.verifiedOn,
      reviewBy: law.reviewBy,
      overdue: law.reviewOverdue,
    },
    effectiveDate: answers.agreement.effective_date ?? null,
    termEnds: termEnd(answers.agreement.effective_date ?? null, answers.agreement.term_years ?? null),
  };
}

/** YYYY-MM-DD plus whole years, less a day (a term of 3 years from 2027-03-01 ends 2030-02-28). */
export function termEnd(effective: string | null, years: number | null): string | null {
  if (effective === null || years === null) return null;
  const [y, m, d] = effective.split('-').map(Number) as [number, number, number];
  const end = new Date(Date.UTC(y + years, m - 1, d) - 86_400_000);
  return end.toISOString().slice(0, 10);
}

export const ELEMENT_COUNT = Object.keys(ESSENTIAL_ELEMENTS).length;
