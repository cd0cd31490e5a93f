import { plainText } from '../ast/plain-text.js';
import type { Block, Clause, Inline } from '../ast/types.js';
import { slugify } from '../build/file-names.js';
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

/**
 * Stable ids for the numbered clauses of a draft, in order. A clause's number changes whenever a
 * clause before it comes or goes (a program model added, a partner removed), so an id is built
 * from what names a clause instead: a section from its heading ("term-and-termination"), a
 * subclause from its section and its bold lead-in ("term-and-termination/withdrawal"), and a
 * subclause without a lead-in from its section and its place among those without one
 * ("purpose-and-goals/p2"). A repeated id gets "-2", "-3".
 */
export function clauseIds(blocks: readonly Block[]): Map<Clause, string> {
  const ids = new Map<Clause, string>();
  const used = new Map<string, number>();
  const parents: string[] = [];
  const unnamed = new Map<string, number>();
  for (const block of blocks) {
    if (block.type !== 'clause') continue;
    const parent = block.level === 1 ? '' : (parents[block.level - 2] ?? 'preamble');
    const name = leadIn(block);
    let local: string;
    if (block.level === 1) local = slugify(plainText(block.content), 40);
    else if (name) local = slugify(name, 40);
    else {
      const n = (unnamed.get(parent) ?? 0) + 1;
      unnamed.set(parent, n);
      local = `p${n}`;
    }
    const base = parent ? `${parent}/${local}` : local;
    const seen = (used.get(base) ?? 0) + 1;
    used.set(base, seen);
    // The counters above still advance for a keyed clause, so the ids after it do not move.
    const id = block.key ?? (seen === 1 ? base : `${base}-${seen}`);
    ids.set(block, id);
    parents[block.level - 1] = id;
    parents.length = block.level;
  }
  return ids;
}

/** The bold words a subclause opens with ("Withdrawal."), without the final stop; or null. */
export function leadIn(clause: Clause): string | null {
  const first = clause.content[0];
  if (first?.type !== 'strong') return null;
  const text = plainText(first.content).trim().replace(/[.:]$/, '');
  return text === '' ? null : text;
}

/** The lines of a whole draft, in reading order, each with its clause (null outside clauses). */
export function slotsOf(blocks: readonly Block[]): Slot[] {
  const ids = clauseIds(blocks);
  const slots: Slot[] = [];
  for (const block of blocks) {
    if (block.type === 'clause') {
      const id = ids.get(block) ?? null;
      const references = referencesOfClause(block);
      linesOfClause(block).forEach((text, i) =>
        slots.push({ clause: id, text, references: references[i] ?? [] }),
      );
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

/**
 * A clause's lines: its own line, then each paragraph, drafter's note, list item and table row
 * under it, in order. apply-overrides.ts walks a clause in this same order.
 */
export function linesOfClause(clause: Clause): string[] {
  return [lineText(clause.content), ...clause.children.flatMap(childLines)];
}

/** For each line of linesOfClause, which of its numbers are cross-references. */
function referencesOfClause(clause: Clause): boolean[][] {
  const mask = (content: readonly Inline[]) => numbersOf(content).map((n) => n !== null);
  const paragraphs = (item: readonly Block[]) =>
    item.flatMap((b) => (b.type === 'paragraph' || b.type === 'drafterNote' ? mask(b.content) : []));
  return [
    mask(clause.content),
    ...clause.children.flatMap((block): boolean[][] => {
      switch (block.type) {
        case 'paragraph':
        case 'drafterNote':
          return [mask(block.content)];
        case 'list':
          return block.items.map(paragraphs);
        case 'table':
          return [block.header, ...block.rows].map((row) => row.flatMap(mask));
        default:
          return [];
      }
    }),
  ];
}

/** The lines of a block under a clause; blocks that hold no negotiable text give none. */
export function childLines(block: Block): string[] {
  switch (block.type) {
    case 'paragraph':
    case 'drafterNote':
      return [lineText(block.content)];
    case 'list':
      return block.items.map(itemText);
    case 'table':
      return [block.header, ...block.rows].map(rowText);
    default:
      return [];
  }
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
