import { userError } from '../diagnostics/errors.js';
import { codePointLabel, firstStringMatch } from './first-string-match.js';

/** Letters of scripts written right to left (Unicode bidi classes R and AL). */
const RIGHT_TO_LEFT =
  /[\p{Script=Hebrew}\p{Script=Arabic}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}\p{Script=Samaritan}\p{Script=Mandaic}\p{Script=Adlam}]/u;

/** The first answer holding right-to-left letters: its path and the letter, or null. */
export function firstRightToLeft(
  value: unknown,
): { path: string; keys: (string | number)[]; char: string } | null {
  const match = firstStringMatch(value, (text) => RIGHT_TO_LEFT.exec(text)?.[0] ?? null);
  return match && { path: match.path, keys: match.keys, char: match.found };
}

/**
 * The PDF writer sets every line left to right; it does not apply the Unicode bidirectional
 * algorithm, so Hebrew or Arabic words would print in the wrong order. Until it does, a PDF of
 * such answers is refused, naming the field and the letter; Markdown and Word order them right.
 */
export function refuseRightToLeftInPdf(
  answers: unknown,
  file: string,
  locate: (keys: (string | number)[]) => { file: string; line: number; column: number } | undefined = () =>
    undefined,
): void {
  const found = firstRightToLeft(answers);
  if (!found) return;
  throw userError(
    `cannot write this answer into a PDF: it has right-to-left letters (${codePointLabel(found.char)} \`${found.char}\`), which the PDF writer would print in the wrong order`,
    {
      file,
      ...locate(found.keys),
      path: found.path,
      hint: 'build Markdown and Word, which order right-to-left text correctly: --format md,docx; or write the name in Latin letters too',
    },
  );
}
