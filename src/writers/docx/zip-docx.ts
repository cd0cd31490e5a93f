import type { Parts } from './compile-parts.js';
import { complexFields } from './complex-fields.js';
import { patchCoreProperties } from './core-properties.js';
import { finishEmbeddedFonts } from './embedded-fonts.js';
import { renameHyperlinkIds } from './hyperlink-ids.js';
import { normalizeZip } from './normalize-zip.js';
import { patchStyles } from './patch-styles.js';
import { patchNumbering } from './patch-numbering.js';
import { renumberIds } from './renumber-ids.js';

/** Zips docx's parts into the final file: dated by the document, ids fixed, fonts subset and keyed. */
export function zipDocx(parts: Parts, meta: { timestamp: Date; language: string }): Uint8Array {
  finishEmbeddedFonts(parts);
  renameHyperlinkIds(parts);
  return normalizeZip(parts, {
    timestamp: meta.timestamp,
    patches: {
      'docProps/core.xml': (xml) => patchCoreProperties(xml, meta),
      'word/numbering.xml': patchNumbering,
      'word/styles.xml': patchStyles,
      'word/document.xml': (xml) => renumberIds(complexFields(xml)),
      'word/comments.xml': (xml) => renumberIds(complexFields(xml)),
      '*.xml': renumberIds,
    },
  });
}
