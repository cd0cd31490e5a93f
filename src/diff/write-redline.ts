import { strFromU8, strToU8, unzipSync } from 'fflate';
import type { Block, Document } from '../ast/types.js';
import { redline } from '../writers/index.js';
import { defaultWriteOptions, type WriteOptions } from '../writers/types.js';
import { applyTracking, type Tracking } from './apply-tracking.js';
import { mergeBlocks, type Place } from './merge-blocks.js';
import { mark, type ChangeKind } from './track-marks.js';

export interface RedlineOptions {
  /** Shown as the author of every change. */
  author: string;
  /** ISO date-time of every change: the new version's draft date, never the clock. */
  date: string;
  writeOptions?: WriteOptions;
}

export interface Redline {
  bytes: Uint8Array;
  /** Where the document changed (clause numbers, or headings of unnumbered parts). */
  places: Place[];
  warnings: string[];
}

/**
 * A Word redline from one version of a document to the next: the new document, laid out by the
 * ordinary Word writer (styles, clause numbering, signature tables, header), with the old text
 * kept as tracked deletions and the new text as tracked insertions. A document that appears or
 * disappears (`before` or `after` null) is one whole insertion or deletion.
 */
export async function writeRedline(
  before: Document | null,
  after: Document | null,
  options: RedlineOptions,
): Promise<Redline> {
  const base = after ?? before;
  if (!base) throw new Error('writeRedline needs at least one version of the document, please report');
  const merged = mergeBlocks(unmarkedBlocks(before?.blocks ?? []), unmarkedBlocks(after?.blocks ?? []));
  const doc: Document = { meta: { ...base.meta, timestamp: options.date }, blocks: merged.blocks };
  const { write, repack } = await redline.load();
  const written = await write(doc, options.writeOptions ?? defaultWriteOptions);
  const parts = unzipSync(written.bytes);
  const tracking: Tracking = {
    author: options.author,
    date: options.date,
    ids: { next: firstFreeId(parts) },
    comments: new Map(),
  };
  const comments = parts['word/comments.xml']
    ? trackComments(strFromU8(parts['word/comments.xml']), tracking)
    : null;
  if (comments !== null) parts['word/comments.xml'] = strToU8(comments);
  parts['word/document.xml'] = strToU8(applyTracking(strFromU8(parts['word/document.xml']!), tracking));
  return {
    bytes: repack(parts, { timestamp: new Date(options.date), patches: {} }),
    places: merged.places,
    // Deleted clauses keep their place in Word's numbering, so the writer's number check would misfire.
    warnings: written.warnings.filter((w) => !redline.isNumberingWarning(w)),
  };
}

/** Tracks the changes inside comments, and notes the comments inserted or deleted whole. */
function trackComments(xml: string, tracking: Tracking): string {
  for (const match of xml.matchAll(/<w:comment\b[^>]*\bw:id="(\d+)"[^>]*>([\s\S]*?)<\/w:comment>/g)) {
    const kind: ChangeKind | null = match[2]!.includes(mark.insertParagraph)
      ? 'insert'
      : match[2]!.includes(mark.deleteParagraph)
        ? 'delete'
        : null;
    if (kind) tracking.comments.set(match[1]!, kind);
  }
  return applyTracking(xml, { ...tracking, comments: new Map() });
}

/** Revision ids after every id the writer used (comments, bookmarks), so none collide. */
function firstFreeId(parts: Record<string, Uint8Array>): number {
  let max = 0;
  for (const name of ['word/document.xml', 'word/comments.xml']) {
    const part = parts[name];
    if (!part) continue;
    for (const m of strFromU8(part).matchAll(/\bw:id="(\d+)"/g)) max = Math.max(max, Number(m[1]));
  }
  return max + 1;
}

/** Answers are text: a private-use marker character in one must not read as a change. */
function unmarkedBlocks(blocks: Block[]): Block[] {
  const json = JSON.stringify(blocks);
  return /[\uE000-\uE006]/.test(json)
    ? (JSON.parse(json.replace(/[\uE000-\uE006]/g, '\uFFFD')) as Block[])
    : blocks;
}
