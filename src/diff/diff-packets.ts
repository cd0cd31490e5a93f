import type { Document } from '../ast/types.js';
import type { RenderedPacket } from '../build/render-packet.js';

/** One document across two versions of a packet. */
export interface DocumentPair {
  id: string;
  title: string;
  before: Document | null;
  after: Document | null;
  status: 'changed' | 'unchanged' | 'added' | 'removed';
  /** Why a document is no longer (or not yet) in the packet, from the packet's skipped list. */
  reason: string | null;
}

/**
 * Pairs the documents of two rendered packets by template id, in the new packet's order, then
 * those that disappeared. Two documents are unchanged when their blocks are equal, whatever
 * produced them (new answers, a new template version, or both): the header's version and date
 * alone do not make a redline.
 */
export function diffPackets(before: RenderedPacket, after: RenderedPacket): DocumentPair[] {
  const old = new Map(before.documents.map((d) => [d.template.meta.id, d.document]));
  const pairs: DocumentPair[] = after.documents.map(({ template, document }) => {
    const previous = old.get(template.meta.id) ?? null;
    const status = previous === null ? 'added' : sameBlocks(previous, document) ? 'unchanged' : 'changed';
    const reason = before.skipped.find((s) => s.id === template.meta.id)?.reason ?? null;
    return {
      id: template.meta.id,
      title: document.meta.title,
      before: previous,
      after: document,
      status,
      reason,
    };
  });
  for (const { template, document } of before.documents) {
    if (after.documents.some((d) => d.template.meta.id === template.meta.id)) continue;
    const reason = after.skipped.find((s) => s.id === template.meta.id)?.reason ?? 'its template is gone';
    pairs.push({
      id: template.meta.id,
      title: document.meta.title,
      before: document,
      after: null,
      status: 'removed',
      reason,
    });
  }
  return pairs;
}

function sameBlocks(a: Document, b: Document): boolean {
  return JSON.stringify(a.blocks) === JSON.stringify(b.blocks);
}
