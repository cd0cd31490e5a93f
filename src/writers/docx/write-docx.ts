import type { WriteDocument } from '../types.js';
import { buildDocument } from './build-document.js';
import { compileParts } from './compile-parts.js';
import { zipDocx } from './zip-docx.js';

/** Writes a Document as a .docx whose bytes depend only on the document and the options. */
export const writeDocx: WriteDocument = async (doc, options) => {
  const warnings: string[] = [];
  const timestamp = new Date(doc.meta.timestamp);
  if (Number.isNaN(timestamp.getTime())) {
    throw new Error(
      `Cannot read meta.timestamp \`${doc.meta.timestamp}\`, expected an ISO date such as 2026-03-01T00:00:00Z`,
    );
  }
  const parts = await compileParts(buildDocument(doc, options, warnings));
  return { bytes: zipDocx(parts, { timestamp, language: doc.meta.language }), warnings };
};
