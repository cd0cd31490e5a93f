import { TabStopType } from 'docx';
import type { Inline } from '../../ast/types.js';
import { plainText } from '../../ast/plain-text.js';
import { bodyMeasurer } from './body-measurer.js';

/** A run of typed underscores in a form's text: a line for the person to write on. */
export const FILL_IN = /_{3,}/g;

/** Twips per point. */
const TWIPS = 20;

/** Shortest line worth writing on (pt): below it, the typed underscores stay. */
const shortest = 36;

export interface FillInStop {
  type: typeof TabStopType.LEFT;
  position: number;
  leader: 'underscore';
}

/**
 * Where a form paragraph's fill-in lines end, as tab stops with an underscore leader: Word then
 * draws each blank as a rule from its label to its stop, which cannot wrap away from the label as
 * typed underscores do. The labels are measured in the body face (the one Word sets), and the
 * room left on the line is shared among the blanks in proportion to the underscores the template
 * typed for each. Null when the paragraph has no blank, or its labels leave too little room on
 * one line: then the typed underscores stay.
 *
 * `indent` and `width` are in twips: where the paragraph's text starts and ends, from the margin.
 */
export function fillInStops(
  inlines: readonly Inline[],
  size: number,
  indent: number,
  width: number,
): FillInStop[] | null {
  const text = plainText([...inlines]);
  const blanks = [...text.matchAll(FILL_IN)];
  if (blanks.length === 0) return null;
  const measure = (s: string) => bodyMeasurer().width(s, 'bold', size) * TWIPS;
  const labels: number[] = [];
  let from = 0;
  for (const blank of blanks) {
    labels.push(measure(text.slice(from, blank.index)));
    from = (blank.index ?? 0) + blank[0].length;
  }
  // The mark that closes the last blank (". If you leave it blank...") stays on its line.
  const closing = text.slice(from).split(/\s/)[0] ?? '';
  const room = width - indent - labels.reduce((a, b) => a + b, 0) - measure(closing) - TWIPS;
  const typed = blanks.reduce((n, b) => n + b[0].length, 0);
  const shares = blanks.map((b) => (room * b[0].length) / typed);
  if (shares.some((w) => w < shortest * TWIPS)) return lastLineStop(text, blanks.length, width);
  let at = indent;
  return blanks.map((_, i) => {
    at += (labels[i] as number) + (shares[i] as number);
    return { type: TabStopType.LEFT, position: Math.floor(at), leader: 'underscore' };
  });
}

/**
 * A paragraph that wraps (a long lead-in, then "☐ other: ___") and ends with its only blank: the
 * blank runs to the right edge of its last line, wherever the label ends. Null otherwise.
 */
function lastLineStop(text: string, blanks: number, width: number): FillInStop[] | null {
  if (blanks !== 1 || !/_{3,}[.,;:]?\s*$/.test(text)) return null;
  return [{ type: TabStopType.LEFT, position: Math.floor(width), leader: 'underscore' }];
}

/** A form paragraph set as rows: each row's words and the tab stops of its blanks. */
export interface FillInRow {
  inlines: Inline[];
  stops: FillInStop[];
}

/**
 * A row of three blanks or more that does not fit one line ("Intérprete (nombre o número): ___
 * Nombre del empleado: ___ Fecha: ___" in 14 pt type), as two rows, broken before its last two
 * fields as the PDF breaks it, each drawn as rules to its own stops. Null when the paragraph is
 * not one plain row of blanks, fits one line, or its rows would not fit either.
 */
export function fillInRows(
  inlines: readonly Inline[],
  size: number,
  indent: number,
  width: number,
): FillInRow[] | null {
  // The blanks in the first text; what follows it (a line break, the form's version line) has none.
  const [first, ...rest] = inlines;
  if (first?.type !== 'text' || /_{3,}/.test(plainText(rest))) return null;
  if (fillInStops(inlines, size, indent, width)) return null;
  const blanks = [...first.value.matchAll(FILL_IN)];
  if (blanks.length < 3) return null;
  const cut = blanks.at(-3) as RegExpMatchArray;
  const at = (cut.index ?? 0) + cut[0].length;
  const parts: Inline[][] = [
    [{ type: 'text', value: first.value.slice(0, at) }],
    [{ type: 'text', value: first.value.slice(at).trimStart() }, ...rest],
  ];
  const rows = parts.map((row) => ({ inlines: row, stops: fillInStops(row, size, indent, width) }));
  return rows.every((r): r is FillInRow => r.stops !== null) ? rows : null;
}
