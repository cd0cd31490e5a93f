import type { Document, Inline } from '../../src/ast/types.js';
import { plainText } from '../../src/writers/pdf/inline-segments.js';
import type { Layout, Line } from '../../src/writers/pdf/layout-types.js';
import type { Measurer } from '../../src/writers/pdf/measure.js';
import { nodeAtPath } from '../../src/writers/layout-path.js';

/** What a document designer counts on a set document (see the visual review). */
export interface TypesetFigures {
  /** Body lines with text. */
  lines: number;
  /** Lines whose justification adds more than a normal space to each gap (gaps over 2x normal). */
  loose: string[];
  /** Lines adding more than 0.5 em per gap. */
  veryLoose: number;
  /** Words a table cell broke although they were not broken in the source (`Telephon|e`). */
  broken: string[];
  signatureBlocks: number;
  /** Signature blocks that start a page (their lead-in is on the page before). */
  orphanedSignatures: number;
  /** Signature blocks on more than one page. */
  splitSignatures: number;
  /** Pages whose last body line ends in a hyphen the typesetter added ("re- / quires"). */
  hyphenatedPageEnds: number;
  /**
   * Pages after the first holding at most `nearlyEmptyLines` lines of body text, counted as a
   * reader (and pdftotext) counts them, by baseline: a two-line widow page, staff lines pushed
   * off a form, the last two Open Items alone.
   */
  nearlyEmptyPages: number;
  /** Those pages, numbered from 1. */
  nearlyEmptyAt: number[];
}

export function lineText(line: Line): string {
  return line.runs.map((run) => run.text).join('');
}

const cellPath = /\.(?:rows\[\d+\]|header)\[\d+\]$/;

/** Pieces of source words a cell's lines cut through (a break that is not at a space or hyphen). */
export function brokenWords(source: string, lines: string[]): string[] {
  const broken: string[] = [];
  const squeeze = (s: string) => s.replace(/\s+/g, ' ').trim();
  const text = squeeze(source);
  let at = 0;
  lines.forEach((raw, index) => {
    let line = squeeze(raw);
    while (text[at] === ' ') at++;
    // A hyphen the typesetter added is not in the source.
    const added = line.endsWith('-') && text[at + line.length - 1] !== '-';
    if (added) line = line.slice(0, -1);
    at += line.length;
    if (index === lines.length - 1 || added) return;
    const start = text.lastIndexOf(' ', at - 1) + 1;
    const end = text.indexOf(' ', at);
    // Where the review allows an e-mail address to break: before its @ or a dot.
    const email = text.slice(start, end < 0 ? undefined : end).includes('@') && /[@.]/.test(text[at] ?? '');
    if (text[at] !== ' ' && text[at - 1] !== '-' && text[at - 1] !== '/' && !email) {
      broken.push(`${text.slice(start, at)}|${text.slice(at, end < 0 ? undefined : end)}`);
    }
  });
  return broken;
}

/** A page holding this many lines of text or fewer is nearly empty. */
export const nearlyEmptyLines = 5;

/** Counts the defects of the visual review on one laid-out document. */
export function analyseLayout(doc: Document, layout: Layout, measurer: Measurer): TypesetFigures {
  const figures: TypesetFigures = {
    lines: 0,
    loose: [],
    veryLoose: 0,
    broken: [],
    signatureBlocks: 0,
    orphanedSignatures: 0,
    splitSignatures: 0,
    hyphenatedPageEnds: 0,
    nearlyEmptyPages: 0,
    nearlyEmptyAt: [],
  };
  const cells = new Map<string, string[]>();
  const signatures = new Map<string, Set<number>>();
  const startsPage = new Set<string>();
  layout.pages.forEach((page, pageIndex) => {
    const body = page.lines.filter((line) => line.numbered);
    const lastRun = body.at(-1)?.runs.at(-1);
    if (lastRun?.kind === 'text' && lastRun.role === 'hyphen') figures.hyphenatedPageEnds++;
    // Columns of a row (a signature's Date beside its Name) share a baseline: one line.
    // Signature blocks are not line-numbered but are text of the page: all lines of the document's blocks count.
    const text = page.lines.filter((line) => line.path.startsWith('blocks') && lineText(line).trim());
    const baselines = new Set(text.map((line) => Math.round(line.y)));
    if (pageIndex > 0 && baselines.size <= nearlyEmptyLines) figures.nearlyEmptyAt.push(pageIndex + 1);
    figures.nearlyEmptyPages = figures.nearlyEmptyAt.length;
    body.forEach((line, lineIndex) => {
      const text = lineText(line);
      if (text.trim()) figures.lines++;
      for (const run of line.runs) {
        if (run.kind !== 'text' || run.wordSpace <= 0) continue;
        const space = measurer.width(' ', 'regular', run.size);
        if (run.wordSpace > space) figures.loose.push(text);
        if (run.wordSpace > 0.5 * run.size) figures.veryLoose++;
        break;
      }
      // Keyed by page too: a repeated header row sets the same cell again.
      const cell = `${pageIndex}:${line.path}`;
      if (cellPath.test(line.path)) cells.set(cell, [...(cells.get(cell) ?? []), text]);
      const signature = /^(.*)\.parties\[\d+\]/.exec(line.path)?.[1];
      if (signature) {
        const pages = signatures.get(signature) ?? new Set<number>();
        if (pages.size === 0 && lineIndex === 0) startsPage.add(signature);
        pages.add(pageIndex);
        signatures.set(signature, pages);
      }
    });
  });
  for (const [key, lines] of cells) {
    const cell = nodeAtPath(doc, key.slice(key.indexOf(':') + 1)) as Inline[] | undefined;
    if (!Array.isArray(cell)) continue;
    figures.broken.push(...brokenWords(plainText(cell), lines));
  }
  figures.signatureBlocks = signatures.size;
  for (const [path, pages] of signatures) {
    if (pages.size > 1) figures.splitSignatures++;
    if (startsPage.has(path)) figures.orphanedSignatures++;
  }
  return figures;
}
