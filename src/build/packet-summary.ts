import { ESSENTIAL_ELEMENTS } from '../answers/enums.js';
import type { RenderedDocument } from './render-packet.js';
import type { TemplateSource } from '../templating/load-templates.js';
import type { Answers } from '../answers/schema.js';
import { scoreAssessment } from '../assess/score.js';
import { partySigning, signersOfDocument, type PartySigning } from './document-signers.js';

/** What an overview template sees as `packet`: the other drafts of this build. */
export interface PacketSummary {
  documents: {
    id: string;
    title: string;
    kind: string;
    version: string;
    elements: number[];
    openItemCount: number;
    /** Who signs, adopts or issues it, in words ('' without answers). */
    signers: string;
  }[];
  /** Each organization and which signed documents it signs or adopts (empty without answers). */
  parties: PartySigning[];
  skipped: { id: string; title: string; reason: string }[];
  elements: { number: number; name: string; documents: string[]; covered: boolean }[];
  uncovered: string[];
  openItems: { document: string; label: string; sections: string[] }[];
  /** The same open items grouped by fact, in order of first appearance: one row per fact to settle. */
  openFacts: { label: string; places: string }[];
  /** The self-assessment's scores, when the answers rate at least one item. */
  assessment: { answered: number; total: number; overall: number; scores: string[] } | null;
}

/** Summarizes the rendered drafts for the packet overview: the element matrix and open items. */
export function summarizePacket(
  rendered: readonly RenderedDocument[],
  skipped: readonly { template: TemplateSource; reason: string }[],
  answers: Answers | null = null,
): PacketSummary {
  const documents = rendered.map(({ template, document, reason, openItems }) => ({
    id: template.meta.id,
    // The document's own title: the dispatch protocol is a joint operating procedure when the
    // 911 center is a separate organization, not the general order its template is named for.
    title: document.meta.title,
    kind: template.meta.kind,
    version: template.meta.version,
    elements: template.meta.elements,
    openItemCount: openItems.length,
    signers: answers ? signersOfDocument(answers, template.meta) : '',
    reason,
  }));
  const elements = Object.entries(ESSENTIAL_ELEMENTS).map(([n, name]) => {
    const number = Number(n);
    const covering = documents.filter((d) => d.elements.includes(number)).map((d) => d.title);
    return { number, name, documents: covering, covered: covering.length > 0 };
  });
  return {
    documents,
    skipped: skipped.map(({ template, reason }) => ({
      id: template.meta.id,
      title: template.meta.title,
      reason,
    })),
    parties: answers ? partySigning(answers) : [],
    elements,
    uncovered: elements.filter((e) => !e.covered).map((e) => e.name),
    openItems: rendered.flatMap(({ document, openItems }) =>
      openItems.map((item) => ({ document: document.meta.title, ...item })),
    ),
    openFacts: groupByFact(rendered),
    assessment: answers ? assessmentSummary(answers, rendered) : null,
  };
}

function assessmentSummary(
  answers: Answers,
  rendered: readonly RenderedDocument[],
): PacketSummary['assessment'] {
  const drafts = rendered.map(({ template, document, openItems }) => ({
    id: template.meta.id,
    title: document.meta.title,
    elements: template.meta.elements,
    blocks: document.blocks,
    openItems,
  }));
  const report = scoreAssessment(answers, drafts);
  if (report.answered === 0) return null;
  return {
    answered: report.answered,
    total: report.total,
    overall: report.overall,
    scores: report.elements.map((e) => `${e.name} ${e.score}%`),
  };
}

function groupByFact(rendered: readonly RenderedDocument[]): PacketSummary['openFacts'] {
  const places = new Map<string, string[]>();
  for (const { document, openItems } of rendered) {
    for (const item of openItems) {
      const where = item.sections.filter((s) => s !== 'preamble');
      // A numbered clause is a Section; an unnumbered part ("Adoption") is named by its title.
      const numbered = where.filter((s) => /^\d/.test(s));
      const parts = [
        ...(numbered.length === 0
          ? []
          : [`${numbered.length === 1 ? 'Section' : 'Sections'} ${numbered.join(', ')}`]),
        ...where.filter((s) => !/^\d/.test(s)).map((s) => `under “${s}”`),
      ];
      const sections = parts.length === 0 ? '' : ` (${parts.join('; ')})`;
      // The document's own title (a joint operating procedure is not its template's general order).
      places.set(item.label, [...(places.get(item.label) ?? []), `${document.meta.title}${sections}`]);
    }
  }
  return [...places].map(([label, where]) => ({ label, places: where.join('; ') }));
}
