/**
 * Ties with a no-break space what a reader must not find split across lines: the section sign
 * and its number ("§ 5150", "§§ 5150–5152"), "Part 2", "Section 15", "No. 4", and a citation's
 * title and code ("42 CFR", "CFR 2.31", "45 C.F.R."), and a form's label to its fill-in line
 * ("Date: ____"). Print convention (Butterick, Chicago 6.88).
 */
export function tieSpaces(text: string): string {
  return text
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
