import * as fflate from 'fflate';
import { describe, expect, it, vi } from 'vitest';
import { crc32, dosDateTime, zipEntries } from '../../src/writers/docx/zip-entries.js';

// deflateSync counted, to show a face is compressed once a process (the bytes are fflate's own).
vi.mock('fflate', async (original) => {
  const real = await original<typeof import('fflate')>();
  return { ...real, deflateSync: vi.fn(real.deflateSync) };
});

// The docx zip is written by zip-entries.ts so that a face embedded in every draft is compressed
// once a process; its bytes must stay those of fflate's zipSync, which earlier drafts were built with.
const mtime = new Date(2026, 2, 1, 13, 45, 30);
const noise = (n: number, seed: number) => {
  const out = new Uint8Array(n);
  let x = seed;
  for (let i = 0; i < n; i++) out[i] = (x = (x * 1103515245 + 12345) >>> 0) >>> 24;
  return out;
};

describe('zipEntries', () => {
  const entries = [
    { name: '[Content_Types].xml', data: fflate.strToU8('<Types>'.repeat(200)) },
    { name: 'word/document.xml', data: fflate.strToU8('<w:p>clause</w:p>'.repeat(5000)) },
    { name: 'word/fonts/font1.odttf', data: noise(90_000, 7) },
    { name: 'empty.xml', data: new Uint8Array(0) },
  ];

  it('should write the bytes fflate zipSync writes, deflated and stored', () => {
    for (const level of [6, 0] as const) {
      const ours = zipEntries(
        entries.map((e) => ({ ...e, level })),
        dosDateTime(mtime),
      );
      const theirs = fflate.zipSync(
        Object.fromEntries(entries.map((e) => [e.name, [e.data, { mtime, level }]])),
      );
      expect(Buffer.from(ours).equals(Buffer.from(theirs))).toBe(true);
    }
  });

  it('should give the same bytes when an entry was compressed before (the same array again)', () => {
    const once = zipEntries(
      entries.map((e) => ({ ...e, level: 6 as const })),
      dosDateTime(mtime),
    );
    const again = zipEntries(
      entries.map((e) => ({ ...e, level: 6 as const })),
      dosDateTime(mtime),
    );
    expect(Buffer.from(again).equals(Buffer.from(once))).toBe(true);
    const read = fflate.unzipSync(again);
    expect(Buffer.from(read['word/fonts/font1.odttf']!).equals(Buffer.from(entries[2]!.data))).toBe(true);
  });

  it('should compress an array once at each level, even when a zip at another level comes between', () => {
    const face = noise(5_000, 11);
    const deflate = vi.mocked(fflate.deflateSync);
    deflate.mockClear();
    for (const level of [6, 0, 6, 0] as const) zipEntries([{ name: 'font.odttf', data: face, level }], 0);
    expect(deflate).toHaveBeenCalledTimes(1);
  });

  it('should compute the CRC-32 zip readers check', () => {
    expect(crc32(fflate.strToU8('123456789'))).toBe(0xcbf43926);
    expect(crc32(new Uint8Array(0))).toBe(0);
  });

  it('should refuse a name that is not ASCII and a date before 1980', () => {
    expect(() => zipEntries([{ name: 'é.xml', data: new Uint8Array(1), level: 6 }], 0)).toThrow(/not ASCII/);
    expect(() => dosDateTime(new Date(1979, 11, 31))).toThrow(/1979/);
    expect(() => dosDateTime(new Date(2100, 0, 1))).toThrow(/2100/);
  });

  it('should date the first and last moments a DOS date can hold', () => {
    expect(dosDateTime(new Date(1980, 0, 1, 0, 0, 0))).toBe(0x00210000);
    expect(dosDateTime(new Date(2099, 11, 31, 23, 59, 59))).toBe(4020223869);
  });
});
