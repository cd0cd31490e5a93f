import * as hb from 'harfbuzzjs';

/**
 * A word shaped by HarfBuzz (GSUB ligatures, GPOS kerning and marks), in font units. Layout
 * measures with it and painting draws the same glyphs, so a word is shaped once per font.
 */
export interface Shape {
  /** Glyph ids, in the font's own numbering (the embedded subset keeps it). */
  glyphs: Uint16Array;
  /** Kerned advance of each glyph. */
  advances: Int32Array;
  /** Horizontal offset of each glyph from its pen position (marks). */
  offsets: Int32Array;
  /** The text each glyph stands for (a ligature stands for several characters), for ToUnicode. */
  texts: string[];
  /** Sum of the advances. */
  width: number;
}

/** One font opened for shaping. */
export interface Shaper {
  unitsPerEm: number;
  shape(text: string): Shape;
  hasGlyph(codePoint: number): boolean;
  /** The font's own advance of a glyph (its entry in the PDF's /W array). */
  nominalAdvance(glyph: number): number;
}

const buffer = new hb.Buffer();

/**
 * Opens TTF/OTF bytes with HarfBuzz. Shapes are memoized per font for the life of the process:
 * a packet repeats its words, and measuring and painting ask for the same ones.
 */
export function openShaper(bytes: Uint8Array): Shaper {
  const face = new hb.Face(new hb.Blob(bytes), 0);
  const font = new hb.Font(face);
  const shapes = new Map<string, Shape>();
  const nominal = new Map<number, number>();
  const covered = new Map<number, boolean>();
  return {
    unitsPerEm: face.upem,
    shape(text) {
      let shape = shapes.get(text);
      if (!shape) {
        shape = shapeWith(font, text);
        shapes.set(text, shape);
      }
      return shape;
    },
    hasGlyph(codePoint) {
      let has = covered.get(codePoint);
      if (has === undefined) {
        has = font.nominalGlyph(codePoint) !== undefined;
        covered.set(codePoint, has);
      }
      return has;
    },
    nominalAdvance(glyph) {
      let advance = nominal.get(glyph);
      if (advance === undefined) {
        advance = font.glyphHAdvance(glyph);
        nominal.set(glyph, advance);
      }
      return advance;
    },
  };
}

function shapeWith(font: hb.Font, text: string): Shape {
  buffer.clearContents();
  buffer.addText(text);
  buffer.guessSegmentProperties();
  hb.shape(font, buffer);
  const infos = buffer.getGlyphInfos();
  const positions = buffer.getGlyphPositions();
  const count = infos.length;
  const glyphs = new Uint16Array(count);
  const advances = new Int32Array(count);
  const offsets = new Int32Array(count);
  const texts: string[] = new Array<string>(count);
  let width = 0;
  for (let i = 0; i < count; i++) {
    const info = infos[i] as hb.GlyphInfo;
    const position = positions[i] as hb.GlyphPosition;
    glyphs[i] = info.codepoint;
    advances[i] = position.xAdvance;
    offsets[i] = position.xOffset;
    width += position.xAdvance;
    // Clusters are UTF-16 offsets into `text`; a cluster's text goes to its first glyph only.
    const start = info.cluster;
    const previous = i > 0 ? (infos[i - 1] as hb.GlyphInfo).cluster : -1;
    let end = text.length;
    for (let j = i + 1; j < count; j++) {
      const next = (infos[j] as hb.GlyphInfo).cluster;
      if (next !== start) {
        end = next;
        break;
      }
    }
    texts[i] = start === previous ? '' : text.slice(start, end);
  }
  return { glyphs, advances, offsets, texts, width };
}
