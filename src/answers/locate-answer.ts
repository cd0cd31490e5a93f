import { readFileSync } from 'node:fs';
import { layerOf } from './extends.js';
import { parseChain } from './read-answers.js';
import { offsetOf } from './yaml-offset.js';

/**
 * Where the value at `keys` of a valid answers file was written: the file of its chain that
 * wrote it (an `extends` file for an inherited value), the line and the column. For checks made
 * after validation that still owe the user a file:line:col; undefined if it cannot be read again.
 */
export function locateAnswer(
  file: string,
  keys: readonly (string | number)[],
): { file: string; line: number; column: number } | undefined {
  let source: string;
  try {
    source = readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
  const chain = parseChain(source, file);
  if ('diagnostics' in chain) return undefined;
  const layer = layerOf(chain.layers, keys);
  return layer.at(offsetOf(layer.doc, [...keys]));
}
