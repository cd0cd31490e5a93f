import { escapeBlockStart, oneLine } from '../ast/markdown-literal.js';

/**
 * Escapes an answer so Markdown reads it as literal text wherever a template puts it: `*`, `_`,
 * `#`, `|`, `<b>`, `&copy;`, `"`, `[[x]]` and `{{x}}` anywhere, and at the
 * start (a template may put an answer where a line or list item begins) `- x`, `2026. x`, `---`.
 * Line endings, a lone CR included, fold into spaces: an answer never starts a new block.
 * `-`, `.` and `:` inside the text are left alone, so ids and enum values still compare equal;
 * an apostrophe is left to the typographer (`Sheriff's` is set `Sheriff’s`, as in template text).
 */
export function escapeMarkdown(value: string): string {
  return escapeBlockStart(oneLine(value).replace(/[\\`*_{}[\]()<>#+!|~&$^"=]/g, '\\$&'));
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

/**
 * A sentence that ends on a name ending in a period ("Harbor Services, Inc.") gets one period,
 * not two. Exactly two periods after a letter are collapsed; an ellipsis ("...") is left alone.
 */
export function collapseDoublePeriods(markdown: string): string {
  return markdown.replace(/(?<=\p{L})\.\.(?!\.)/gu, '.');
}
