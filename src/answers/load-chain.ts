import { dirname, join, resolve } from 'node:path';
import type { Diagnostic } from '../diagnostics/diagnostic.js';
import { offsetOf } from './yaml-offset.js';
import { MAX_CHAIN, type AnswersLayer } from './extends.js';

/** Reads an extended file: its text, or why it cannot be read. */
export type ReadParent = (path: string, displayName: string) => string | Diagnostic;

/** The file and the files it extends, child first; a missing file or a circle is a problem at its `extends`. */
export function loadChain(
  first: AnswersLayer,
  source: string,
  readParent: ReadParent,
  parseLayer: (text: string, file: string, path: string) => AnswersLayer | { diagnostics: Diagnostic[] },
): { layers: AnswersLayer[]; texts: string[] } | { diagnostics: Diagnostic[] } {
  const layers = [first];
  const texts = [source];
  for (let layer = first; ;) {
    const where = () => ({ path: 'extends', ...layer.at(offsetOf(layer.doc, ['extends'])) });
    const named = layer.data.extends;
    if (named === undefined || named === null) break;
    if (typeof named !== 'string' || named.trim() === '') {
      return {
        diagnostics: [
          {
            severity: 'error',
            ...where(),
            message: 'expected the path of an answers file, e.g. `../state-defaults.yaml`',
          },
        ],
      };
    }
    const path = resolve(dirname(layer.path), named.trim());
    if (layers.some((l) => l.path === path)) {
      return {
        diagnostics: [
          {
            severity: 'error',
            ...where(),
            message: `\`${named}\` leads back to a file already in this chain (${layers.map((l) => l.file).join(' → ')}): the files extend each other in a circle`,
            hint: 'one file must be the shared defaults that extends nothing',
          },
        ],
      };
    }
    if (layers.length >= MAX_CHAIN) {
      return {
        diagnostics: [
          {
            severity: 'error',
            ...where(),
            message: `more than ${MAX_CHAIN} files extend one another here`,
            hint: 'merge some of the shared defaults files',
          },
        ],
      };
    }
    const displayName = join(dirname(layer.file), named.trim());
    const read = readParent(path, displayName);
    if (typeof read !== 'string') {
      return {
        diagnostics: [
          { ...read, ...where(), message: `cannot extend \`${named}\`: ${read.message}`, file: layer.file },
        ],
      };
    }
    const parsed = parseLayer(read, displayName, path);
    if ('diagnostics' in parsed) return parsed;
    layers.push(parsed);
    texts.push(read);
    layer = parsed;
  }
  return { layers, texts };
}
