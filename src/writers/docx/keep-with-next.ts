import type { Block } from '../../ast/types.js';

/**
 * Tables and signature blocks: the line that introduces one ("… as follows:") keeps with it
 * (keepNext), so it never ends a page with its table on the next.
 */
export const isTable = (block: Block): boolean => block.type === 'table' || block.type === 'signatureBlock';

/**
 * A clause with no text of its own below its head, followed by its first sub-clause (3.2 "… if
 * either:" then 3.2.1): the head introduces the sub-clauses, so it keeps with them.
 */
export const opensSubclauses = (block: Block, next: Block): boolean =>
  block.type === 'clause' &&
  block.children.length === 0 &&
  next.type === 'clause' &&
  next.level > block.level;

/** A paragraph right before a list introduces it ("… as follows:"): it keeps with the first item. */
export const introducesList = (block: Block, next: Block): boolean =>
  block.type === 'paragraph' && next.type === 'list';
