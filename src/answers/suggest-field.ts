import { answersObject } from './schema.js';
import type { AnyZod, ZodDef } from './zod-def.js';

type Def = ZodDef;

/** The object schema at `path` (list indexes step into the item), or null. */
function objectAt(path: readonly PropertyKey[]): Record<string, AnyZod> | null {
  let current: AnyZod | undefined = answersObject;
  for (const key of [...path, null]) {
    // Peel default/nullable/pipe wrappers and step into lists until an object (or nothing) is left.
    for (let def = current?._zod.def as Def | undefined; def; def = current?._zod.def as Def | undefined) {
      if (def.type === 'object') break;
      current = def.type === 'array' ? def.element : def.type === 'pipe' ? def.in : def.innerType;
    }
    const shape = (current?._zod.def as Def | undefined)?.shape;
    if (!shape) return null;
    if (key === null) return shape;
    if (typeof key === 'number') continue;
    current = shape[String(key)];
  }
  return null;
}

/** Edit distance between two short words (insertions, deletions, substitutions, swaps). */
function distance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        best = Math.min(best, d[i - 2]![j - 2]! + 1);
      d[i]![j] = best;
    }
  }
  return d[a.length]![b.length]!;
}

/**
 * The field of the group at `path` that an unknown key was most likely meant to be
 * (`hipaa_stauts` -> `hipaa_status`), or undefined when none is close.
 */
export function suggestField(path: readonly PropertyKey[], unknown: string): string | undefined {
  const shape = objectAt(path);
  if (!shape) return undefined;
  const typed = unknown.toLowerCase().replace(/[\s-]+/g, '_');
  const scored = Object.keys(shape)
    .map((name) => ({ name, score: distance(typed, name) }))
    .filter(({ name, score }) => score <= Math.max(1, Math.floor(name.length / 3)))
    .sort((x, y) => x.score - y.score);
  return scored[0]?.name;
}
