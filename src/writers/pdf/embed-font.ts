import { PDFString, type PDFContext, type PDFRef } from 'pdf-lib';
import type { FontInfo } from './font-file.js';
import type { FontUse } from './glyph-runs.js';
import { subsetFont } from './subset-font.js';

/** A font as the painter embeds it: its file, what its tables say, and where it came from. */
export interface EmbeddableFont {
  bytes: Uint8Array;
  info: FontInfo;
  source: string;
}

function hex4(value: number): string {
  return value.toString(16).padStart(4, '0');
}

/** UTF-16BE hex of a string, for a ToUnicode destination. */
function utf16Hex(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) out += hex4(text.charCodeAt(i));
  return out;
}

/** A ToUnicode CMap: each glyph id to the text it stands for (bfchar blocks of at most 100). */
function toUnicodeCmap(glyphs: ReadonlyMap<number, string>): string {
  const entries = [...glyphs].filter(([, text]) => text !== '');
  const blocks: string[] = [];
  for (let i = 0; i < entries.length; i += 100) {
    const block = entries.slice(i, i + 100);
    blocks.push(
      `${block.length} beginbfchar\n${block.map(([glyph, text]) => `<${hex4(glyph)}> <${utf16Hex(text)}>`).join('\n')}\nendbfchar`,
    );
  }
  return [
    '/CIDInit /ProcSet findresource begin',
    '12 dict begin',
    'begincmap',
    '/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def',
    '/CMapName /Adobe-Identity-UCS def',
    '/CMapType 2 def',
    '1 begincodespacerange',
    '<0000> <ffff>',
    'endcodespacerange',
    ...blocks,
    'endcmap',
    'CMapName currentdict /CMap defineresource pop',
    'end',
    'end',
  ].join('\n');
}

/** /W: runs of consecutive glyph ids with their widths in 1/1000 em. */
function widthsArray(use: FontUse, glyphs: readonly number[]): (number | number[])[] {
  const scale = 1000 / use.shaper.unitsPerEm;
  const out: (number | number[])[] = [];
  let run: number[] = [];
  let previous = -2;
  for (const glyph of glyphs) {
    if (glyph !== previous + 1) {
      if (run.length > 0) out.push(run);
      out.push(glyph);
      run = [];
    }
    run.push(Math.round(use.shaper.nominalAdvance(glyph) * scale * 100) / 100);
    previous = glyph;
  }
  if (run.length > 0) out.push(run);
  return out;
}

function fontFlags(info: FontInfo): number {
  let flags = 1 << 2; // symbolic: the glyphs are addressed by id, not a standard encoding
  if (info.fixedPitch) flags |= 1 << 0;
  if (info.familyClass >= 1 && info.familyClass <= 7) flags |= 1 << 1;
  if (info.familyClass === 10) flags |= 1 << 3;
  if (info.italic) flags |= 1 << 6;
  return flags;
}

/**
 * Writes a Type0 font (Identity-H, CIDToGIDMap /Identity) at `ref`: the font subset to the glyphs
 * the document drew (unless `subset` is false), its widths, and a ToUnicode map so the text can
 * be extracted.
 */
export function embedFont(
  context: PDFContext,
  ref: PDFRef,
  font: EmbeddableFont,
  use: FontUse,
  baseFont: string,
  subset = true,
): void {
  const glyphs = use.glyphs();
  const ids = [...glyphs.keys()];
  const { info } = font;
  const scale = 1000 / info.unitsPerEm;
  // `subset: false` embeds the whole file: the reference a subset's pixels are tested against.
  const program = subset ? subsetFont(font.bytes, ids, font.source) : font.bytes;
  const file = context.register(
    context.flateStream(program, info.cff ? { Subtype: 'OpenType' } : { Length1: program.length }),
  );
  const [minX, minY, maxX, maxY] = info.bbox;
  const descriptor = context.register(
    context.obj({
      Type: 'FontDescriptor',
      FontName: baseFont,
      Flags: fontFlags(info),
      FontBBox: [minX * scale, minY * scale, maxX * scale, maxY * scale],
      ItalicAngle: info.italicAngle,
      Ascent: info.ascent * scale,
      Descent: info.descent * scale,
      CapHeight: (info.capHeight || info.ascent) * scale,
      XHeight: info.xHeight * scale,
      StemV: 0,
      [info.cff ? 'FontFile3' : 'FontFile2']: file,
    }),
  );
  const cidFont = context.register(
    context.obj({
      Type: 'Font',
      Subtype: info.cff ? 'CIDFontType0' : 'CIDFontType2',
      ...(info.cff ? {} : { CIDToGIDMap: 'Identity' }),
      BaseFont: baseFont,
      CIDSystemInfo: { Registry: PDFString.of('Adobe'), Ordering: PDFString.of('Identity'), Supplement: 0 },
      FontDescriptor: descriptor,
      W: widthsArray(use, ids),
    }),
  );
  const toUnicode = context.register(context.flateStream(toUnicodeCmap(glyphs)));
  context.assign(
    ref,
    context.obj({
      Type: 'Font',
      Subtype: 'Type0',
      BaseFont: baseFont,
      Encoding: 'Identity-H',
      DescendantFonts: [cidFont],
      ToUnicode: toUnicode,
    }),
  );
}
