import type { Block, Inline, List, Signatory, SignatureBlock, Table } from '../ast/types.js';
import { plainText } from '../ast/plain-text.js';
import { alignBlocks, textSimilarity, type Pair } from './align-blocks.js';
import { diffWords } from './diff-words.js';
import { markBlocks, markItem, markParty, wholeCell, type ChangeKind } from './track-marks.js';

/** Where a document changed: a clause by number, or the heading of an unnumbered part. */
export interface Place {
  label: string;
  kind: 'changed' | 'added' | 'removed';
}

/** Blocks for a redline: the new blocks with deleted ones kept, every change marked. */
export interface MergedBlocks {
  blocks: Block[];
  /** Each place that changed, in document order, once. */
  places: Place[];
}

interface Context {
  /** The clause or heading the blocks being merged belong to. */
  where: string;
  places: Place[];
}

/** Merges two versions of a document's blocks into one tracked-change body. */
export function mergeBlocks(before: Block[], after: Block[]): MergedBlocks {
  const ctx: Context = { where: 'the opening', places: [] };
  return { blocks: mergeList(before, after, ctx), places: ctx.places };
}

/** Records a changed place once; a place both removed and added was rewritten: it changed. */
function note(ctx: Context, label: string, kind: Place['kind']) {
  const seen = ctx.places.find((p) => p.label === label);
  if (!seen) ctx.places.push({ label, kind });
  else if (seen.kind !== kind) seen.kind = 'changed';
}

function mergeList(before: Block[], after: Block[], ctx: Context): Block[] {
  const pairs = alignBlocks(before, after, { keyOf: blockKey, similarity: blockSimilarity });
  return pairs.flatMap((pair) => mergePair(pair, ctx));
}

function mergePair({ before, after }: Pair<Block>, ctx: Context): Block[] {
  const at = after ?? before!;
  if (at.type === 'clause') ctx.where = `clause ${at.number}`;
  else if (at.type === 'heading') ctx.where = at.level === 1 ? 'the title' : `“${plainText(at.content)}”`;
  else if (at.type === 'notice') ctx.where = 'the draft notice';
  if (!before || !after) {
    const kind: ChangeKind = before ? 'delete' : 'insert';
    if (at.type !== 'pageBreak') note(ctx, ctx.where, before ? 'removed' : 'added');
    return markBlocks(kind, [at]);
  }
  if (blockKey(before) === blockKey(after)) return [after];
  if (!sameShape(before, after)) {
    note(ctx, ctx.where, 'changed');
    return [...markBlocks('delete', [before]), ...markBlocks('insert', [after])];
  }
  return [mergeSameShape(before, after, ctx)];
}

function mergeSameShape(before: Block, after: Block, ctx: Context): Block {
  const words = (a: Inline[], b: Inline[]) => {
    const diff = diffWords(a, b);
    if (diff.changed) note(ctx, ctx.where, 'changed');
    return diff.merged;
  };
  switch (after.type) {
    case 'heading':
    case 'paragraph':
    case 'drafterNote':
      return { ...after, content: words((before as typeof after).content, after.content) };
    case 'clause': {
      const content = words((before as typeof after).content, after.content);
      const where = ctx.where;
      const children = mergeList((before as typeof after).children, after.children, ctx);
      ctx.where = where;
      return { ...after, content, children };
    }
    case 'notice':
      return { ...after, content: mergeList((before as typeof after).content, after.content, ctx) };
    case 'list':
      return mergeLists(before as List, after, ctx);
    case 'table':
      return mergeTables(before as Table, after, ctx, words);
    case 'signatureBlock':
      return mergeSignatures(before as SignatureBlock, after, ctx, words);
    case 'pageBreak':
      return after;
  }
}

function mergeLists(before: List, after: List, ctx: Context): List {
  const where = ctx.where;
  const pairs = alignBlocks(before.items, after.items, {
    keyOf: (item) => item.map(blockKey).join('\n'),
    similarity: itemSimilarity,
  });
  const items = pairs.map(({ before: a, after: b }) => {
    ctx.where = where;
    if (a && b) return mergeList(a, b, ctx);
    note(ctx, where, 'changed');
    return markItem(a ? 'delete' : 'insert', (a ?? b)!);
  });
  ctx.where = where;
  return { ...after, items };
}

