import { formatPath } from '../diagnostics/diagnostic.js';

/** Where an answer string matched: the field's path (as printed and as keys) and what matched. */
export interface StringMatch {
  path: string;
  keys: (string | number)[];
  found: string;
}

/** The first string in `value` (depth first, in file order) for which `find` returns something. */
export function firstStringMatch(
  value: unknown,
  find: (text: string) => string | null,
  keys: (string | number)[] = [],
): StringMatch | null {
  if (typeof value === 'string') {
    const found = find(value);
    return found === null ? null : { path: formatPath(keys), keys, found };
  }
  const entries: [string | number, unknown][] = Array.isArray(value)
    ? value.map((v, i) => [i, v])
    : value !== null && typeof value === 'object'
      ? Object.entries(value)
      : [];
  for (const [key, child] of entries) {
    const match = firstStringMatch(child, find, [...keys, key]);
    if (match) return match;
  }
  return null;
}

/** `U+0928` for a character. */
export function codePointLabel(char: string): string {
  return `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
}
