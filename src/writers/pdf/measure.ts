import type { Font } from 'fontkit';
import type { Face, FontSet } from './fonts.js';

/** What layout needs to know about fonts: widths and which font draws a character. */
export interface Measurer {
  /** Width in points of `text` set in font `key` at `size`. */
  width(text: string, key: string, size: number): number;
  /** The key of the font that draws `codePoint` in `face`: the face, a fallback, or null. */
  fontFor(codePoint: number, face: Face): string | null;
}

// Shaping a word costs ~70 µs and documents repeat their words, so widths (in 1/1000 em) are
// memoized per parsed font for the life of the process.
const widthCache = new WeakMap<Font, Map<string, number>>();

function emWidth(font: Font, text: string): number {
  let widths = widthCache.get(font);
  if (!widths) widthCache.set(font, (widths = new Map()));
  let width = widths.get(text);
  if (width === undefined) {
    // The same shaping call pdf-lib makes when it encodes the text, so measure and paint agree.
    const { glyphs } = font.layout(text);
    width = 0;
    for (const glyph of glyphs) width += glyph.advanceWidth;
    width = (width * 1000) / font.unitsPerEm;
    widths.set(text, width);
  }
  return width;
}

/** A Measurer over a loaded font set. */
export function createMeasurer(fonts: FontSet): Measurer {
  const byKey = new Map<string, Font>();
  for (const loaded of [...Object.values(fonts.faces), ...fonts.fallbacks])
    byKey.set(loaded.key, loaded.font);
  const coverage = new Map<string, string | null>();
  return {
    width(text, key, size) {
      const font = byKey.get(key);
      if (!font)
        throw new Error(
          `cannot measure with font \`${key}\`, expected one of ${[...byKey.keys()].join(', ')}`,
        );
      return (emWidth(font, text) * size) / 1000;
    },
    fontFor(codePoint, face) {
      const id = `${face}:${codePoint}`;
      let key = coverage.get(id);
      if (key === undefined) {
        const candidates = [fonts.faces[face], ...fonts.fallbacks];
        key = candidates.find((loaded) => loaded.font.hasGlyphForCodePoint(codePoint))?.key ?? null;
        coverage.set(id, key);
      }
      return key;
    },
  };
}
