import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { writePdf } from '../../src/writers/pdf/write-pdf.js';
import { defaultWriteOptions } from '../../src/writers/types.js';
import { sampleDocument } from '../fixtures/sample-document.js';

// The PDF writer reads no clock and no time zone: its dates (info dictionary, XMP), trailer /ID
// and font subset tags come from the document alone. Like the docx writer's test, the clock is
// moved years and time zones away between two writes of one document.
async function pdfOf() {
  return Buffer.from((await writePdf(sampleDocument(), defaultWriteOptions)).bytes);
}

describe('pdf determinism', () => {
  const zone = process.env.TZ;
  afterEach(() => {
    vi.useRealTimers();
    if (zone === undefined) delete process.env.TZ;
    else process.env.TZ = zone;
  });

  it('should not depend on the clock', async () => {
    const now = await pdfOf();
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2031-07-04T12:34:56Z'));
    const later = await pdfOf();
    vi.setSystemTime(new Date('1999-12-31T23:59:59Z'));
    const earlier = await pdfOf();
    expect(later.equals(now)).toBe(true);
    expect(earlier.equals(now)).toBe(true);
  });

  it('should not depend on the time zone', async () => {
    // Node re-reads TZ when it is assigned; Kiritimati (UTC+14) and Niue (UTC-11) are a day apart.
    process.env.TZ = 'Pacific/Kiritimati';
    const east = await pdfOf();
    process.env.TZ = 'Pacific/Niue';
    const west = await pdfOf();
    expect(west.equals(east)).toBe(true);
  });

  it('should date the file from the document, read back by pdf.js', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2031-07-04T12:34:56Z'));
    const pdf = await getDocument({ data: new Uint8Array(await pdfOf()), verbosity: 0 }).promise;
    const { info, metadata } = await pdf.getMetadata();
    vi.useRealTimers();
    // sampleDocument() is dated 2026-03-01T00:00:00Z.
    expect((info as Record<string, unknown>).CreationDate).toMatch(/^D:20260301000000/);
    expect((info as Record<string, unknown>).ModDate).toMatch(/^D:20260301000000/);
    expect(metadata?.get('xmp:createdate')).toMatch(/^2026-03-01T00:00:00/);
  });
});
