import { strFromU8 } from 'fflate';
import { subsetFontToCharacters } from '../pdf/subset-font.js';
import type { Parts } from './compile-parts.js';

/**
 * What counsel may type into the draft in Word without the face falling back: Latin (English,
 * Spanish and the other Western European languages), spacing and combining accents, punctuation,
 * currency, letterlike symbols (™, №), fractions, arrows and math operators (≤, ±). Greek,
 * Cyrillic and Vietnamese glyphs are dropped unless the document itself uses them.
 */
const editingRanges: readonly [number, number][] = [
  [0x20, 0x7e],
  [0xa0, 0x24f],
  [0x2b0, 0x36f],
  [0x2000, 0x206f],
  [0x20a0, 0x20cf],
  [0x2100, 0x21ff],
  [0x2200, 0x22ff],
  [0xfb00, 0xfb06],
];

const escaped = (codePoint: number) => `\\u{${codePoint.toString(16)}}`;
// A character above ASCII outside the editing set: one regular expression scans a part's text
// (a loop over its characters took ~170 ms of a cold one-document build).
const outsideEditingSet = new RegExp(
  `[^\\u{0}-\\u{7e}${editingRanges.map(([first, last]) => `${escaped(first)}-${escaped(last)}`).join('')}]`,
  'gu',
);

/** The characters of every XML part (text, headers, comments, list symbols) outside the editing set. */
export function extraCharacters(parts: Parts): number[] {
  const extra = new Set<number>();
  for (const [name, data] of Object.entries(parts)) {
    if (!name.endsWith('.xml') && !name.endsWith('.rels')) continue;
    for (const [char] of strFromU8(data).matchAll(outsideEditingSet))
      extra.add(char.codePointAt(0) as number);
  }
  return [...extra].sort((a, b) => a - b);
}

function editingCodePoints(): number[] {
  const all: number[] = [];
  for (const [first, last] of editingRanges) for (let c = first; c <= last; c++) all.push(c);
  return all;
}

// A packet's documents nearly all use only the editing set: each face is subset once a process.
const cache = new Map<string, Uint8Array>();
const cacheLimit = 32;

/**
 * The face reduced to the editing set plus `extra`: an embedded face is about a third of its
 * full size, and Word and LibreOffice still set every character of the draft and of what
 * counsel types in the languages above. `face` must be the same object on every call.
 */
export function subsetForWord(face: Uint8Array, faceName: string, extra: readonly number[]): Uint8Array {
  const key = `${faceName}:${extra.join(',')}`;
  let subset = cache.get(key);
  if (!subset) {
    if (cache.size >= cacheLimit) cache.clear();
    subset = subsetFontToCharacters(face, [...editingCodePoints(), ...extra], faceName);
    cache.set(key, subset);
  }
  return subset;
}
