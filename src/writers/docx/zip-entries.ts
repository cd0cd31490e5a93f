import { deflateSync } from 'fflate';

/** One file of a zip: its name (ASCII), its bytes, and the deflate level (0: stored). */
export interface ZipEntry {
  name: string;
  data: Uint8Array;
  level: 0 | 6;
}

interface Compressed {
  bytes: Uint8Array;
  crc: number;
}

// A packet's drafts embed the same subset fonts, the same Uint8Array each time (see
// embedded-fonts.ts): compressing a face once a process, not once a draft, is most of the zip's
// time. Keyed by the array itself, so callers must not change an array after zipping it.
const compressedOnce = new WeakMap<Uint8Array, Map<number, Compressed>>();

function compress(data: Uint8Array, level: 0 | 6): Compressed {
  let byLevel = compressedOnce.get(data);
  let done = byLevel?.get(level);
  if (done) return done;
  done = { bytes: level === 0 ? data : deflateSync(data, { level }), crc: crc32(data) };
  if (!byLevel) compressedOnce.set(data, (byLevel = new Map()));
  byLevel.set(level, done);
  return done;
}

/**
 * The zip fflate's zipSync writes for these entries with this mtime, byte for byte (a test holds
 * them equal): local headers and data in order, the central directory, the end record; no
 * extra fields, comments or attributes. `dosTime` is the DOS date and time of every entry.
 */
export function zipEntries(entries: readonly ZipEntry[], dosTime: number): Uint8Array {
  const files = entries.map((entry) => {
    const name = new TextEncoder().encode(entry.name);
    if (name.length !== entry.name.length) throw new Error(`zip entry name \`${entry.name}\` is not ASCII`);
    return {
      name,
      size: entry.data.length,
      method: entry.level === 0 ? 0 : 8,
      ...compress(entry.data, entry.level),
    };
  });
  const local = files.reduce((sum, f) => sum + 30 + f.name.length + f.bytes.length, 0);
  const central = files.reduce((sum, f) => sum + 46 + f.name.length, 0);
  const out = new Uint8Array(local + central + 22);
  const view = new DataView(out.buffer);
  const header = (at: number, f: (typeof files)[number], offset: number | null): number => {
    let b = at;
    view.setUint32(b, offset === null ? 0x04034b50 : 0x02014b50, true);
    b += 4;
    if (offset !== null) {
      view.setUint16(b, 20, true); // made by: version 2.0, MS-DOS
      b += 2;
    }
    view.setUint16(b, 20, true); // needed to extract: version 2.0
    view.setUint16(b + 2, 0, true); // flags
    view.setUint16(b + 4, f.method, true);
    view.setUint32(b + 6, dosTime, true);
    view.setUint32(b + 10, f.crc, true);
    view.setUint32(b + 14, f.bytes.length, true);
    view.setUint32(b + 18, f.size, true);
    view.setUint16(b + 22, f.name.length, true);
    view.setUint16(b + 24, 0, true); // extra field length
    b += 26;
    if (offset !== null) {
      // Comment length, disk, internal and external attributes: all zero. Then the offset.
      view.setUint32(b + 10, offset, true);
      b += 14;
    }
    out.set(f.name, b);
    return b + f.name.length;
  };
  let at = 0;
  const offsets: number[] = [];
  for (const f of files) {
    offsets.push(at);
    at = header(at, f, null);
    out.set(f.bytes, at);
    at += f.bytes.length;
  }
  files.forEach((f, i) => (at = header(at, f, offsets[i] as number)));
  view.setUint32(at, 0x06054b50, true);
  view.setUint16(at + 8, files.length, true);
  view.setUint16(at + 10, files.length, true);
  view.setUint32(at + 12, central, true);
  view.setUint32(at + 16, local, true);
  return out;
}

/** A Date's local fields as a DOS date and time (as fflate reads them). */
export function dosDateTime(date: Date): number {
  const year = date.getFullYear() - 1980;
  if (year < 0 || year > 119) throw new Error(`cannot date a zip entry in ${date.getFullYear()}`);
  return (
    ((year << 25) |
      ((date.getMonth() + 1) << 21) |
      (date.getDate() << 16) |
      (date.getHours() << 11) |
      (date.getMinutes() << 5) |
      (date.getSeconds() >> 1)) >>>
    0
  );
}

let table: Uint32Array | null = null;

/** CRC-32 (ISO 3309, as zip uses). */
export function crc32(data: Uint8Array): number {
  if (!table) {
    table = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      table[n] = c >>> 0;
    }
  }
  let crc = 0xffffffff;
  for (let i = 0; i < data.length; i++)
    crc = (table[(crc ^ (data[i] as number)) & 0xff] as number) ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}
