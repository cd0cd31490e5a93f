import type { Document } from '../ast/types.js';
import type { PageFacts } from './page-facts.js';

/** Options every writer receives; a writer ignores what does not concern it. */
export interface WriteOptions {
  /** Paper size for paged formats. */
  paper: 'letter' | 'a4';
  /** Number the lines in the margin of paged formats, for review drafts. */
  lineNumbers: boolean;
  /** Extra font files (TTF/OTF paths) to fall back on for characters the body font lacks. */
  fallbackFonts: string[];
  /**
   * What the PDF writer's layout of this same document says of its pages (pdf WriteResult), so
   * the Word writer, which follows it, need not lay the document out again. Per document.
   */
  pageFacts?: PageFacts;
}

export const defaultWriteOptions: WriteOptions = { paper: 'letter', lineNumbers: false, fallbackFonts: [] };

/** What a writer returns: the file's bytes and anything the reader of the draft should know. */
export interface WriteResult {
  bytes: Uint8Array;
  /** Human-readable warnings, e.g. a character no font can draw. */
  warnings: string[];
  /**
   * The PDF writer's page facts, when its layout is the one the Word writer would make (no
   * fallback fonts: Word's layout sets the body face alone).
   */
  pageFacts?: PageFacts;
}

/** A writer turns a Document into the bytes of one file format. It reads no clock and no env. */
export type WriteDocument = (doc: Document, options: WriteOptions) => Promise<WriteResult>;
