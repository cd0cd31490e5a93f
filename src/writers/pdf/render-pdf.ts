import { createHash } from 'node:crypto';
import { PDFDocument, PDFHexString, type PDFFont } from 'pdf-lib';
import type { Document } from '../../ast/types.js';
import { fontkitAdapter } from './fontkit-adapter.js';
import type { FontSet, LoadedFont } from './fonts.js';
import type { Layout } from './layout-types.js';
import { addOutline } from './outline.js';
import { paintLayout } from './paint.js';

function parseTimestamp(value: string): Date {
  const date = new Date(value);
  if (Number.isNaN(date.getTime()))
    throw new Error(`cannot read meta.timestamp \`${value}\`, expected an ISO date`);
  return date;
}

/** Six capital letters from a hash: the subset tag PDF expects before a subset font's name. */
function subsetTag(hash: string, key: string): string {
  const digest = createHash('sha256').update(hash).update(key).digest();
  return Array.from(digest.subarray(0, 6), (byte) => String.fromCharCode(65 + (byte % 26))).join('');
}

/**
 * Paints a layout into PDF bytes: subset fonts, outline, metadata. Deterministic: no clock
 * (dates come from the document), a trailer /ID and subset tags derived from the content.
 */
export async function renderPdf(doc: Document, layout: Layout, fonts: FontSet): Promise<Uint8Array> {
  const date = parseTimestamp(doc.meta.timestamp);
  const contentHash = createHash('md5')
    .update(JSON.stringify(doc.meta))
    .update(JSON.stringify(layout))
    .digest('hex');

  const pdf = await PDFDocument.create({ updateMetadata: false });
  pdf.registerFontkit(fontkitAdapter);
  const used = new Set<string>();
  for (const page of layout.pages)
    for (const line of page.lines) for (const run of line.runs) if (run.kind === 'text') used.add(run.font);
  const embedded = new Map<string, PDFFont>();
  const all: LoadedFont[] = [...Object.values(fonts.faces), ...fonts.fallbacks];
  for (const loaded of all) {
    if (!used.has(loaded.key)) continue;
    const customName = `${subsetTag(contentHash, loaded.key)}+${loaded.font.postscriptName || loaded.key}`;
    embedded.set(loaded.key, await pdf.embedFont(loaded.bytes, { subset: true, customName }));
  }

  const pages = paintLayout(pdf, layout, embedded);
  addOutline(pdf, pages, layout.anchors, layout.height);

  const { meta } = doc;
  pdf.setTitle(meta.title, { showInWindowTitleBar: true });
  pdf.setAuthor(meta.author);
  pdf.setSubject(meta.subject);
  pdf.setKeywords(meta.keywords);
  pdf.setLanguage(meta.language);
  pdf.setCreator('pmhc-docs');
  pdf.setProducer('pmhc-docs (pdf-lib)');
  pdf.setCreationDate(date);
  pdf.setModificationDate(date);
  const id = PDFHexString.of(contentHash);
  pdf.context.trailerInfo.ID = pdf.context.obj([id, id]);
  return pdf.save();
}
