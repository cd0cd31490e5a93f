import { PDFNumber, PDFString } from 'pdf-lib';
import type { Shape, Shaper } from './shaper.js';

/** A TJ operand list: glyph strings, and adjustments in 1/1000 em (positive moves left). */
export type TextOperands = (PDFString | PDFNumber)[];

/** Literal-string pieces (escaped) and kerning adjustments of one shape, computed once per shape. */
type Encoded = (string | number)[];

/**
 * A glyph id as the two bytes of an Identity-H code, escaped for a PDF literal string. Half the
 * size of hex, so content streams are smaller to build and to deflate.
 */
function glyphBytes(glyph: number): string {
  return escapeByte(glyph >> 8) + escapeByte(glyph & 0xff);
}

function escapeByte(byte: number): string {
  if (byte === 0x5c) return '\\\\';
  if (byte === 0x28) return '\\(';
  if (byte === 0x29) return '\\)';
  if (byte === 0x0d) return '\\r';
  if (byte === 0x0a) return '\\n';
  return String.fromCharCode(byte);
}

const encodedShapes = new WeakMap<Shape, Encoded>();

// Kerning and word-space adjustments repeat thousands of times a packet, and pdf-lib formats a
// number when it makes its PDFNumber: one object per value, shared (pdf-lib never changes one).
const numbers = new Map<number, PDFNumber>();

function numberOf(value: number): PDFNumber {
  let number = numbers.get(value);
  if (!number) {
    if (numbers.size >= 65536) numbers.clear();
    number = PDFNumber.of(value);
    numbers.set(value, number);
  }
  return number;
}

function round2(value: number): number {
  return Math.round(value * 100) / 100;
}

/**
 * The glyphs of a shape as TJ pieces. The PDF draws each glyph with its /W width; where the
 * shaper kerned or moved a glyph, an adjustment makes up the difference.
 */
function encodeShape(shape: Shape, shaper: Shaper): Encoded {
  let encoded = encodedShapes.get(shape);
  if (encoded) return encoded;
  encoded = [];
  const scale = 1000 / shaper.unitsPerEm;
  let pending = '';
  const adjust = (units: number) => {
    const value = round2(-units * scale);
    if (value === 0) return;
    if (pending) encoded?.push(pending);
    pending = '';
    encoded?.push(value);
  };
  for (let i = 0; i < shape.glyphs.length; i++) {
    const glyph = shape.glyphs[i] as number;
    const offset = shape.offsets[i] as number;
    if (offset !== 0) adjust(offset);
    pending += glyphBytes(glyph);
    adjust((shape.advances[i] as number) - offset - shaper.nominalAdvance(glyph));
  }
  if (pending) encoded.push(pending);
  encodedShapes.set(shape, encoded);
  return encoded;
}

/** The glyphs one document draws with one font: what its subset and ToUnicode map need. */
export class FontUse {
  readonly shapes = new Set<Shape>();
  constructor(readonly shaper: Shaper) {}

  /** Used glyph ids, ascending, with the text each stands for (first use in the document). */
  glyphs(): Map<number, string> {
    const texts = new Map<number, string>();
    for (const shape of this.shapes) {
      shape.glyphs.forEach((glyph, i) => {
        const text = shape.texts[i] as string;
        if (!texts.has(glyph) || (texts.get(glyph) === '' && text !== '')) texts.set(glyph, text);
      });
    }
    return new Map([...texts].sort((a, b) => a[0] - b[0]));
  }
}

/**
 * Writes text as glyph runs from the shaper's (memoized) shapes: layout measured these same
 * shapes, so nothing is shaped twice, and pdf-lib's own encoding (which shapes again) is bypassed.
 */
export class GlyphEncoder {
  private readonly uses = new Map<string, FontUse>();
  constructor(private readonly shapers: ReadonlyMap<string, Shaper>) {}

  /** Fonts used so far, by layout key, in order of first use. */
  fonts(): ReadonlyMap<string, FontUse> {
    return this.uses;
  }

  private use(font: string): FontUse {
    let use = this.uses.get(font);
    if (!use) {
      const shaper = this.shapers.get(font);
      if (!shaper) throw new Error(`cannot paint with font \`${font}\`: it was not loaded (please report)`);
      use = new FontUse(shaper);
      this.uses.set(font, use);
    }
    return use;
  }

  /**
   * TJ operands for a run: its words and spaces as measured (each shaped on its own), and
   * `gap` (1/1000 em, already negated for TJ) after each space for justification.
   */
  run(font: string, text: string, gap: number): TextOperands {
    const use = this.use(font);
    const out: TextOperands = [];
    let pending = '';
    const append = (piece: string) => {
      if (!piece) return;
      const shape = use.shaper.shape(piece);
      use.shapes.add(shape);
      for (const part of encodeShape(shape, use.shaper)) {
        if (typeof part === 'string') pending += part;
        else {
          if (pending) out.push(PDFString.of(pending));
          pending = '';
          out.push(numberOf(part));
        }
      }
    };
    const words = text.split(' ');
    words.forEach((word, index) => {
      append(word);
      if (index === words.length - 1) return;
      append(' ');
      if (gap !== 0) {
        if (pending) out.push(PDFString.of(pending));
        pending = '';
        out.push(numberOf(gap));
      }
    });
    if (pending) out.push(PDFString.of(pending));
    return out;
  }
}
