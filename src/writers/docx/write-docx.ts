import { Packer } from 'docx';
import type { WriteDocument } from '../types.js';
import { buildDocument } from './build-document.js';
import { patchCoreProperties } from './core-properties.js';
import { normalizeZip } from './normalize-zip.js';
import { patchNumbering } from './patch-numbering.js';
import { renumberIds } from './renumber-ids.js';

/** Writes a Document as a .docx whose bytes depend only on the document and the options. */
export const writeDocx: WriteDocument = async (doc, options) => {
  const warnings: string[] = [];
  const timestamp = new Date(doc.meta.timestamp);
  if (Number.isNaN(timestamp.getTime())) {
    throw new Error(
      `Cannot read meta.timestamp \`${doc.meta.timestamp}\`, expected an ISO date such as 2026-03-01T00:00:00Z`,
    );
  }
  const packed = await Packer.toBuffer(buildDocument(doc, options, warnings));
  const bytes = normalizeZip(new Uint8Array(packed.buffer, packed.byteOffset, packed.byteLength), {
    timestamp,
    patches: {
      'docProps/core.xml': (xml) => patchCoreProperties(xml, { timestamp, language: doc.meta.language }),
      'word/numbering.xml': patchNumbering,
      '*.xml': renumberIds,
    },
  });
  return { bytes, warnings };
};
