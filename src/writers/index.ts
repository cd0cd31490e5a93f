import type { Document } from '../ast/types.js';
import type { WriteDocument } from './types.js';

/**
 * The writer registry: the only place that knows format names (eslint.architecture.js enforces
 * it); the rest of src/ asks it about formats by what they can do. Writers load lazily so that
 * `pmhc --help` and a Markdown-only build never pay for docx or pdf-lib.
 */
const writers = {
  md: {
    extension: 'md',
    load: async () => (await import('./markdown/write-markdown.js')).writeMarkdown,
    drawsRightToLeft: true,
    heavy: false,
    undrawable: null,
  },
  docx: {
    extension: 'docx',
    load: async () => (await import('./docx/write-docx.js')).writeDocx,
    drawsRightToLeft: true,
    heavy: true,
    // Word substitutes a font of the reader's for a character the embedded ones lack.
    undrawable: null,
  },
  // The PDF writer lays out lines itself and does not apply the bidi algorithm yet.
  pdf: {
    extension: 'pdf',
    load: async () => (await import('./pdf/write-pdf.js')).writePdf,
    drawsRightToLeft: false,
    heavy: true,
    // It draws only what its fonts have: a character none has would print as an empty box.
    undrawable: async (fonts: readonly string[]) =>
      (await import('./pdf/undrawable.js')).undrawableWith(fonts),
  },
} satisfies Record<
  string,
  {
    extension: string;
    load: () => Promise<WriteDocument>;
    drawsRightToLeft: boolean;
    heavy: boolean;
    undrawable: FindUndrawable | null;
  }
>;

/** Loads, for the fallback fonts given, a test for the first character of a text a format cannot draw. */
type FindUndrawable = (fallbackFonts: readonly string[]) => Promise<(text: string) => string | null>;

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

/** The first requested format that cannot draw right-to-left text, if any. */
export function rightToLeftRefusedBy(requested: readonly Format[]): Format | undefined {
  return requested.find((format) => !writers[format].drawsRightToLeft);
}

/**
 * The first requested format that cannot draw every character, with its test (the first
 * character of a text it cannot draw with these fallback fonts), or undefined.
 */
export async function undrawableIn(
  requested: readonly Format[],
  fallbackFonts: readonly string[],
): Promise<{ format: Format; find: (text: string) => string | null } | undefined> {
  for (const format of requested) {
    const load = writers[format].undrawable;
    if (load) return { format, find: await load(fallbackFonts) };
  }
  return undefined;
}

/**
 * The format worth writing on a second thread while this one writes another: Word beside the
 * PDF, the two writers with real work. Undefined when there is no such pair.
 */
export function formatForSecondThread(requested: readonly Format[]): Format | undefined {
  const heavy = requested.filter((format) => writers[format].heavy);
  return heavy.length > 1 && heavy.includes('docx') ? 'docx' : undefined;
}

/**
 * Which requested format's results carry page facts (WriteResult.pageFacts) for which other
 * format to take (WriteOptions.pageFacts): the PDF's layout for the Word file, which follows its
 * page breaks. Undefined unless both are requested.
 */
export function pageFactsFlow(requested: readonly Format[]): { from: Format; to: Format } | undefined {
  return requested.includes('pdf') && requested.includes('docx') ? { from: 'pdf', to: 'docx' } : undefined;
}

/** Whether any requested format is one of the writers with real work (and caches): Word, PDF. */
export function anyHeavy(requested: readonly Format[]): boolean {
  return requested.some((format) => writers[format].heavy);
}

/** The Markdown text of a document, as the Markdown writer writes it (for the diff's patches). */
export async function loadMarkdownText(): Promise<(doc: Document) => string> {
  return (await import('./markdown/write-markdown.js')).markdownOf;
}

/** The extension of the Markdown drafts and of the diff's patches of them. */
export const markdownExtension = writers.md.extension;

/**
 * A redline is a Word file: the ordinary Word writer, and the zip normalizer that repacks its
 * parts once the tracked changes are in (fixed timestamps, fixed order).
 */
export const redline = {
  extension: `redline.${writers.docx.extension}`,
  load: async () => ({
    write: await writers.docx.load(),
    repack: (await import('./docx/normalize-zip.js')).normalizeZip,
  }),
  /** The Word writer's own clause-number check misfires on deleted clauses, which keep their place. */
  isNumberingWarning: (warning: string) => warning.startsWith('docx: clause '),
};

/** Checks that a `--font` file is one TTF or OTF font the writers can embed; throws in words. */
export async function loadFontCheck(): Promise<(bytes: Uint8Array, source: string) => void> {
  return (await import('./pdf/font-file.js')).checkFontFile;
}
