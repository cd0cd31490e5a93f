import type { Face } from './fonts.js';
import type { Segment } from './inline-segments.js';
import type { FlowItem, Rect, Rgb, Run } from './layout-types.js';
import { layoutStyle, type LayoutStyle } from './layout-style.js';
import { breakLines } from './line-break.js';
import type { Measurer } from './measure.js';

/** What every block handler needs. */
export interface LayoutContext {
  measurer: Measurer;
  /** The document language's hyphenation, or null. */
  hyphenate: ((word: string) => readonly number[]) | null;
  /** Body text is justified (not in forms, which the public reads). */
  justify: boolean;
  /** Records a character that no font can draw, with the text around it and the word it is in. */
  missing(char: string, around: string, path: string, word: string): void;
  /** The document's sizes and spacing: the draft's, or a form's. */
  style: LayoutStyle;
  /** A form the public fills in: short checkbox lists in two columns, lead-ins kept with what they introduce. */
  form: boolean;
}

export interface ParagraphOptions {
  path: string;
  /** Left edge of the text, from the left margin. */
  x: number;
  width: number;
  size: number;
  leading: number;
  justify: boolean;
  center?: boolean;
  /** A label set in the margin of the first line ("1.1", a bullet). */
  label?: { text: string; x: number; face: Face };
  /** Keep the last line with what follows (headings). */
  keepWithNext: boolean;
  /** Never break inside (headings, notes). */
  keepTogether?: boolean;
  /**
   * Break into lines of near-equal length, never after a hyphen (titles, headings): no word is
   * left alone on the last line.
   */
  balance?: boolean;
  color?: Rgb;
}

/** Baseline offset of a line of `size` type in a line box of `leading`. */
export function baselineIn(leading: number, size: number): number {
  return (leading + size * 0.7) / 2;
}

/** Sets a paragraph as one flow item per line, with widow and orphan control (two lines). */
export function setParagraph(
  segments: readonly Segment[],
  context: LayoutContext,
  options: ParagraphOptions,
): FlowItem[] {
  const { size, leading, path } = options;
  const setAt = (width: number, report = true) =>
    breakLines(
      segments,
      {
        width,
        size,
        justify: options.justify,
        hyphenate: context.hyphenate,
        // A form's fill-in lines give up length, to a width a date can be written in, to stay in a row.
        ...(context.form ? { shortestRule: Math.max(54, 5 * size) } : {}),
        keepHyphenated: Boolean(options.balance),
        onMissing: (char, around, word) => (report ? context.missing(char, around, path, word) : undefined),
      },
      context.measurer,
    );
  let lines = setAt(options.width);
  if (options.balance && lines.length > 1) lines = balanced(lines.length, options.width, setAt);
  const baseline = baselineIn(leading, size);
  return lines.map((line, index): FlowItem => {
    const dx = options.x + (options.center ? Math.max(0, (options.width - line.width) / 2) : 0);
    const runs: Run[] = line.runs.map((run) => ({
      ...run,
      x: run.x + dx,
      ...(options.color ? { color: options.color } : {}),
    }));
    if (index === 0 && options.label) {
      const { text, x, face } = options.label;
      const width = context.measurer.width(text, face, size);
      runs.unshift({ kind: 'text', x, text, font: face, size, width, wordSpace: 0, role: 'label' });
    }
    const rects: Rect[] = line.highlights.map((h) => ({
      x: h.x + dx - 1,
      y: baseline - size * 0.86,
      width: h.width + 2,
      height: size * 1.12,
      fill: layoutStyle.colors.highlight,
    }));
    for (const rule of line.rules)
      rects.push({
        x: rule.x + dx,
        y: baseline + 1.5,
        width: rule.width,
        height: 0.6,
        fill: layoutStyle.colors.text,
      });
    const last = index === lines.length - 1;
    const fromEnd = lines.length - 1 - index;
    // A break after line i (0-based) leaves i+1 lines above and fromEnd below: both must be >= 2.
    const keepWithNext = last
      ? options.keepWithNext
      : Boolean(options.keepTogether) || index < 1 || fromEnd < 2;
    return { height: leading, lines: [{ path, y: baseline, runs, numbered: true }], rects, keepWithNext };
  });
}

/**
 * The narrowest measure that still sets the text in `count` lines (to a tenth of a point): the
 * lines come out of near-equal length, as a designer balances a title by hand.
 */
function balanced(
  count: number,
  width: number,
  setAt: (width: number, report: boolean) => ReturnType<typeof breakLines>,
): ReturnType<typeof breakLines> {
  let fits = width;
  let tooNarrow = width / count - 1;
  while (fits - tooNarrow > 0.1) {
    const middle = (fits + tooNarrow) / 2;
    if (setAt(middle, false).length <= count) fits = middle;
    else tooNarrow = middle;
  }
  return setAt(fits, false);
}

/** Vertical space between blocks; dropped at a page top. */
export function gap(height: number, keepWithNext = false): FlowItem {
  return { height, lines: [], rects: [], keepWithNext, discardable: true };
}
