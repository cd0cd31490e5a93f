import type { Face, FontSet } from './fonts.js';
import type { Shape, Shaper } from './shaper.js';

/** What layout needs to know about fonts: widths and which font draws a character. */
export interface Measurer {
  /** Width in points of `text` set in font `key` at `size` (kerned, ligatures applied). */
  width(text: string, key: string, size: number): number;
  /**
   * The shaped glyphs of `text` in font `key` (advances in font units, kerned): what the
   * painter draws. Shaped once per font and text for the life of the process.
   */
  shape(text: string, key: string): Shape;
  /** Font units per em of font `key`, to turn a shape's advances into points. */
  unitsPerEm(key: string): number;
  /** The key of the font that draws `codePoint` in `face`: the face, a fallback, or null. */
  fontFor(codePoint: number, face: Face): string | null;
}

/** A Measurer over a loaded font set. */
export function createMeasurer(fonts: FontSet): Measurer {
  const byKey = new Map<string, Shaper>();
  for (const loaded of [...Object.values(fonts.faces), ...fonts.fallbacks])
    byKey.set(loaded.key, loaded.shaper);
  const shaperOf = (key: string): Shaper => {
    const shaper = byKey.get(key);
    if (!shaper)
      throw new Error(`cannot measure with font \`${key}\`, expected one of ${[...byKey.keys()].join(', ')}`);
    return shaper;
  };
  // By face, then code point: a lookup per character of the packet, so no key string is built.
  const coverage = new Map<Face, Map<number, string | null>>();
  return {
    width(text, key, size) {
      const shaper = shaperOf(key);
      return (shaper.shape(text).width * size) / shaper.unitsPerEm;
    },
    shape: (text, key) => shaperOf(key).shape(text),
    unitsPerEm: (key) => shaperOf(key).unitsPerEm,
    fontFor(codePoint, face) {
      let ofFace = coverage.get(face);
      if (!ofFace) coverage.set(face, (ofFace = new Map()));
      let key = ofFace.get(codePoint);
      if (key === undefined) {
        const candidates = [fonts.faces[face], ...fonts.fallbacks];
        key = candidates.find((loaded) => loaded.shaper.hasGlyph(codePoint))?.key ?? null;
        ofFace.set(codePoint, key);
      }
      return key;
    },
  };
}
