import { createHash } from 'node:crypto';
import { PDFDocument, PDFHexString } from 'pdf-lib';
import type { Document } from '../../ast/types.js';
import { embedFont } from './embed-font.js';
import type { FontSet, LoadedFont } from './fonts.js';
import { GlyphEncoder } from './glyph-runs.js';
import type { Layout } from './layout-types.js';
import { addLinkAnnotations } from './link-annotations.js';
import { addOutline } from './outline.js';
import { paintLayout, type FontSlot } from './paint.js';
import { subsetterReady } from './subset-font.js';
import { structureOf } from './structure.js';
import { createTagger } from './tagging.js';
import { addXmp, xmpPacket } from './xmp.js';

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
 * Paints a layout into PDF bytes: subset fonts, the structure tree (tagged PDF/UA-1), outline,
 * metadata (info dictionary and XMP). Deterministic: no clock
 * (dates come from the document), a trailer /ID and subset tags derived from the content.
 */
export async function renderPdf(doc: Document, layout: Layout, fonts: FontSet): Promise<Uint8Array> {
  const date = parseTimestamp(doc.meta.timestamp);
  const contentHash = createHash('md5')
    .update(JSON.stringify(doc.meta))
    .update(JSON.stringify(layout))
    .digest('hex');

  const pdf = await PDFDocument.create({ updateMetadata: false });
  const all = new Map<string, LoadedFont>(
    [...Object.values(fonts.faces), ...fonts.fallbacks].map((loaded) => [loaded.key, loaded]),
  );
  const encoder = new GlyphEncoder(new Map([...all].map(([key, loaded]) => [key, loaded.shaper])));
  const slots = new Map<string, FontSlot>();
  const slotOf = (key: string): FontSlot => {
    let slot = slots.get(key);
    if (!slot) {
      const loaded = all.get(key);
      if (!loaded) throw new Error(`cannot paint with font \`${key}\`: it was not loaded (please report)`);
      const name = `${subsetTag(contentHash, key)}+${loaded.info.postscriptName || key}`;
      slot = { name, ref: pdf.context.nextRef() };
      slots.set(key, slot);
    }
    return slot;
  };
  const tagger = createTagger(pdf, structureOf(doc.blocks));
  const { pages, links } = paintLayout(pdf, layout, encoder, slotOf, tagger);
  addLinkAnnotations(pdf, pages, links, doc.blocks, layout, tagger);
  const untagged = tagger.finish(pages);
  if (untagged.length > 0)
    layout.warnings.push(
      `pdf: text at ${untagged.join(', ')} has no place in the structure tree, so it is tagged at the end (please report)`,
    );
  // Embedded after painting: a subset holds exactly the glyphs the pages drew.
  await subsetterReady();
  for (const [key, use] of encoder.fonts()) {
    const loaded = all.get(key) as LoadedFont;
    const slot = slotOf(key);
    embedFont(pdf.context, slot.ref, loaded, use, slot.name);
  }
  addOutline(pdf, pages, layout.anchors, layout.height);

  const { meta } = doc;
  pdf.setTitle(meta.title, { showInWindowTitleBar: true });
  pdf.setAuthor(meta.author);
  pdf.setSubject(meta.subject);
  pdf.setKeywords(meta.keywords);
  pdf.setLanguage(meta.language);
  pdf.setCreator('pmhc-docs');
  const producer = 'pmhc-docs (pdf-lib)';
  pdf.setProducer(producer);
  addXmp(pdf, xmpPacket(meta, date, producer));
  pdf.setCreationDate(date);
  pdf.setModificationDate(date);
  const id = PDFHexString.of(contentHash);
  pdf.context.trailerInfo.ID = pdf.context.obj([id, id]);
  return pdf.save();
}
