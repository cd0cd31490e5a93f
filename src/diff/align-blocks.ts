import { diffArrays } from 'diff';

/** Two aligned items: both present (kept or changed), or only one (deleted or inserted). */
export interface Pair<T> {
  before?: T;
  after?: T;
}

export interface AlignOptions<T> {
  /** Items with equal keys are the same item, unchanged. */
  keyOf: (item: T) => string;
  /** How alike two unequal items are, 0..1; below `threshold` they are a deletion and an insertion. */
  similarity: (before: T, after: T) => number;
  threshold?: number;
}

/**
 * Aligns two sequences: an LCS over keys finds what is unchanged, then, between unchanged items,
 * each old item is paired in order with the most similar new one (so a reworded clause is one
 * changed clause, not a deletion and an insertion). Deletions come before the insertions beside them.
 */
export function alignBlocks<T>(before: T[], after: T[], options: AlignOptions<T>): Pair<T>[] {
  const threshold = options.threshold ?? 0.5;
  const parts = diffArrays(before.map(options.keyOf), after.map(options.keyOf));
  const out: Pair<T>[] = [];
  let removed: T[] = [];
  let added: T[] = [];
  let i = 0;
  let j = 0;
  const flush = () => {
    out.push(...pairUp(removed, added, options.similarity, threshold));
    removed = [];
    added = [];
  };
  for (const part of parts) {
    if (part.removed) removed.push(...before.slice(i, (i += part.count)));
    else if (part.added) added.push(...after.slice(j, (j += part.count)));
    else {
      flush();
      for (let k = 0; k < part.count; k++) out.push({ before: before[i + k]!, after: after[j + k]! });
      i += part.count;
      j += part.count;
    }
  }
  flush();
  return out;
}

function pairUp<T>(
  removed: T[],
  added: T[],
  similarity: (a: T, b: T) => number,
  threshold: number,
): Pair<T>[] {
  const out: Pair<T>[] = [];
  let nextAdded = 0;
  let nextRemoved = 0;
  removed.forEach((item, r) => {
    let best = -1;
    let bestScore = threshold;
    for (let a = nextAdded; a < added.length; a++) {
      const score = similarity(item, added[a]!);
      if (score >= bestScore && (best === -1 || score > bestScore)) {
        best = a;
        bestScore = score;
      }
    }
    if (best === -1) return;
    while (nextRemoved < r) out.push({ before: removed[nextRemoved++]! });
    while (nextAdded < best) out.push({ after: added[nextAdded++]! });
    out.push({ before: item, after: added[best]! });
    nextRemoved = r + 1;
    nextAdded = best + 1;
  });
  while (nextRemoved < removed.length) out.push({ before: removed[nextRemoved++]! });
  while (nextAdded < added.length) out.push({ after: added[nextAdded++]! });
  return out;
}

/**
 * How alike two texts' word multisets are: Dice (shared words over both sizes) by default, or the
 * overlap coefficient (shared words over the smaller size), for which a text that only grew is 1.
 */
export function textSimilarity(a: string, b: string, measure: 'dice' | 'overlap' = 'dice'): number {
  const words = (s: string) => s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const wa = words(a);
  const wb = words(b);
  if (wa.length === 0 && wb.length === 0) return 1;
  const counts = new Map<string, number>();
  for (const w of wa) counts.set(w, (counts.get(w) ?? 0) + 1);
  let common = 0;
  for (const w of wb) {
    const n = counts.get(w) ?? 0;
    if (n > 0) {
      common++;
      counts.set(w, n - 1);
    }
  }
  if (measure === 'overlap') return common / Math.max(1, Math.min(wa.length, wb.length));
  return (2 * common) / (wa.length + wb.length);
}
