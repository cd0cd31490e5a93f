import type { Document } from '../ast/types.js';

/**
 * The AST node a layout path (`blocks[3].children[0].rows[2][1]`) names, or undefined. The PDF
 * layout records each line's source by such a path; the Word writer and the layout checks read
 * it back.
 */
export function nodeAtPath(doc: Document, path: string): unknown {
  let node: unknown = doc;
  for (const step of path.matchAll(/([A-Za-z]+)|\[(\d+)\]/g)) {
    if (node === undefined || node === null) return undefined;
    node =
      step[1] !== undefined
        ? (node as Record<string, unknown>)[step[1]]
        : (node as unknown[])[Number(step[2])];
  }
  return node;
}
