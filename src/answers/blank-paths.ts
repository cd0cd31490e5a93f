import { z } from 'zod';
import { answersObject } from './schema.js';
import type { AnyZod, ZodDef } from './zod-def.js';

type Def = ZodDef;

/**
 * Every field that names the blank the drafts show when it is left open (`blank` in its
 * metadata), by that label: `RETENTION PERIOD` -> `information_sharing.retention_years`.
 * List items are written `[]` (`agreement.liaisons[].email`).
 */
export function blankPaths(): Map<string, string[]> {
  const found = new Map<string, string[]>();
  const visit = (schema: AnyZod, path: string) => {
    const blank = (z.globalRegistry.get(schema) as { blank?: unknown } | undefined)?.blank;
    if (typeof blank === 'string') found.set(blank, [...(found.get(blank) ?? []), path]);
    const def = schema._zod.def as Def;
    if (def.type === 'object' && def.shape)
      for (const [key, child] of Object.entries(def.shape)) visit(child, path ? `${path}.${key}` : key);
    else if (def.type === 'array' && def.element) visit(def.element, `${path}[]`);
    else if (def.type === 'pipe' && def.in) visit(def.in, path);
    else if (def.innerType) visit(def.innerType, path);
  };
  visit(answersObject, '');
  return found;
}
