import type { WriteDocument } from './types.js';

/**
 * The writer registry: the only place that knows format names. Writers load lazily so that
 * `pmhc --help` and a Markdown-only build never pay for docx or pdf-lib.
 */
const writers = {
  md: { extension: 'md', load: async () => (await import('./markdown/write-markdown.js')).writeMarkdown },
  docx: { extension: 'docx', load: async () => (await import('./docx/write-docx.js')).writeDocx },
  pdf: { extension: 'pdf', load: async () => (await import('./pdf/write-pdf.js')).writePdf },
} satisfies Record<string, { extension: string; load: () => Promise<WriteDocument> }>;

export type Format = keyof typeof writers;
export const formats = Object.keys(writers) as Format[];

export function isFormat(name: string): name is Format {
  return Object.hasOwn(writers, name);
}

export function extensionOf(format: Format): string {
  return writers[format].extension;
}

export function loadWriter(format: Format): Promise<WriteDocument> {
  return writers[format].load();
}
