import { shareColumns } from '../share-columns.js';
import type { Inline } from '../../ast/types.js';

/** Left plus right cell margin (twips) that table.ts gives every cell. */
export const cellMargins = 200;

// Advance widths of Times New Roman in 1/1000 em (the Adobe Times-Roman metrics), for the
// characters drafts use most; anything else counts as a wide 556, so estimates err wide.
// prettier-ignore
const advance: Record<string, number> = {
  ' ': 250, '!': 333, '"': 408, '#': 500, $: 500, '%': 833, '&': 778, "'": 180, '(': 333, ')': 333,
  '*': 500, '+': 564, ',': 250, '-': 333, '.': 250, '/': 278, ':': 278, ';': 278, '<': 564, '=': 564,
  '>': 564, '?': 444, '@': 921, '[': 333, ']': 333, _: 500, '§': 500, '\u2018': 333, '\u2019': 333,
  '\u201C': 444, '\u201D': 444, '\u2013': 500, '\u2014': 1000, '\u2022': 350,
  A: 722, B: 667, C: 667, D: 722, E: 611, F: 556, G: 722, H: 722, I: 333, J: 389, K: 722, L: 611,
  M: 889, N: 722, O: 722, P: 556, Q: 722, R: 667, S: 556, T: 611, U: 722, V: 722, W: 944, X: 722,
  Y: 722, Z: 611,
  a: 444, b: 500, c: 444, d: 500, e: 444, f: 333, g: 500, h: 500, i: 278, j: 278, k: 500, l: 278,
  m: 778, n: 500, o: 500, p: 500, q: 500, r: 333, s: 389, t: 278, u: 500, v: 500, w: 722, x: 500,
  y: 500, z: 444,
};
for (let d = 0; d <= 9; d++) advance[String(d)] = 500;

/** How much wider the body face (Source Serif 4) sets than Times, rounded up. */
const bodyFaceWidth = 1.12;

/** Bold Times is wider than roman; one factor covers it, rounded up. */
const boldFactor = 1.1;

/** A run of text and whether it is bold (headers, defined terms and blanks are). */
interface Piece {
  text: string;
  bold: boolean;
}

/** The lines of a cell (split at line breaks), each as bold/roman pieces, as the runs show them. */
function cellLines(inlines: Inline[], bold: boolean): Piece[][] {
  const lines: Piece[][] = [[]];
  const add = (text: string, isBold: boolean) =>
    text.split(/\r\n|\r|\n/).forEach((part, i) => {
      if (i > 0) lines.push([]);
      lines[lines.length - 1]!.push({ text: part, bold: isBold });
    });
  const walk = (nodes: Inline[], isBold: boolean) => {
    for (const node of nodes) {
      if (node.type === 'text') add(node.value, isBold);
      else if (node.type === 'strong') walk(node.content, true);
      else if (node.type === 'emphasis') walk(node.content, isBold);
      else if (node.type === 'definedTerm')
        add(node.defining ? `\u201C${node.term}\u201D` : node.term, isBold);
      else if (node.type === 'blank') add(`[${node.label}]`, true);
      else if (node.type === 'crossReference') add(node.number, isBold);
      else if (node.type === 'lineBreak') lines.push([]);
    }
  };
  walk(inlines, bold);
  return lines;
}

/** Width of one character in 1/1000 em; an accented letter measures as its base letter. */
function charWidth(char: string, bold: boolean): number {
  const base = char.normalize('NFD')[0] ?? char;
  const width = advance[char] ?? advance[base] ?? 556;
  return bold ? width * boldFactor : width;
}

/**
 * The widest unbreakable piece of a cell and its widest line, in 1/1000 em. A line can break at
 * white space and after a hyphen or dash (as Word and LibreOffice do), nowhere else.
 */
function measure(inlines: Inline[], bold: boolean): { word: number; line: number } {
  let word = 0;
  let line = 0;
  for (const pieces of cellLines(inlines, bold)) {
    let lineWidth = 0;
    let wordWidth = 0;
    for (const piece of pieces) {
      for (const char of piece.text) {
        const width = charWidth(char, piece.bold);
        lineWidth += width;
        if (/\s/.test(char)) wordWidth = 0;
        else {
          wordWidth += width;
          word = Math.max(word, wordWidth);
          if (/[-\u2010\u2013\u2014]/.test(char)) wordWidth = 0;
        }
      }
    }
    line = Math.max(line, lineWidth);
  }
  return { word, line };
}

/**
 * Column widths (twips) that add up to `total`, the way a browser lays out an automatic table:
 * every column is at least as wide as its longest word (so no word breaks mid-word), and the
 * rest of the width goes to the columns with the most text. `header` cells count as bold. If
 * even the longest words do not fit, columns shrink in proportion to them. Integer arithmetic
 * on the inputs only, so the same table always gets the same widths.
 */
export function columnWidths(
  header: Inline[][],
  rows: Inline[][][],
  columns: number,
  total: number,
  fontSizePt: number,
): number[] {
  // Source Serif 4 sets about 12% wider than the Times metrics above.
  const twipsPerMilliEm = (fontSizePt * 20 * bodyFaceWidth) / 1000;
  const min: number[] = [];
  const max: number[] = [];
  for (let i = 0; i < columns; i++) {
    const sizes = [measure(header[i] ?? [], true), ...rows.map((row) => measure(row[i] ?? [], false))];
    // A little slack over the estimate, because a word that overflows by a hair still breaks.
    const word = Math.ceil(Math.max(...sizes.map((s) => s.word)) * twipsPerMilliEm * 1.05) + 40;
    const line = Math.ceil(Math.max(...sizes.map((s) => s.line)) * twipsPerMilliEm * 1.05) + 40;
    min.push(word + cellMargins);
    max.push(Math.max(word, line) + cellMargins);
  }
  const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
  const widths = shareColumns(min, max, total);
  const rounded = widths.map((w) => Math.floor(w));
  // What flooring lost goes to the widest column, so the grid fills the width exactly.
  const widest = rounded.indexOf(Math.max(...rounded));
  rounded[widest] = rounded[widest]! + total - sum(rounded);
  return rounded;
}
