import type { Block, Inline, Signatory } from '../ast/types.js';

/**
 * Markers for tracked changes, carried through the ordinary Word writer as private-use characters
 * in their own text runs, then turned into `w:ins` / `w:del` by `applyTracking`. This keeps the
 * redline's styles, numbering, signature tables and header exactly those of the normal output.
 */
export const mark = {
  /** The runs after this, up to `end`, were inserted. */
  insert: '\uE000',
  /** The runs after this, up to `end`, were deleted. */
  delete: '\uE001',
  /** Ends an inserted or deleted span. */
  end: '\uE002',
  /** This whole paragraph (every run and its paragraph mark) was inserted. */
  insertParagraph: '\uE003',
  /** This whole paragraph was deleted. */
  deleteParagraph: '\uE004',
  /** Every paragraph of the table cell holding this was inserted. */
  insertCell: '\uE005',
  /** Every paragraph of the table cell holding this was deleted. */
  deleteCell: '\uE006',
} as const;

export type ChangeKind = 'insert' | 'delete';

const markerPattern = /[\uE000-\uE006]/g;

/** An answer's text with any marker character replaced, so no answer can forge a change. */
export function unmarked(value: string): string {
  return value.replace(markerPattern, '\uFFFD');
}

const text = (value: string): Inline => ({ type: 'text', value });

/** Wraps inline content as one inserted or deleted span. */
export function spanOf(kind: ChangeKind, content: Inline[]): Inline[] {
  if (content.length === 0) return [];
  return [text(kind === 'insert' ? mark.insert : mark.delete), ...content, text(mark.end)];
}

/** Marks a whole paragraph's content (its runs and its paragraph mark) as inserted or deleted. */
function wholeParagraph(kind: ChangeKind, content: Inline[]): Inline[] {
  return [text(kind === 'insert' ? mark.insertParagraph : mark.deleteParagraph), ...content];
}

/** Marks the table cell that will hold this content as wholly inserted or deleted. */
export function wholeCell(kind: ChangeKind, content: Inline[]): Inline[] {
  return [text(kind === 'insert' ? mark.insertCell : mark.deleteCell), ...content];
}

/** A copy of blocks with every paragraph in them marked as wholly inserted or deleted. */
export function markBlocks(kind: ChangeKind, blocks: Block[]): Block[] {
  return blocks.map((block) => markBlock(kind, block));
}

function markBlock(kind: ChangeKind, block: Block): Block {
  switch (block.type) {
    case 'heading':
    case 'paragraph':
    case 'drafterNote':
      return { ...block, content: wholeParagraph(kind, block.content) };
    case 'clause':
      return {
        ...block,
        content: wholeParagraph(kind, block.content),
        children: markBlocks(kind, block.children),
      };
    case 'list':
      return { ...block, items: block.items.map((item) => markItem(kind, item)) };
    case 'table':
      return {
        ...block,
        header: block.header.map((cell) => wholeCell(kind, cell)),
        rows: block.rows.map((row) => row.map((cell) => wholeCell(kind, cell))),
      };
    case 'signatureBlock':
      return { ...block, parties: block.parties.map((party) => markParty(kind, party)) };
    case 'notice':
      return { ...block, content: markBlocks(kind, block.content) };
    case 'pageBreak':
      return block;
  }
}

/** A list item whose first block is not a paragraph gets an empty one, so its marker is marked too. */
export function markItem(kind: ChangeKind, item: Block[]): Block[] {
  return item[0]?.type === 'paragraph'
    ? markBlocks(kind, item)
    : markBlocks(kind, [{ type: 'paragraph', content: [] }, ...item]);
}

/** A signatory whose whole cell (organization, lines to sign, name, title) is marked. */
export function markParty(kind: ChangeKind, party: Signatory): Signatory {
  return { ...party, organization: wholeCell(kind, party.organization) };
}
