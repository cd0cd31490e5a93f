import type { Segment } from './inline-segments.js';

/** A stretch of one segment in one font; `role` marks a hyphen added at a break. */
export interface Chunk {
  text: string;
  seg: number;
  /** Font key, or null for a character no font has. */
  font: string | null;
  width: number;
  spaces: number;
  role?: 'hyphen';
}

/** An unbreakable piece of text between two break opportunities, with its trailing spaces. */
export interface Word {
  chunks: Chunk[];
  /** Width without trailing spaces. */
  content: number;
  trailing: Chunk | null;
  hardBreak: boolean;
}

type Measure = (chunk: Chunk) => number;

/** Rebuilds a word from chunks (the caller has measured them). */
function wordOf(chunks: Chunk[], trailing: Chunk | null, hardBreak: boolean): Word {
  return { chunks, content: chunks.reduce((sum, c) => sum + c.width, 0), trailing, hardBreak };
}

/** Cuts a one-chunk word at `at`: the head (plus `mark`, if any) and the tail. */
function cut(word: Word, at: number, measure: Measure, mark: string | null): [Word, Word] {
  const chunk = word.chunks[0] as Chunk;
  const head: Chunk = { ...chunk, text: chunk.text.slice(0, at), spaces: 0 };
  const tail: Chunk = { ...chunk, text: chunk.text.slice(at), spaces: 0 };
  head.width = measure(head);
  tail.width = measure(tail);
  const headChunks = [head];
  if (mark !== null) {
    const hyphen: Chunk = { ...chunk, text: mark, spaces: 0, role: 'hyphen', width: 0 };
    hyphen.width = measure(hyphen);
    headChunks.push(hyphen);
  }
  return [wordOf(headChunks, null, false), wordOf([tail], word.trailing, word.hardBreak)];
}

/**
 * Hyphenates a word so its head fits in `room`, at the last pattern point that fits. Only words
 * of one plain chunk: a blank (highlighted) or a word in mixed styles is never broken.
 */
export function hyphenateToFit(
  word: Word,
  room: number,
  segments: readonly Segment[],
  hyphenate: ((word: string) => readonly number[]) | null,
  measure: Measure,
): [Word, Word] | null {
  const chunk = word.chunks[0];
  if (!hyphenate || word.chunks.length !== 1 || !chunk || chunk.font === null) return null;
  const segment = segments[chunk.seg] as Segment;
  // A blank's label and an address are never hyphenated: a hyphen would change the address.
  if (segment.highlight || segment.link) return null;
  const core = /^\p{L}[\p{L}\p{M}]*/u.exec(chunk.text)?.[0] ?? '';
  const points = hyphenate(core);
  for (let i = points.length - 1; i >= 0; i--) {
    const pair = cut(word, points[i] as number, measure, '-');
    if (pair[0].content <= room) return pair;
  }
  return null;
}

/**
 * Breaks a word wider than a whole line where a reader expects it: after a slash or hyphen,
 * before the @ or a dot of an e-mail address. Null if no such point fits.
 */
export function softSplit(word: Word, width: number, measure: Measure): [Word, Word] | null {
  const chunk = word.chunks[0];
  if (word.chunks.length !== 1 || !chunk || chunk.font === null) return null;
  const text = chunk.text;
  const points: number[] = [];
  for (let i = 1; i < text.length - 1; i++) {
    const char = text[i] as string;
    const before = text[i - 1] as string;
    if (before === '/' || before === '-' || char === '@' || (char === '.' && text.includes('@')))
      points.push(i);
  }
  for (let i = points.length - 1; i >= 0; i--) {
    const pair = cut(word, points[i] as number, measure, null);
    if (pair[0].content <= width) return pair;
  }
  return null;
}

/** Splits a word wider than the line at character boundaries (a last resort). */
export function splitWord(word: Word, width: number, measure: Measure): Word[] {
  const out: Word[] = [];
  let current: Chunk[] = [];
  let used = 0;
  for (const chunk of word.chunks) {
    for (const char of chunk.text) {
      const piece = { ...chunk, text: char, width: 0 };
      piece.width = measure(piece);
      if (used + piece.width > width && current.length > 0) {
        out.push({ chunks: current, content: used, trailing: null, hardBreak: false });
        current = [];
        used = 0;
      }
      const last = current.at(-1);
      if (last && last.seg === piece.seg && last.font === piece.font && piece.font !== null) {
        last.text += char;
        last.width += piece.width;
      } else current.push(piece);
      used += piece.width;
    }
  }
  out.push({ chunks: current, content: used, trailing: word.trailing, hardBreak: word.hardBreak });
  return out;
}
