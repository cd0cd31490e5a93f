import { codePointLabel, firstStringMatch } from '../answers/first-string-match.js';
import { locateAnswer } from '../answers/locate-answer.js';
import { refuseRightToLeftInPdf } from '../answers/right-to-left.js';
import { userError } from '../diagnostics/errors.js';
import { formats as allFormats, rightToLeftRefusedBy, undrawableIn, type Format } from '../writers/index.js';

/**
 * Every output shows each answer as typed, or is not written. What a format cannot show is
 * refused before anything is rendered, naming the field at file:line:col: right-to-left letters
 * in a format without bidirectional ordering, and characters its fonts cannot draw (they would
 * print as empty boxes).
 */
export async function refuseAnswersFormatsCannotShow(
  answers: unknown,
  file: string,
  formats: readonly Format[],
  fallbackFonts: readonly string[],
): Promise<void> {
  // Positions are looked up only for a refusal: the file is read again then, never otherwise.
  const locate = (keys: (string | number)[]) => locateAnswer(file, keys);
  if (rightToLeftRefusedBy(formats)) refuseRightToLeftInPdf(answers, file, locate);
  const undrawable = await undrawableIn(formats, fallbackFonts);
  const found = undrawable && firstStringMatch(answers, undrawable.find);
  if (!undrawable || !found) return;
  const fonts =
    fallbackFonts.length === 0 ? 'the body font cannot' : 'neither the body font nor the --font files can';
  const others = allFormats.filter((format) => format !== undrawable.format).join(',');
  throw userError(
    `cannot write this answer into ${undrawable.format.toUpperCase()}: ${fonts} draw the character ${codePointLabel(found.found)} \`${found.found}\`, which would print as an empty box`,
    {
      file,
      ...locate(found.keys),
      path: found.path,
      hint: `add a font that has it with \`--font FILE\` (a TTF or OTF file, e.g. a Noto font for that script), or leave that format out: --format ${others}`,
    },
  );
}
