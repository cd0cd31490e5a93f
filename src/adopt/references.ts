import { plainText } from '../ast/plain-text.js';
import type { CrossReference, Inline } from '../ast/types.js';

/**
 * Cross-references in the parties' text. Word and LibreOffice renumber a copy's clauses when a
 * party deletes one, and LibreOffice updates the reference fields when it opens the file, so
 * "Section 4.9" in the parties' copy may name the same clause that pmhc numbers 4.9 (it keeps a
 * deleted clause as "[Reserved.]") though it reads "Section 4.8". A line's numbers are matched by
 * position: where the parties' line has as many numbers as the draft's, those at the draft's
 * reference positions are references and stay live; the others are the parties' text.
 */
const NUMBER = /\d+(?:\.\d+)*/g;

/** For each number in a line's text, in order: the cross-reference it is, or null. */
export function numbersOf(content: readonly Inline[]): (CrossReference | null)[] {
  return content.flatMap((node): (CrossReference | null)[] => {
    if (node.type === 'crossReference') return [node];
    if (node.type === 'strong' || node.type === 'emphasis') return numbersOf(node.content);
    return [...plainText([node]).matchAll(NUMBER)].map(() => null);
  });
}

/** Whether the two lines differ only in the numbers that are references in the draft's line. */
export function sameButReferences(draft: string, edited: string, references: readonly boolean[]): boolean {
  if (!references.includes(true)) return false;
  const a = [...draft.matchAll(NUMBER)];
  const b = [...edited.matchAll(NUMBER)];
  if (a.length !== references.length || b.length !== a.length) return false;
  const masked = (text: string, found: RegExpMatchArray[]) => {
    let out = '';
    let at = 0;
    found.forEach((m, i) => {
      out += text.slice(at, m.index) + (references[i] ? '#' : m[0]);
      at = m.index! + m[0].length;
    });
    return out + text.slice(at);
  };
  return masked(draft, a) === masked(edited, b);
}

/**
 * The parties' line as inline content: plain text, except that a number standing where the
 * draft's line has a cross-reference becomes that cross-reference again (so it follows the
 * clause it names when numbers move). Nothing else in the line is read as markup.
 */
export function withReferences(line: string, draft: readonly Inline[]): Inline[] {
  const references = numbersOf(draft);
  const found = [...line.matchAll(NUMBER)];
  if (!references.some((r) => r !== null) || found.length !== references.length) return plain(line);
  const out: Inline[] = [];
  let at = 0;
  found.forEach((m, i) => {
    const reference = references[i];
    if (!reference) return;
    out.push(...plain(line.slice(at, m.index)), { ...reference });
    at = m.index! + m[0].length;
  });
  out.push(...plain(line.slice(at)));
  return out;
}

function plain(text: string): Inline[] {
  return text === '' ? [] : [{ type: 'text', value: text }];
}
