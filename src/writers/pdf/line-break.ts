import LineBreaker from 'linebreak';
import type { Face } from './fonts.js';
import type { Segment } from './inline-segments.js';
import type { Run } from './layout-types.js';
import { layoutStyle } from './layout-style.js';
import { hyphenateToFit, softSplit, splitWord, type Chunk, type Word } from './line-words.js';
import type { Measurer } from './measure.js';

/** How to set one paragraph. */
export interface BreakOptions {
  width: number;
  size: number;
  justify: boolean;
  /** Never break after a hyphen ("Co- / Responder"), as in titles; a word wider than the line still may. */
  keepHyphenated?: boolean;
  /** Break words with a hyphen where the language's patterns allow (null: never). */
  hyphenate?: ((word: string) => readonly number[]) | null;
  /**
   * The shortest a fill-in line may become (pt) so that a row of them fits on one line; absent,
   * fill-in lines keep the length typed.
   */
  shortestRule?: number;
  /** Called once per character that no font can draw, with the word it is in and the text around. */
  onMissing(char: string, context: string, word: string): void;
}

/**
 * A set line: runs with x from the line's start; highlights are x-ranges for blanks, rules the
 * x-ranges of fill-in lines (typed underscores, drawn as a rule to write on).
 */
export interface SetLine {
  runs: Run[];
  width: number;
  highlights: { x: number; width: number }[];
  rules: { x: number; width: number }[];
}

export function faceOf(segment: Segment): Face {
  if (segment.bold) return segment.italic ? 'boldItalic' : 'bold';
  return segment.italic ? 'italic' : 'regular';
}

/**
 * Breaks styled text into lines: UAX #14 opportunities, a greedy fill that hyphenates the word
 * that does not fit (when allowed) and lets justified spaces shrink a little, and justification
 * that never stretches a space past its limit (such a line is set ragged instead).
 */
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
      if (font === null)
        options.onMissing(char, text.slice(Math.max(0, i - 24), i + 24).trim(), wordAt(text, i));
      const last = chunks.at(-1);
      // A run of underscores is a chunk of its own: it is drawn as a fill-in rule.
      const sameKind = (char === '_') === (last?.text.endsWith('_') ?? false);
      if (last && last.seg === seg && last.font === font && font !== null && sameKind) last.text += char;
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
    if (options.keepHyphenated && !bk.required && text[end - 1] === '-') continue;
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
  let spaces = 0;
  const flush = (isHard: boolean) => {
    lines.push(line);
    hard.push(isHard);
    line = [];
    width = 0;
    spaces = 0;
  };
  const push = (word: Word) => {
    line.push(word);
    width += word.content + (word.trailing?.width ?? 0);
    spaces += word.trailing?.spaces ?? 0;
  };
  const spaceWidth = (font: string) => measurer.width(' ', font, size);
  const { maxShrink } = layoutStyle.justification;
  const hyphenate = options.justify ? (options.hyphenate ?? null) : null;
  const queue = [...words];
  for (let k = 0; k < queue.length; k++) {
    const word = queue[k] as Word;
    // Justified spaces may shrink a little to take one more word.
    const shrink = options.justify ? spaces * spaceWidth('regular') * maxShrink : 0;
    const room = options.width - width;
    // Only a word with a fill-in line of its own may shorten the lines before it.
    const rulesFit = () =>
      options.shortestRule !== undefined &&
      word.chunks.some(isRule) &&
      shortenRules([...line, word], options.width, options.shortestRule);
    if (line.length > 0 && word.content > room + shrink && rulesFit()) {
      width = line.reduce((sum, w) => sum + w.content + (w.trailing?.width ?? 0), 0);
      push(word);
      if (word.hardBreak) flush(true);
      continue;
    }
    if (line.length === 0 && word.content > options.width) rulesFit();
    // A row of fill-in lines too long for one line breaks before its last two fields, not its last.
    const previous = line.at(-1);
    if (
      options.shortestRule !== undefined &&
      line.length >= 2 &&
      previous?.chunks.some(isRule) &&
      word.chunks.some(isRule) &&
      word.content > room + shrink &&
      (previous.content + (previous.trailing?.width ?? 0) + word.content <= options.width ||
        shortenRules([previous, word], options.width, options.shortestRule))
    ) {
      line.pop();
      flush(false);
      push(previous);
      push(word);
      if (word.hardBreak) flush(true);
      continue;
    }
    if (line.length > 0 && word.content > room + shrink) {
      const split = hyphenateToFit(word, room, segments, hyphenate, measure);
      if (split) {
        push(split[0]);
        flush(false);
        queue.splice(k + 1, 0, split[1]);
        continue;
      }
      flush(false);
    }
    if (line.length === 0 && word.content > options.width) {
      const split =
        hyphenateToFit(word, options.width, segments, hyphenate, measure) ??
        softSplit(word, options.width, measure);
      if (split) {
        push(split[0]);
        flush(false);
        queue.splice(k + 1, 0, split[1]);
        continue;
      }
      splitWord(word, options.width, measure).forEach((piece, index) => {
        if (index > 0) flush(false);
        push(piece);
      });
    } else push(word);
    if (word.hardBreak) flush(true);
  }
  if (line.length > 0 || lines.length === 0) flush(true);
  return lines.map((words, index) =>
    setLine(words, options, segments, index < lines.length - 1 && !hard[index], spaceWidth),
  );
}

