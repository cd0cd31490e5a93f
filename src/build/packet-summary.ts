import { ESSENTIAL_ELEMENTS } from '../answers/enums.js';
import type { RenderedDocument } from './render-packet.js';
import type { TemplateSource } from '../templating/load-templates.js';

/** What an overview template sees as `packet`: the other drafts of this build. */
export interface PacketSummary {
  documents: {
    id: string;
    title: string;
    kind: string;
    version: string;
    elements: number[];
    openItemCount: number;
  }[];
  skipped: { id: string; title: string; reason: string }[];
  elements: { number: number; name: string; documents: string[]; covered: boolean }[];
  uncovered: string[];
  openItems: { document: string; label: string; sections: string[] }[];
}

/** Summarizes the rendered drafts for the packet overview: the element matrix and open items. */
export function summarizePacket(
  rendered: readonly RenderedDocument[],
  skipped: readonly { template: TemplateSource; reason: string }[],
): PacketSummary {
  const documents = rendered.map(({ template, reason, openItems }) => ({
    id: template.meta.id,
    title: template.meta.title,
    kind: template.meta.kind,
    version: template.meta.version,
    elements: template.meta.elements,
    openItemCount: openItems.length,
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
    elements,
    uncovered: elements.filter((e) => !e.covered).map((e) => e.name),
    openItems: rendered.flatMap(({ template, openItems }) =>
      openItems.map((item) => ({ document: template.meta.title, ...item })),
    ),
  };
}
