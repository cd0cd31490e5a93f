import { formatPath } from '../diagnostics/diagnostic.js';
import { userError } from '../diagnostics/errors.js';

/** Letters of scripts written right to left (Unicode bidi classes R and AL). */
const RIGHT_TO_LEFT =
  /[\p{Script=Hebrew}\p{Script=Arabic}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}\p{Script=Samaritan}\p{Script=Mandaic}\p{Script=Adlam}]/u;

/** The first answer holding right-to-left letters: its path and the letter, or null. */
export function firstRightToLeft(
  value: unknown,
  path: (string | number)[] = [],
): { path: string; char: string } | null {
  if (typeof value === 'string') {
    const match = RIGHT_TO_LEFT.exec(value);
    return match ? { path: formatPath(path), char: match[0] } : null;
  }
  const entries: [string | number, unknown][] = Array.isArray(value)
    ? value.map((v, i) => [i, v])
    : value !== null && typeof value === 'object'
      ? Object.entries(value)
      : [];
  for (const [key, child] of entries) {
    const found = firstRightToLeft(child, [...path, key]);
    if (found) return found;
  }
  return null;
}

/**
 * The PDF writer sets every line left to right; it does not apply the Unicode bidirectional
 * algorithm, so Hebrew or Arabic words would print in the wrong order. Until it does, a PDF of
 * such answers is refused, naming the field and the letter; Markdown and Word order them right.
 */
export function refuseRightToLeftInPdf(answers: unknown, file: string): void {
  const found = firstRightToLeft(answers);
  if (!found) return;
  const code = found.char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0');
  throw userError(
    `cannot write this answer into a PDF: it has right-to-left letters (U+${code} \`${found.char}\`), which the PDF writer would print in the wrong order`,
    {
      file,
      path: found.path,
      hint: 'build Markdown and Word, which order right-to-left text correctly: --format md,docx; or write the name in Latin letters too',
    },
  );
}
