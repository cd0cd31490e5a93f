import { LineCounter, isNode, parseDocument } from 'yaml';

/** 1-based line and column of a field in an answers file. */
export interface FieldPosition {
  line: number;
  column: number;
}

/**
 * Where the value at `keys` starts in answers `text` (the deepest part of the path that exists),
 * for checks made after validation that still owe the user a file:line:col.
 */
export function locateField(text: string, keys: readonly (string | number)[]): FieldPosition | undefined {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text.replace(/\r(?!\n)/g, '\n'), { lineCounter, schema: 'core' });
  for (let depth = keys.length; depth >= 0; depth--) {
    const node = doc.getIn(keys.slice(0, depth), true);
    if (isNode(node) && node.range) {
      const { line, col } = lineCounter.linePos(node.range[0]);
      return { line, column: col };
    }
  }
  return undefined;
}
