/**
 * Escapes an answer so Markdown reads it as literal text: `*`, `_`, `#`, `|`, `<b>`, `[[x]]` and
 * `{{x}}` in a name come out as typed. Backslash escapes work for every ASCII punctuation mark in
 * CommonMark; `-`, `.` and `:` are left alone because answers sit inside sentences, and ids and
 * enum values must compare equal after escaping.
 */
export function escapeMarkdown(value: string): string {
  return value.replace(/[\\`*_{}[\]()<>#+!|~&$^"=]/g, '\\$&').replace(/\r?\n/g, ' ');
}

/** Escapes every string in a value, deeply; numbers, booleans and null pass through. */
export function escapeDeep<T>(value: T): T {
  if (typeof value === 'string') return escapeMarkdown(value) as T;
  if (Array.isArray(value)) return value.map((v: unknown) => escapeDeep(v)) as T;
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, escapeDeep(v)])) as T;
  }
  return value;
}
