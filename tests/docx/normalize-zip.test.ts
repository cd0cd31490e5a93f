import { strFromU8, strToU8, unzipSync } from 'fflate';
import { afterEach, describe, expect, it } from 'vitest';
import { patchCoreProperties } from '../../src/writers/docx/core-properties.js';
import { normalizeZip } from '../../src/writers/docx/normalize-zip.js';

// The docx package's determinism parts: the zip (entry order, fixed dates in every time zone,
// part patches) and core.xml's dates and language.
const zone = process.env.TZ;
afterEach(() => {
  if (zone === undefined) delete process.env.TZ;
  else process.env.TZ = zone;
});

const parts = () => ({
  'word/document.xml': strToU8('<w:document>doc</w:document>'),
  'docProps/core.xml': strToU8('<core/>'),
  '[Content_Types].xml': strToU8('<Types/>'),
  'word/media/image1.png': new Uint8Array([1, 2, 3]),
  'a.xml': strToU8('<a/>'),
});

/** Each local header's name, DOS time and DOS date, in file order. */
function headers(bytes: Uint8Array): { name: string; time: number; date: number }[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const out = [];
  for (let i = 0; i + 30 < bytes.length; i++) {
    if (view.getUint32(i, true) !== 0x04034b50) continue;
    const length = view.getUint16(i + 26, true);
    out.push({
      name: strFromU8(bytes.subarray(i + 30, i + 30 + length)),
      time: view.getUint16(i + 10, true),
      date: view.getUint16(i + 12, true),
    });
  }
  return out;
}

const dosDate = (y: number, m: number, d: number) => ((y - 1980) << 9) | (m << 5) | d;
const dosTime = (h: number, min: number, s: number) => (h << 11) | (min << 5) | (s >> 1);

