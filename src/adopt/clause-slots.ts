import { plainText } from '../ast/plain-text.js';
import type { Block, Clause, Inline } from '../ast/types.js';
import { clauseIds } from '../document/clause-ids.js';
import { numbersOf } from './references.js';

/**
 * One line of a draft as Word shows it (a paragraph, a list item, a table row), and the clause it
 * belongs to. Adoption compares an edited Word file with the draft line by line; a line's clause
 * says which negotiated clause an edit belongs to.
 */
export interface Slot {
  /** The clause's stable id (see clauseIds), or null outside any numbered clause. */
  clause: string | null;
  text: string;
  /** For each number in `text`: whether it is a cross-reference (see references.ts). */
  references: boolean[];
}

/** A numbered clause of a draft: its stable id, its number today, and its lines. */
export interface ClauseText {
  id: string;
  number: string;
  lines: string[];
}

/** The lines of a whole draft, in reading order, each with its clause (null outside clauses). */
export function slotsOf(blocks: readonly Block[]): Slot[] {
  const ids = clauseIds(blocks);
  const slots: Slot[] = [];
  for (const block of blocks) {
    if (block.type === 'clause') {
      const id = ids.get(block) ?? null;
      for (const line of clauseLines(block)) slots.push({ clause: id, ...line });
    } else for (const text of linesOfBlock(block)) slots.push({ clause: null, text, references: [] });
  }
  return slots.filter((s) => s.text !== '');
}

/** Each clause's id, number and lines. */
export function clauseTexts(blocks: readonly Block[]): ClauseText[] {
  return [...clauseIds(blocks)].map(([clause, id]) => ({
    id,
    number: clause.number,
    lines: linesOfClause(clause),
  }));
}

/** One line of a clause, and for each number in it whether it is a cross-reference (references.ts). */
interface ClauseLine {
  text: string;
  references: boolean[];
}

/**
 * A clause's lines: its own line, then each paragraph, drafter's note, list item and table row
 * under it, in order. apply-overrides.ts walks a clause in this same order.
 */
export function linesOfClause(clause: Clause): string[] {
  return clauseLines(clause).map((line) => line.text);
}

/** The lines of a block under a clause; blocks that hold no negotiable text give none. */
export function childLines(block: Block): string[] {
  return childClauseLines(block).map((line) => line.text);
}

function clauseLines(clause: Clause): ClauseLine[] {
  return [lineOf(clause.content), ...clause.children.flatMap(childClauseLines)];
}

function childClauseLines(block: Block): ClauseLine[] {
  switch (block.type) {
    case 'paragraph':
    case 'drafterNote':
      return [lineOf(block.content)];
    case 'list':
      return block.items.map((item) => ({
        text: itemText(item),
        references: item.flatMap((b) =>
          b.type === 'paragraph' || b.type === 'drafterNote' ? mask(b.content) : [],
        ),
      }));
    case 'table':
      return [block.header, ...block.rows].map((row) => ({
        text: rowText(row),
        references: row.flatMap(mask),
      }));
    default:
      return [];
  }
}

function lineOf(content: readonly Inline[]): ClauseLine {
  return { text: lineText(content), references: mask(content) };
}

function mask(content: readonly Inline[]): boolean[] {
  return numbersOf(content).map((n) => n !== null);
}

/** The lines of a block outside any clause (title, notice, unnumbered parts, signatures). */
function linesOfBlock(block: Block): string[] {
  switch (block.type) {
    case 'heading':
      return [lineText(block.content)];
    case 'notice':
      return block.content.flatMap(linesOfBlock);
    case 'signatureBlock':
      return [];
    default:
      return childLines(block);
  }
}

export function rowText(row: readonly Inline[][]): string {
  return row.map(lineText).join('\t');
}

/** Inline content as one line of text, spaces as a reader sees them. */
export function lineText(content: readonly Inline[]): string {
  return normalizeLine(plainText(content));
}

export function itemText(item: readonly Block[]): string {
  return normalizeLine(
    item
      .map((b) => (b.type === 'paragraph' || b.type === 'drafterNote' ? plainText(b.content) : ''))
      .join(' '),
  );
}

/**
 * One space for any run of spaces, no-break spaces and line breaks, and none at either end; tabs
 * (between table cells) are kept.
 */
export function normalizeLine(text: string): string {
  return text.replace(/[ \n\r\u00a0\u202f]+/g, ' ').replace(/^ +| +$/g, '');
}
