import { isMap, isNode, type Document as YamlDocument } from 'yaml';

/** The offset of the deepest node of `path` that exists in the document. */
export function offsetOf(doc: YamlDocument, path: PropertyKey[]): number {
  for (let depth = path.length; depth >= 0; depth--) {
    const node = doc.getIn(path.slice(0, depth) as unknown[], true);
    if (isNode(node) && node.range) return node.range[0];
  }
  return 0;
}

export function offsetOfKey(doc: YamlDocument, path: PropertyKey[], key: string): number | undefined {
  const parent = path.length === 0 ? doc.contents : doc.getIn(path as unknown[], true);
  if (!isMap(parent)) return undefined;
  for (const pair of parent.items) {
    const k = pair.key;
    if (isNode(k) && k.toJSON() === key && k.range) return k.range[0];
  }
  return undefined;
}