describe('normalizeZip', () => {
  it('should put [Content_Types].xml first, then every part by path', () => {
    const zip = normalizeZip(parts(), { timestamp: new Date('2026-03-01T00:00:00Z'), patches: {} });
    expect(headers(zip).map((h) => h.name)).toEqual([
      '[Content_Types].xml',
      'a.xml',
      'docProps/core.xml',
      'word/document.xml',
      'word/media/image1.png',
    ]);
  });

  it('should order parts by code point whatever order they come in, [Content_Types].xml always first', () => {
    const names = [
      'word/b.xml',
      'Z.xml',
      '0.bin',
      'word/a.xml',
      '[Content_Types].xml',
      'A.xml',
      '_rels/.rels',
    ];
    const given = Object.fromEntries(names.map((n) => [n, strToU8(n)]));
    const zip = normalizeZip(given, { timestamp: new Date('2026-03-01T00:00:00Z'), patches: {} });
    expect(headers(zip).map((h) => h.name)).toEqual([
      '[Content_Types].xml',
      '0.bin',
      'A.xml',
      'Z.xml',
      '_rels/.rels',
      'word/a.xml',
      'word/b.xml',
    ]);
  });

  it('should keep the bytes of a part its patch leaves unchanged, even bytes that are not UTF-8', () => {
    // A part saved as UTF-16 (its byte-order mark is not UTF-8): decoding and re-encoding would
    // replace it, so a patch that changes nothing must leave the part's bytes alone.
    const utf16 = new Uint8Array([0xff, 0xfe, 0x3c, 0x00, 0x61, 0x00, 0x2f, 0x00, 0x3e, 0x00]);
    const zip = normalizeZip(
      { '[Content_Types].xml': strToU8('<Types/>'), 'customXml/item1.xml': utf16 },
      { timestamp: new Date('2026-03-01T00:00:00Z'), patches: { '*.xml': (xml) => xml } },
    );
    expect([...unzipSync(zip)['customXml/item1.xml']!]).toEqual([...utf16]);
  });

  it('should stamp every entry with the timestamp’s UTC date and time, in any time zone', () => {
    const at = new Date('2026-07-04T13:45:30Z');
    process.env.TZ = 'Pacific/Kiritimati';
    const east = normalizeZip(parts(), { timestamp: at, patches: {} });
    process.env.TZ = 'America/Los_Angeles';
    const west = normalizeZip(parts(), { timestamp: at, patches: {} });
    expect(Buffer.from(west).equals(Buffer.from(east))).toBe(true);
    for (const h of headers(east))
      expect([h.date, h.time]).toEqual([dosDate(2026, 7, 4), dosTime(13, 45, 30)]);
  });

  it('should stamp a timestamp before 1980 (where DOS dates begin) as 1980-01-01', () => {
    const zip = normalizeZip(parts(), { timestamp: new Date('1970-01-01T00:00:00Z'), patches: {} });
    for (const h of headers(zip)) expect([h.date, h.time]).toEqual([dosDate(1980, 1, 1), 0]);
    const at1980 = normalizeZip(parts(), { timestamp: new Date('1980-06-02T00:00:00Z'), patches: {} });
    expect(headers(at1980)[0]?.date).toBe(dosDate(1980, 6, 2));
  });

  it('should patch a part named, else every XML part with *.xml, and leave other parts alone', () => {
    const zip = normalizeZip(parts(), {
      timestamp: new Date('2026-03-01T00:00:00Z'),
      patches: {
        'word/document.xml': (xml) => xml.replace('>doc<', '>DOC<'),
        '*.xml': (xml) => `${xml}<!--all-->`,
      },
    });
    const entries = unzipSync(zip);
    expect(strFromU8(entries['word/document.xml']!)).toBe('<w:document>DOC</w:document>');
    expect(strFromU8(entries['a.xml']!)).toBe('<a/><!--all-->');
    expect(strFromU8(entries['[Content_Types].xml']!)).toBe('<Types/><!--all-->');
    expect([...entries['word/media/image1.png']!]).toEqual([1, 2, 3]);
  });

  it('should compress the same parts to the same bytes every time', () => {
    const options = {
      timestamp: new Date('2026-03-01T00:00:00Z'),
      patches: { '*.xml': (xml: string) => xml },
    };
    const a = normalizeZip(parts(), options);
    const b = normalizeZip(parts(), options);
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
    // Deflated (method 8) at one fixed level, not stored.
    const view = new DataView(a.buffer, a.byteOffset, a.byteLength);
    expect(view.getUint16(8, true)).toBe(8);
  });
});

describe('patchCoreProperties', () => {
  const core = (extra = '') =>
    '<cp:coreProperties><dcterms:created xsi:type="dcterms:W3CDTF">2031-01-01T10:11:12.345Z</dcterms:created>' +
    `<dcterms:modified xsi:type="dcterms:W3CDTF">2031-01-01T10:11:12Z</dcterms:modified>${extra}</cp:coreProperties>`;

  it('should date created and modified from the document, to the second, and add the language', () => {
    expect(
      patchCoreProperties(core(), { timestamp: new Date('2026-03-01T00:00:00.000Z'), language: 'en-US' }),
    ).toBe(
      '<cp:coreProperties><dcterms:created xsi:type="dcterms:W3CDTF">2026-03-01T00:00:00Z</dcterms:created>' +
        '<dcterms:modified xsi:type="dcterms:W3CDTF">2026-03-01T00:00:00Z</dcterms:modified>' +
        '<dc:language>en-US</dc:language></cp:coreProperties>',
    );
  });

  it('should escape the language, and keep one that is already there', () => {
    expect(patchCoreProperties(core(), { timestamp: new Date(0), language: 'x<y' })).toContain(
      '<dc:language>x&lt;y</dc:language>',
    );
    const kept = patchCoreProperties(core('<dc:language>es</dc:language>'), {
      timestamp: new Date(0),
      language: 'en',
    });
    expect(kept.match(/<dc:language>/g)).toHaveLength(1);
    expect(kept).toContain('<dc:language>es</dc:language>');
  });
});
