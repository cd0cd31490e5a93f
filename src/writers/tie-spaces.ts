/**
 * Ties with a no-break space what a reader must not find split across lines: the section sign
 * and its number ("§ 5150", "§§ 5150–5152"), "Part 2", "Section 15", "No. 4", and a citation's
 * title and code ("42 CFR", "CFR 2.31", "45 C.F.R."), and a form's label to its fill-in line
 * ("Date: ____", "Staff name: ____") and a checkbox to the words of its choice ("☐ health care
 * agent"), so a label is never split from its line or box. Print convention (Butterick, Chicago 6.88).
 */
export function tieSpaces(text: string): string {
  return tieFormLabels(text)
    .replace(/(§§?|¶) +(?=\S)/g, '$1\u00a0')
    .replace(/\b(Part|Section|Sections|Article|Chapter|Title|No\.|Rule|Policy|Order) +(?=\d)/g, '$1\u00a0')
    .replace(/\b(\d+) +(CFR|C\.F\.R\.|U\.S\.C\.|USC)(?= |$)/g, '$1\u00a0$2')
    .replace(/\b(CFR|C\.F\.R\.|U\.S\.C\.|USC) +(?=\d)/g, '$1\u00a0')
    .replace(/(\S) +(?=_{3,})/g, '$1\u00a0');
}

/**
 * The text before a cross-reference, its last space made no-break: "Section" and the number
 * the build fills in after it stay on one line (they are separate nodes, so tieSpaces misses it).
 */
export function tieBeforeReference(text: string): string {
  return text.replace(/(\S) $/, '$1\u00a0');
}

/** Longest label or checkbox choice tied whole (characters); a longer one keeps its breaks. */
const LONGEST_LABEL = 40;

const tieAll = (words: string) => words.replace(/ +/g, '\u00a0');

/**
 * A fill-in line's label (the words since the paragraph's start, the previous line or a
 * sentence's end: "Staff name:", "Nombre del empleado:") and a checkbox's choice (up to the next
 * box, line or the end) each as one unbreakable group, when short enough to fit any line.
 */
function tieFormLabels(text: string): string {
  return text
    .replace(
      /(?<=^ *|_{3,}[ \u00a0]+|[.;] +)[^_\u2610\n.; \u00a0][^_\u2610\n.;]*?(?=[ \u00a0]+_{3,})/g,
      (label) => (label.length <= LONGEST_LABEL ? tieAll(label) : label),
    )
    .replace(/\u2610[ \u00a0][^_\u2610\n]*?(?=[ \u00a0]*(?:\u2610|_{3,}|\n|$))/g, (choice) =>
      choice.length <= LONGEST_LABEL ? tieAll(choice) : choice.replace(/^\u2610[ \u00a0]+/, '\u2610\u00a0'),
    );
}
