import { isMap, isNode, isScalar, isSeq, parseDocument, type Document } from 'yaml';
import { isRecord, type Path } from './draft.js';

/** Reads YAML the way `pmhc validate` does (dates stay strings). */
export function parseYaml(text: string): Document {
  return parseDocument(text, { schema: 'core', uniqueKeys: true });
}

function jsOf(node: unknown): unknown {
  return isNode(node) ? node.toJSON() : node;
}

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

function hasObjects(value: unknown[]): boolean {
  return value.some((v) => isRecord(v));
}

/**
 * Writes the answers into the document, touching only what changed, so that the file keeps its
 * comments, key order and fields the interview does not know. Keys the answers lack are left as
 * they are; list items removed in the interview are removed.
 */
export function updateYaml(doc: Document, answers: Record<string, unknown>): void {
  if (!isMap(doc.contents)) doc.contents = doc.createNode({}) as typeof doc.contents;
  syncMap(doc, [], answers);
}

function syncMap(doc: Document, path: Path, value: Record<string, unknown>): void {
  const map = path.length === 0 ? doc.contents : doc.getIn(path, true);
  const keys = Object.keys(value);
  keys.forEach((key, index) => {
    const child = value[key];
    if (child === undefined) return;
    if (!isMap(map) || map.has(key)) return syncValue(doc, [...path, key], child);
    // A new key goes right after the nearest key before it (in the answers' order) that the file has.
    const before = keys
      .slice(0, index)
      .reverse()
      .find((k) => map.has(k));
    const at = before === undefined ? 0 : map.items.findIndex((pair) => jsOf(pair.key) === before) + 1;
    map.items.splice(at, 0, doc.createPair(key, withoutUndefined(child)));
  });
}

function syncValue(doc: Document, path: Path, value: unknown): void {
  const node = doc.getIn(path, true);
  if (isRecord(value) && isMap(node)) return syncMap(doc, path, value);
  if (Array.isArray(value) && hasObjects(value) && isSeq(node)) {
    value.forEach((item, index) => {
      if (index < node.items.length) syncValue(doc, [...path, index], item);
      else node.items.push(doc.createNode(item));
    });
    for (let index = node.items.length - 1; index >= value.length; index--) node.items.splice(index, 1);
    return;
  }
  if (node !== undefined && same(jsOf(node), value)) return;
  if (isScalar(node) && !isRecord(value) && !Array.isArray(value)) {
    node.value = value;
    return;
  }
  doc.setIn(path, withoutUndefined(value));
}

function withoutUndefined(value: unknown): unknown {
  return JSON.parse(JSON.stringify(value ?? null)) as unknown;
}
