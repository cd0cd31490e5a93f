/** What a PDF font descriptor needs from a TTF/OTF file, read from its tables. */
export interface FontInfo {
  postscriptName: string;
  unitsPerEm: number;
  /** CFF outlines (OTF) rather than TrueType glyf. */
  cff: boolean;
  bbox: [number, number, number, number];
  ascent: number;
  descent: number;
  capHeight: number;
  xHeight: number;
  italicAngle: number;
  fixedPitch: boolean;
  italic: boolean;
  /** OS/2 sFamilyClass (1-7 serif, 10 script). */
  familyClass: number;
}

function signatureOf(bytes: Uint8Array): string {
  return String.fromCharCode(...bytes.subarray(0, 4));
}

/** Checks that the bytes are one TTF or OTF font pdf embedding can use, else throws in words. */
export function checkFontFile(bytes: Uint8Array, source: string): void {
  const signature = signatureOf(bytes);
  if (signature === 'wOF2' || signature === 'wOFF')
    throw new Error(`cannot embed font \`${source}\` (WOFF/WOFF2), expected a TTF or OTF file`);
  if (signature === 'ttcf')
    throw new Error(`cannot embed font collection \`${source}\`, expected one TTF or OTF font`);
  const known = signature === 'OTTO' || signature === 'true' || signature === '\u0000\u0001\u0000\u0000';
  if (!known || bytes.length < 12)
    throw new Error(`cannot read font \`${source}\`, expected a TTF or OTF file`);
  const tables = tableDirectory(bytes);
  for (const tag of ['head', 'hhea', 'hmtx', 'cmap'])
    if (!tables.has(tag)) throw new Error(`cannot read font \`${source}\`: it has no \`${tag}\` table`);
}

function tableDirectory(bytes: Uint8Array): Map<string, DataView> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const count = view.getUint16(4);
  const tables = new Map<string, DataView>();
  for (let i = 0; i < count; i++) {
    const record = 12 + i * 16;
    if (record + 16 > bytes.length) break;
    const tag = String.fromCharCode(...bytes.subarray(record, record + 4));
    const offset = view.getUint32(record + 8);
    const length = view.getUint32(record + 12);
    if (offset + length <= bytes.length)
      tables.set(tag, new DataView(bytes.buffer, bytes.byteOffset + offset, length));
  }
  return tables;
}

/** The PostScript name (name id 6), from a Mac Roman or Windows Unicode record. */
function postscriptNameOf(name: DataView | undefined): string {
  if (!name || name.byteLength < 6) return '';
  const count = name.getUint16(2);
  const strings = name.getUint16(4);
  for (let i = 0; i < count; i++) {
    const record = 6 + i * 12;
    if (record + 12 > name.byteLength) break;
    const platform = name.getUint16(record);
    if (name.getUint16(record + 6) !== 6) continue;
    const length = name.getUint16(record + 8);
    const offset = strings + name.getUint16(record + 10);
    if (offset + length > name.byteLength) continue;
    let text = '';
    if (platform === 1)
      for (let j = 0; j < length; j++) text += String.fromCharCode(name.getUint8(offset + j));
    else for (let j = 0; j + 1 < length; j += 2) text += String.fromCharCode(name.getUint16(offset + j));
    // A PDF name must not carry spaces or delimiters.
    const clean = text.replace(/[^A-Za-z0-9._-]/g, '');
    if (clean) return clean;
  }
  return '';
}

/** Reads the metrics a FontDescriptor needs (as fontkit reports them: hhea, head, OS/2, post). */
export function readFontInfo(bytes: Uint8Array): FontInfo {
  const tables = tableDirectory(bytes);
  const head = tables.get('head') as DataView;
  const hhea = tables.get('hhea') as DataView;
  const os2 = tables.get('OS/2');
  const post = tables.get('post');
  const os2Version = os2 ? os2.getUint16(0) : 0;
  return {
    postscriptName: postscriptNameOf(tables.get('name')),
    unitsPerEm: head.getUint16(18),
    cff: signatureOf(bytes) === 'OTTO',
    bbox: [head.getInt16(36), head.getInt16(38), head.getInt16(40), head.getInt16(42)],
    ascent: hhea.getInt16(4),
    descent: hhea.getInt16(6),
    capHeight: os2 && os2Version >= 2 && os2.byteLength >= 90 ? os2.getInt16(88) : 0,
    xHeight: os2 && os2Version >= 2 && os2.byteLength >= 88 ? os2.getInt16(86) : 0,
    italicAngle: post && post.byteLength >= 8 ? post.getInt32(4) / 65536 : 0,
    fixedPitch: post && post.byteLength >= 16 ? post.getUint32(12) !== 0 : false,
    italic: (head.getUint16(44) & 2) !== 0,
    familyClass: os2 && os2.byteLength >= 32 ? os2.getInt16(30) >> 8 : 0,
  };
}
