import { loadFonts } from './fonts.js';
import { textAsDrawn } from './inline-segments.js';

/**
 * The first character of a text that neither every face of the body font nor a fallback font
 * can draw (it would print as an empty box), or null. Spaces and invisible characters pass.
 */
export function undrawableWith(fallbackFonts: readonly string[]): (text: string) => string | null {
  const fonts = loadFonts(fallbackFonts);
  const faces = Object.values(fonts.faces);
  const drawn = (codePoint: number) =>
    faces.every((face) => face.shaper.hasGlyph(codePoint)) ||
    fonts.fallbacks.some((font) => font.shaper.hasGlyph(codePoint));
  return (text) => {
    for (const char of textAsDrawn(text)) {
      if (/\s/u.test(char)) continue;
      if (!drawn(char.codePointAt(0)!)) return char;
    }
    return null;
  };
}
