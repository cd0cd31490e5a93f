import { isRecord } from './draft.js';
import type { Field } from './questions-from-schema.js';

/**
 * The answers with every object's keys in the schema's order (unknown keys last, as they were),
 * so that a field added to an existing file lands beside its neighbours, not at the end.
 */
export function orderBySchema(value: unknown, fields: Field[]): unknown {
  if (!isRecord(value)) return value;
  const out: Record<string, unknown> = {};
  for (const field of fields) {
    if (!(field.key in value)) continue;
    const child = value[field.key];
    if (field.type === 'group') out[field.key] = orderBySchema(child, field.fields);
    else if (field.type === 'list' && Array.isArray(child))
      out[field.key] = child.map((item) => orderBySchema(item, field.item));
    else out[field.key] = child;
  }
  for (const [key, child] of Object.entries(value)) if (!(key in out)) out[key] = child;
  return out;
}