type Words = (a: Inline[], b: Inline[]) => Inline[];

function mergeTables(before: Table, after: Table, ctx: Context, words: Words): Table {
  const header = after.header.map((cell, i) => words(before.header[i] ?? [], cell));
  const rowKey = (row: Inline[][]) => JSON.stringify(row);
  const rowText = (row: Inline[][]) => row.map(plainText).join(' ');
  const pairs = alignBlocks(before.rows, after.rows, {
    keyOf: rowKey,
    similarity: (a, b) => textSimilarity(rowText(a), rowText(b)),
  });
  const rows = pairs.map(({ before: a, after: b }) => {
    if (a && b) return b.map((cell, i) => words(a[i] ?? [], cell));
    note(ctx, ctx.where, 'changed');
    return (a ?? b)!.map((cell) => wholeCell(a ? 'delete' : 'insert', cell));
  });
  return { ...after, header, rows };
}

function mergeSignatures(
  before: SignatureBlock,
  after: SignatureBlock,
  ctx: Context,
  words: Words,
): SignatureBlock {
  const where = ctx.where;
  ctx.where = 'the signature block';
  const text = (p: Signatory) => [p.organization, p.name, p.title].map(plainText).join(' ');
  const pairs = alignBlocks(before.parties, after.parties, {
    keyOf: (p) => JSON.stringify(p),
    similarity: (a, b) =>
      plainText(a.organization) === plainText(b.organization) ? 1 : textSimilarity(text(a), text(b)),
  });
  const parties = pairs.map(({ before: a, after: b }): Signatory => {
    if (a && b) {
      return {
        organization: words(a.organization, b.organization),
        name: words(a.name, b.name),
        title: words(a.title, b.title),
      };
    }
    note(ctx, ctx.where, 'changed');
    return markParty(a ? 'delete' : 'insert', (a ?? b)!);
  });
  ctx.where = where;
  return { ...after, parties };
}

/** Blocks of the same kind, level and table width are diffed inside; others are replaced whole. */
function sameShape(a: Block, b: Block): boolean {
  if (a.type !== b.type) return false;
  if ((a.type === 'clause' || a.type === 'heading') && a.level !== (b as typeof a).level) return false;
  if (a.type === 'list' && (a.ordered !== (b as List).ordered || a.checkbox !== (b as List).checkbox))
    return false;
  if (a.type === 'table') {
    const width = (t: Table) => Math.max(t.header.length, ...t.rows.map((r) => r.length));
    return width(a) === width(b as Table);
  }
  return true;
}

/** A block's identity for alignment; a clause's number is left out, since Word renumbers. */
export function blockKey(block: Block): string {
  return JSON.stringify(block, (key, value: unknown) => (key === 'number' ? undefined : value));
}

function blockSimilarity(a: Block, b: Block): number {
  if (!sameShape(a, b)) return 0;
  const ta = blockText(a);
  const tb = blockText(b);
  // A clause that keeps its title but is reworded is still that clause.
  const title = (t: string) => t.split(/[.:]/, 1)[0];
  const bonus = a.type === 'clause' && title(ta) === title(tb) ? 0.3 : 0;
  // A list or table that grew (a party added) is still that list: compare against the shorter.
  const container =
    a.type === 'list' || a.type === 'table' || a.type === 'signatureBlock' || a.type === 'notice';
  return textSimilarity(ta, tb, container ? 'overlap' : 'dice') + bonus;
}

function itemSimilarity(a: Block[], b: Block[]): number {
  return textSimilarity(a.map(blockText).join(' '), b.map(blockText).join(' '));
}

/** The words a reader sees in a block and everything in it. */
export function blockText(block: Block): string {
  switch (block.type) {
    case 'heading':
    case 'paragraph':
    case 'drafterNote':
      return plainText(block.content);
    case 'clause':
      return [plainText(block.content), ...block.children.map(blockText)].join(' ');
    case 'list':
      return block.items.map((item) => item.map(blockText).join(' ')).join(' ');
    case 'table':
      return [block.header, ...block.rows].map((row) => row.map(plainText).join(' ')).join(' ');
    case 'signatureBlock':
      return block.parties.map((p) => [p.organization, p.name, p.title].map(plainText).join(' ')).join(' ');
    case 'notice':
      return block.content.map(blockText).join(' ');
    case 'pageBreak':
      return '';
  }
}
