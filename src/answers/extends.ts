import { isMap, type Document as YamlDocument } from 'yaml';

/**
 * `extends:` lets an answers file start from shared defaults (a state's or a region's file) and
 * say only what differs. The rules, kept simple on purpose so a coordinator can predict them:
 *
 * - maps merge key by key, the extending file winning;
 * - a list, a text, a number or `null` in the extending file replaces the inherited value whole
 *   (lists are never concatenated: a site's partners are its own, not the state's plus its own);
 * - `extends` names one file, relative to the file that says it; the chain may go on, never in a
 *   circle, and at most MAX_CHAIN files deep.
 */
export const MAX_CHAIN = 8;

/** One file of a chain, parsed: the child first, then each file it extends. */
export interface AnswersLayer {
  /** The name used in messages (as the user wrote the path, or resolved from the child's). */
  file: string;
  /** The absolute path, to resolve the next `extends` and to detect circles. */
  path: string;
  doc: YamlDocument;
  /** The file's top level as read; `data` is the same when it is a map, else empty. */
  value: unknown;
  at: (offset: number) => { file: string; line: number; column: number };
  data: Record<string, unknown>;
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** `child` over `parent` by the rules above. Neither input is changed. */
export function mergeAnswers(parent: unknown, child: unknown): unknown {
  if (!isPlainObject(parent) || !isPlainObject(child)) return child;
  const merged: Record<string, unknown> = { ...parent };
  for (const [key, value] of Object.entries(child)) {
    merged[key] = key in parent ? mergeAnswers(parent[key], value) : value;
  }
  return merged;
}

/** The merged data of a chain (child first), without the `extends` keys. */
export function mergeLayers(layers: readonly AnswersLayer[]): Record<string, unknown> {
  let merged: unknown = {};
  for (const layer of [...layers].reverse()) merged = mergeAnswers(merged, layer.data);
  const { extends: _parent, ...rest } = merged as Record<string, unknown>;
  return rest;
}

/**
 * The layer whose text wrote the value at `path` in the merged data: walking down the path, the
 * nearest file (child first) that has each map key, and once a list is reached, the file whose
 * list it is (a list comes whole from one file). Used to point an error at the right file.
 */
export function layerOf(layers: readonly AnswersLayer[], path: readonly PropertyKey[]): AnswersLayer {
  const has = (layer: AnswersLayer, depth: number) => layer.doc.hasIn(path.slice(0, depth) as unknown[]);
  let owner = layers.find((l) => has(l, 1)) ?? layers[0]!;
  for (let depth = 1; depth < path.length; depth++) {
    const node = owner.doc.getIn(path.slice(0, depth) as unknown[], true);
    // A list (or a value) comes whole from one file: the rest of the path is inside this one.
    if (!isMap(node)) break;
    const next = layers.find((l) => has(l, depth + 1));
    if (next === undefined) break;
    owner = next;
  }
  return owner;
}
