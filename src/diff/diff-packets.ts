import type { Document } from '../ast/types.js';
import type { RenderedPacket } from '../build/render-packet.js';
import { counselSheetId } from '../document/assemble-document.js';

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

/** Each file a packet writes, by id: a template's document, and after a form its counsel sheet. */
function filesOf(packet: RenderedPacket): { id: string; formId: string; document: Document }[] {
  return packet.documents.flatMap(({ template, document, counselSheet }) => [
    { id: template.meta.id, formId: template.meta.id, document },
    ...(counselSheet
      ? [{ id: counselSheetId(template.meta.id), formId: template.meta.id, document: counselSheet }]
      : []),
  ]);
}

/**
 * Pairs the documents of two rendered packets by template id (a form's counsel sheet by the
 * sheet's id, after its form), in the new packet's order, then those that disappeared. Two
 * documents are unchanged when their blocks are equal, whatever produced them (new answers, a
 * new template version, or both): the header's version and date alone do not make a redline.
 * A sheet added or removed gives the reason of its form.
 */
export function diffPackets(before: RenderedPacket, after: RenderedPacket): DocumentPair[] {
  const oldFiles = filesOf(before);
  const newFiles = filesOf(after);
  const old = new Map(oldFiles.map((f) => [f.id, f.document]));
  const pairs: DocumentPair[] = newFiles.map(({ id, formId, document }) => {
    const previous = old.get(id) ?? null;
    const status = previous === null ? 'added' : sameBlocks(previous, document) ? 'unchanged' : 'changed';
    const reason = before.skipped.find((s) => s.id === formId)?.reason ?? null;
    return { id, title: document.meta.title, before: previous, after: document, status, reason };
  });
  for (const { id, formId, document } of oldFiles) {
    if (newFiles.some((f) => f.id === id)) continue;
    const reason = after.skipped.find((s) => s.id === formId)?.reason ?? 'its template is gone';
    pairs.push({ id, title: document.meta.title, before: document, after: null, status: 'removed', reason });
  }
  return pairs;
}

function sameBlocks(a: Document, b: Document): boolean {
  return JSON.stringify(a.blocks) === JSON.stringify(b.blocks);
}
