import LineBreaker from 'linebreak';
import type { Face } from './fonts.js';
import type { Segment } from './inline-segments.js';
import type { Run } from './layout-types.js';
import type { Measurer } from './measure.js';

/** How to set one paragraph. */
export interface BreakOptions {
  width: number;
  size: number;
  justify: boolean;
  /** Called once per character that no font can draw, with the text around it. */
  onMissing(char: string, context: string): void;
}

/** A set line: runs with x from the line's start; highlights are x-ranges for blanks. */
export interface SetLine {
  runs: Run[];
  width: number;
  highlights: { x: number; width: number }[];
}

interface Chunk {
  text: string;
  seg: number;
  /** Font key, or null for a character no font has. */
  font: string | null;
  width: number;
  spaces: number;
}

interface Word {
  chunks: Chunk[];
  /** Width without trailing spaces. */
  content: number;
  trailing: Chunk | null;
  hardBreak: boolean;
}

export function faceOf(segment: Segment): Face {
  if (segment.bold) return segment.italic ? 'boldItalic' : 'bold';
  return segment.italic ? 'italic' : 'regular';
}

/** Breaks styled text into lines (UAX #14 opportunities, greedy fill, optional justification). */
export function breakLines(
  segments: readonly Segment[],
  options: BreakOptions,
  measurer: Measurer,
): SetLine[] {
  const text = segments.map((segment) => segment.text).join('');
  const segOf = new Uint16Array(text.length);
  let offset = 0;
  segments.forEach((segment, index) => {
    segOf.fill(index, offset, offset + segment.text.length);
    offset += segment.text.length;
  });
  const { size } = options;
  const faceKey = (seg: number) => faceOf(segments[seg] as Segment);
  const measure = (chunk: Chunk) =>
    chunk.font === null ? size * 0.6 * [...chunk.text].length : measurer.width(chunk.text, chunk.font, size);

  // Split [start, end) into chunks of one segment and one font each.
  const chunksOf = (start: number, end: number): Chunk[] => {
    const chunks: Chunk[] = [];
    for (let i = start; i < end;) {
      const codePoint = text.codePointAt(i) as number;
      const char = String.fromCodePoint(codePoint);
      const seg = segOf[i] as number;
      const font = measurer.fontFor(codePoint, faceKey(seg));
      if (font === null) options.onMissing(char, text.slice(Math.max(0, i - 24), i + 24).trim());
      const last = chunks.at(-1);
      if (last && last.seg === seg && last.font === font && font !== null) last.text += char;
      else chunks.push({ text: char, seg, font, width: 0, spaces: 0 });
      i += char.length;
    }
    for (const chunk of chunks) chunk.width = measure(chunk);
    return chunks;
  };

  const words: Word[] = [];
  const breaker = new LineBreaker(text);
  let start = 0;
  for (let bk = breaker.nextBreak(); bk; bk = breaker.nextBreak()) {
    const end = bk.position;
    let contentEnd = end;
    while (contentEnd > start && /[ \n]/.test(text[contentEnd - 1] as string)) contentEnd--;
    const spaces = text.slice(contentEnd, end).replace(/\n/g, '');
    const hardBreak = bk.required && end < text.length;
    if (contentEnd === start && spaces === '' && !hardBreak) {
      start = end;
      continue;
    }
    const seg = segOf[contentEnd] ?? 0;
    const font = faceKey(seg);
    const trailing = spaces
      ? { text: spaces, seg, font, width: measurer.width(spaces, font, size), spaces: spaces.length }
      : null;
    const chunks = chunksOf(start, contentEnd);
    words.push({ chunks, content: chunks.reduce((sum, c) => sum + c.width, 0), trailing, hardBreak });
    start = end;
  }

  const lines: Word[][] = [];
  const hard: boolean[] = [];
  let line: Word[] = [];
  let width = 0;
  const flush = (isHard: boolean) => {
    lines.push(line);
    hard.push(isHard);
    line = [];
    width = 0;
  };
  for (const word of words) {
    if (line.length > 0 && width + word.content > options.width) flush(false);
    const pieces =
      line.length === 0 && word.content > options.width ? splitWord(word, options.width, measure) : [word];
    pieces.forEach((piece, index) => {
      if (index > 0) flush(false);
      line.push(piece);
      width += piece.content + (piece.trailing?.width ?? 0);
    });
    if (word.hardBreak) flush(true);
  }
  if (line.length > 0 || lines.length === 0) flush(true);
  return lines.map((words, index) =>
    setLine(words, options, segments, index < lines.length - 1 && !hard[index]),
  );
}

/** Splits a word wider than the line at character boundaries. */
function splitWord(word: Word, width: number, measure: (chunk: Chunk) => number): Word[] {
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

function setLine(
  words: Word[],
  options: BreakOptions,
  segments: readonly Segment[],
  justify: boolean,
): SetLine {
  const chunks: Chunk[] = [];
  words.forEach((word, index) => {
    chunks.push(...word.chunks);
    if (word.trailing && index < words.length - 1) chunks.push(word.trailing);
  });
  const natural = chunks.reduce((sum, chunk) => sum + chunk.width, 0);
  const spaces = chunks.reduce((sum, chunk) => sum + chunk.spaces, 0);
  const extra =
    options.justify && justify && spaces > 0 ? Math.max(0, (options.width - natural) / spaces) : 0;

  const runs: Run[] = [];
  const highlights: SetLine['highlights'] = [];
  let x = 0;
  for (const chunk of chunks) {
    const width = chunk.width + chunk.spaces * extra;
    const last = runs.at(-1);
    const font = chunk.font;
    if (font === null) {
      runs.push({ kind: 'missing', x, text: chunk.text, size: options.size, width });
    } else if (last?.kind === 'text' && last.font === font) {
      last.text += chunk.text;
      last.width += width;
    } else {
      runs.push({ kind: 'text', x, text: chunk.text, font, size: options.size, width, wordSpace: extra });
    }
    if ((segments[chunk.seg] as Segment).highlight) {
      const h = highlights.at(-1);
      if (h && Math.abs(h.x + h.width - x) < 0.01) h.width += width;
      else highlights.push({ x, width });
    }
    x += width;
  }
  return { runs, width: x, highlights };
}
