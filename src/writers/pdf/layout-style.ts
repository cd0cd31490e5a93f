import type { Rgb } from './layout-types.js';

/** Type sizes (pt), leading and colours of the draft; one place to tune the look. */
export const layoutStyle = {
  paper: {
    letter: { width: 612, height: 792 },
    a4: { width: 595.28, height: 841.89 },
  },
  margin: 72,
  body: { size: 11, leading: 15, gap: 7 },
  /** Justified spaces, in normal spaces: stretch at most +1 (a gap at most twice normal), shrink 0.2. */
  justification: { maxStretch: 1, maxShrink: 0.2 },
  small: { size: 9.5, leading: 12.5, gap: 5 },
  headings: {
    1: { size: 17, leading: 22, before: 0, after: 12 },
    2: { size: 12, leading: 16, before: 12, after: 5 },
    3: { size: 11.5, leading: 15, before: 9, after: 4 },
  },
  clauseHeading: { size: 12, leading: 16, before: 12, after: 5 },
  /** Clause label and text positions from the left margin, by clause level. */
  clauseIndent: {
    1: { label: 0, text: 36 },
    2: { label: 0, text: 36 },
    3: { label: 36, text: 78 },
  },
  list: { label: 6, text: 22, itemGap: 3, columnGap: 18 },
  table: { size: 10, leading: 13, padX: 5, padY: 3, gapBefore: 4 },
  /** Bars of a chart table: at least this share of the width for the bar column; bar heights. */
  chart: { columnShare: 0.4, bar: 7, earlierBar: 4, gap: 2 },
  box: { padX: 10, padY: 5 },
  signature: { columnGap: 24, signingSpace: 28, partyGap: 16, leading: 16 },
  colors: {
    text: [0.1, 0.1, 0.1],
    muted: [0.4, 0.4, 0.4],
    rule: [0.6, 0.6, 0.6],
    draft: [0.72, 0.11, 0.11],
    highlight: [1, 0.93, 0.62],
    noticeFill: [0.945, 0.945, 0.945],
    noticeStroke: [0.55, 0.55, 0.55],
    noteFill: [1, 0.972, 0.88],
    noteBar: [0.85, 0.64, 0.13],
    tableHeader: [0.9, 0.9, 0.9],
    bar: [0.16, 0.33, 0.55],
    barEarlier: [0.62, 0.7, 0.8],
    barTrack: [0.93, 0.93, 0.93],
    missing: [0.8, 0.1, 0.1],
  } satisfies Record<string, Rgb>,
} as const;

type Widen<T> = T extends number
  ? number
  : T extends readonly unknown[]
    ? T
    : { -readonly [K in keyof T]: Widen<T[K]> };
/** The style a document is laid out in: the draft's, or a form's (see layoutStyleFor). */
export type LayoutStyle = Widen<typeof layoutStyle>;

/**
 * The style of a form the public fills in: narrower margins, tighter spacing and type that
 * scales from the body size (10 pt, or the size the law requires, such as 14 pt in California),
 * so that a consent form fits two pages without type below 8.5 pt.
 */
export function layoutStyleFor(meta: { kind: string; bodySize?: number }): LayoutStyle {
  if (meta.kind !== 'form') return layoutStyle;
  const size = meta.bodySize ?? 10;
  const lead = (s: number) => Math.round(s * 1.2 * 10) / 10;
  const small = Math.max(8.5, size - 1.5);
  return {
    ...layoutStyle,
    margin: 36,
    body: { size, leading: lead(size), gap: Math.round(size * 0.4) },
    small: { size: small, leading: lead(small), gap: 3 },
    headings: {
      1: { size: size + 5, leading: lead(size + 5), before: 0, after: 6 },
      2: { size: size + 1, leading: lead(size + 1), before: 6, after: 2 },
      3: { size: size + 0.5, leading: lead(size + 0.5), before: 5, after: 2 },
    },
    clauseHeading: { size: size + 1, leading: lead(size + 1), before: 6, after: 2 },
    list: { label: 2, text: Math.round(size * 1.6), itemGap: 1, columnGap: 14 },
    box: { padX: 8, padY: 3 },
  };
}