const isRule = (chunk: Chunk) => /^_{3,}$/.test(chunk.text);

/**
 * Shortens the fill-in lines of `words` (a line and the word to add to it) so that the words fit
 * `width`: all by the same proportion, none below `shortest` (or the length typed, if shorter),
 * so a row "Interpreter: ___ Staff name: ___ Date: ___" stays one row instead of wrapping its last
 * label and line alone. False, changing nothing, when they cannot fit.
 */
function shortenRules(words: Word[], width: number, shortest: number): boolean {
  const rules = words.flatMap((w) => w.chunks.filter(isRule));
  if (rules.length === 0) return false;
  const last = words.length - 1;
  const total = words.reduce((sum, w, i) => sum + w.content + (i < last ? (w.trailing?.width ?? 0) : 0), 0);
  const typed = rules.map((r) => r.width);
  const floors = typed.map((w) => Math.min(shortest, w));
  const room = width - (total - typed.reduce((a, b) => a + b, 0)) - 0.5;
  if (room >= typed.reduce((a, b) => a + b, 0) || room < floors.reduce((a, b) => a + b, 0)) return false;
  // Rules that the common proportion would take below their floor stay at it; the rest share what is left.
  const atFloor = new Set<number>();
  let scale = 1;
  for (let changed = true; changed;) {
    changed = false;
    const fixed = [...atFloor].reduce((sum, i) => sum + (floors[i] as number), 0);
    const free = typed.reduce((sum, w, i) => (atFloor.has(i) ? sum : sum + w), 0);
    scale = (room - fixed) / free;
    typed.forEach((w, i) => {
      if (!atFloor.has(i) && w * scale < (floors[i] as number)) {
        atFloor.add(i);
        changed = true;
      }
    });
  }
  rules.forEach(
    (rule, i) => (rule.width = atFloor.has(i) ? (floors[i] as number) : (typed[i] as number) * scale),
  );
  for (const word of words) word.content = word.chunks.reduce((sum, c) => sum + c.width, 0);
  return true;
}

function setLine(
  words: Word[],
  options: BreakOptions,
  segments: readonly Segment[],
  justify: boolean,
  spaceWidth: (font: string) => number,
): SetLine {
  const chunks: Chunk[] = [];
  words.forEach((word, index) => {
    chunks.push(...word.chunks);
    if (word.trailing && index < words.length - 1) chunks.push(word.trailing);
  });
  const natural = chunks.reduce((sum, chunk) => sum + chunk.width, 0);
  const spaces = chunks.reduce((sum, chunk) => sum + chunk.spaces, 0);
  const space = spaceWidth('regular');
  const { maxStretch, maxShrink } = layoutStyle.justification;
  let extra = 0;
  if (options.justify && spaces > 0) {
    const fill = (options.width - natural) / spaces;
    // A line the fill took by shrinking its spaces always shrinks (also a paragraph's last);
    // a line that would stretch past the limit is set ragged rather than open a river.
    if (fill < 0) extra = Math.max(fill, -maxShrink * space);
    else if (justify && fill <= maxStretch * space) extra = fill;
  }

  const runs: Run[] = [];
  const highlights: SetLine['highlights'] = [];
  const rules: SetLine['rules'] = [];
  let joinable = true;
  let x = 0;
  for (const chunk of chunks) {
    const width = chunk.width + chunk.spaces * extra;
    const last = runs.at(-1);
    const font = chunk.font;
    const target = (segments[chunk.seg] as Segment).link;
    const link = target ? { target, id: chunk.seg } : undefined;
    if (/^_{3,}$/.test(chunk.text)) {
      rules.push({ x, width });
      // The text after the rule starts a run of its own, at its own x.
      joinable = false;
    } else if (font === null) {
      runs.push({ kind: 'missing', x, text: chunk.text, size: options.size, width });
    } else if (
      joinable &&
      last?.kind === 'text' &&
      last.font === font &&
      !last.role &&
      !chunk.role &&
      last.link?.id === link?.id
    ) {
      last.text += chunk.text;
      last.width += width;
    } else {
      joinable = true;
      runs.push({
        kind: 'text',
        x,
        text: chunk.text,
        font,
        size: options.size,
        width,
        wordSpace: extra,
        ...(chunk.role ? { role: chunk.role } : {}),
        ...(link ? { link } : {}),
      });
    }
    if ((segments[chunk.seg] as Segment).highlight) {
      const h = highlights.at(-1);
      if (h && Math.abs(h.x + h.width - x) < 0.01) h.width += width;
      else highlights.push({ x, width });
    }
    x += width;
  }
  return { runs, width: x, highlights, rules };
}

/** The whitespace-delimited word of `text` that holds the character at `index`. */
function wordAt(text: string, index: number): string {
  const start = text.slice(0, index).search(/\S*$/);
  const end = index + (text.slice(index).search(/\s/) + 1 || text.length - index + 1) - 1;
  return text.slice(start, end).replace(/^[("“'‘[]+|[)"”'’\].,;:!?]+$/g, '');
}
