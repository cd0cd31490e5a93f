/** `md,docx` or repeated flags -> ['md', 'docx'], trimmed, empty parts dropped. */
export function parseList(value: unknown): string[] {
  const parts = Array.isArray(value) ? value : value === undefined ? [] : [value];
  return parts
    .flatMap((p) => String(p).split(','))
    .map((p) => p.trim())
    .filter(Boolean);
}
