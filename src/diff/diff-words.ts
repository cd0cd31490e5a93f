import { diffArrays } from 'diff';
import type { Inline } from '../ast/types.js';
import { spanOf, unmarked } from './track-marks.js';

/** One word, space, punctuation mark or atom (blank, defined term, line break), with its formatting. */
interface Token {
  /** Compared between versions: formatting and text together. */
  key: string;
  /** Strong/emphasis wrappers around it, outermost first. */
  style: ('strong' | 'emphasis')[];
  /** Text tokens: the text; atoms: the node itself. */
  text?: string;
  atom?: Inline;
}

interface Chunk {
  kind: 'equal' | 'delete' | 'insert';
  tokens: Token[];
}

/** The result of diffing two runs of inline content word by word. */
export interface WordDiff {
  /** The new content with deleted words kept, each change a marked span (see `track-marks`). */
  merged: Inline[];
  /** Whether any word differs. */
  changed: boolean;
}

/**
 * Diffs inline content word by word (Myers over words, spaces and punctuation, keeping bold,
 * italics, blanks and defined terms), as counsel reads a redline: a space between two changes
 * joins them, so "~~five years~~ seven months" rather than alternating single words.
 */
export function diffWords(before: Inline[], after: Inline[]): WordDiff {
  const a = tokensOf(before);
  const b = tokensOf(after);
  const parts = diffArrays(
    a.map((t) => t.key),
    b.map((t) => t.key),
  );
  const chunks: Chunk[] = [];
  let i = 0;
  let j = 0;
  for (const part of parts) {
    if (part.removed) {
      chunks.push({ kind: 'delete', tokens: a.slice(i, (i += part.count)) });
    } else if (part.added) {
      chunks.push({ kind: 'insert', tokens: b.slice(j, (j += part.count)) });
    } else {
      chunks.push({ kind: 'equal', tokens: b.slice(j, (j += part.count)) });
      i += part.count;
    }
  }
  const joined = joinChanges(chunks);
  return {
    merged: joined.flatMap((c) =>
      c.kind === 'equal' ? inlinesOf(c.tokens) : spanOf(c.kind, inlinesOf(c.tokens)),
    ),
    changed: joined.some((c) => c.kind !== 'equal'),
  };
}

/** Absorbs whitespace between two changes into both, then orders each run of changes delete-first. */
function joinChanges(chunks: Chunk[]): Chunk[] {
  const out: Chunk[] = [];
  let pending: { delete: Token[]; insert: Token[] } | null = null;
  const flush = () => {
    if (!pending) return;
    if (pending.delete.length > 0) out.push({ kind: 'delete', tokens: pending.delete });
    if (pending.insert.length > 0) out.push({ kind: 'insert', tokens: pending.insert });
    pending = null;
  };
  chunks.forEach((chunk, index) => {
    if (chunk.kind !== 'equal') {
      pending ??= { delete: [], insert: [] };
      pending[chunk.kind].push(...chunk.tokens);
      return;
    }
    const next = chunks[index + 1];
    if (
      pending &&
      next &&
      next.kind !== 'equal' &&
      chunk.tokens.every((t) => t.text !== undefined && /^\s+$/.test(t.text))
    ) {
      pending.delete.push(...chunk.tokens);
      pending.insert.push(...chunk.tokens);
      return;
    }
    flush();
    out.push(chunk);
  });
  flush();
  return out;
}

const wordPattern = /\s+|[\p{L}\p{N}]+(?:['’.,-][\p{L}\p{N}]+)*|./gsu;

function tokensOf(content: Inline[], style: Token['style'] = []): Token[] {
  const tokens: Token[] = [];
  const prefix = style.join('+');
  for (const node of content) {
    switch (node.type) {
      case 'text':
        for (const match of unmarked(node.value).matchAll(wordPattern)) {
          tokens.push({ key: `${prefix}|${match[0]}`, style, text: match[0] });
        }
        break;
      case 'strong':
      case 'emphasis':
        tokens.push(...tokensOf(node.content, [...style, node.type]));
        break;
      default:
        tokens.push({ key: `${prefix}|${JSON.stringify(node)}`, style, atom: node });
    }
  }
  return tokens;
}

/** Rebuilds inline nodes from tokens: neighbouring text of one style becomes one text node. */
function inlinesOf(tokens: Token[]): Inline[] {
  const out: Inline[] = [];
  let k = 0;
  while (k < tokens.length) {
    const style = tokens[k]!.style;
    const group: Inline[] = [];
    while (k < tokens.length && sameStyle(tokens[k]!.style, style)) {
      const token = tokens[k++]!;
      const last = group.at(-1);
      if (token.atom) group.push(token.atom);
      else if (last?.type === 'text')
        group[group.length - 1] = { type: 'text', value: last.value + token.text };
      else group.push({ type: 'text', value: token.text ?? '' });
    }
    out.push(...style.reduceRight<Inline[]>((inner, wrapper) => [{ type: wrapper, content: inner }], group));
  }
  return out;
}

const sameStyle = (x: Token['style'], y: Token['style']) =>
  x.length === y.length && x.every((s, i) => s === y[i]);
