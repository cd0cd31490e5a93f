import { counselSheetId } from '../document/assemble-document.js';

/** A file-name-safe slug: ASCII letters and digits joined by dashes, never a path. */
export function slugify(text: string, max = 48): string {
  const ascii = text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
  const slug = ascii
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, max)
    .replace(/-+$/, '');
  return slug || 'jurisdiction';
}

/** `riverbend-co-responder-mou.docx`: derived from the jurisdiction and template id only. */
export function outputFileName(jurisdiction: string, templateId: string, extension: string): string {
  return `${slugify(jurisdiction)}-${slugify(templateId, 64)}.${extension}`;
}

/** The ids of the files a template writes: its own, and a form's counsel sheet. */
export function draftIdsOf(meta: { id: string; kind: string }): string[] {
  return meta.kind === 'form' ? [meta.id, counselSheetId(meta.id)] : [meta.id];
}
