import { unzipSync } from 'fflate';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildDocument } from '../../src/writers/docx/build-document.js';
import { compileParts } from '../../src/writers/docx/compile-parts.js';
import { zipDocx } from '../../src/writers/docx/zip-docx.js';
import { defaultWriteOptions } from '../../src/writers/types.js';
import { sampleDocument } from '../fixtures/sample-document.js';
import { longDocument } from './long-document.js';
import { write } from './read-docx.js';

describe('docx determinism', () => {
  afterEach(() => vi.useRealTimers());

  it('should not depend on the clock', async () => {
    const now = (await write(sampleDocument())).bytes;
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2031-07-04T12:34:56Z'));
    const later = (await write(sampleDocument())).bytes;
    expect(Buffer.from(later).equals(Buffer.from(now))).toBe(true);
  });

  it('should write byte-identical files for the same document, even after another document', async () => {
    const first = (await write(sampleDocument())).bytes;
    await write(longDocument());
    const second = (await write(sampleDocument())).bytes;
    expect(Buffer.from(second).equals(Buffer.from(first))).toBe(true);
  });

  it('should write the same bytes in another time zone', async () => {
    // Node re-reads TZ when it is assigned. A process started in another zone (the bundle, not
    // the sources) is tests/diff/time-zones.test.ts.
    const zone = process.env.TZ;
    try {
      process.env.TZ = 'Pacific/Kiritimati';
      const east = Buffer.from((await write(sampleDocument())).bytes);
      process.env.TZ = 'Pacific/Niue';
      const west = Buffer.from((await write(sampleDocument())).bytes);
      expect(west.equals(east)).toBe(true);
    } finally {
      if (zone === undefined) delete process.env.TZ;
      else process.env.TZ = zone;
    }
  });

  it('should write the same bytes through docx’s public Packer as through its compiler', async () => {
    const doc = sampleDocument();
    const viaPacker = await compileParts(buildDocument(doc, defaultWriteOptions, []), true);
    const bytes = zipDocx(viaPacker, {
      timestamp: new Date(doc.meta.timestamp),
      language: doc.meta.language,
    });
    expect(Buffer.from(bytes).equals(Buffer.from((await write(doc)).bytes))).toBe(true);
  });

  it('should put [Content_Types].xml first and the other entries in path order', async () => {
    const names = Object.keys(unzipSync((await write(sampleDocument())).bytes));
    expect(names[0]).toBe('[Content_Types].xml');
    const rest = names.slice(1);
    expect(rest).toEqual([...rest].sort());
  });

  it('should stamp every zip entry with the document timestamp, not the clock', async () => {
    const bytes = (await write(sampleDocument())).bytes;
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    // Local file headers start with PK\x03\x04; DOS time at +10, date at +12.
    // 2026-03-01 00:00:00 is date ((2026-1980)<<9 | 3<<5 | 1) and time 0.
    let headers = 0;
    for (let i = 0; i + 30 < bytes.length; i++) {
      if (view.getUint32(i, true) !== 0x04034b50) continue;
      headers++;
      expect(view.getUint16(i + 10, true)).toBe(0);
      expect(view.getUint16(i + 12, true)).toBe(((2026 - 1980) << 9) | (3 << 5) | 1);
    }
    expect(headers).toBeGreaterThan(10);
  });
});
