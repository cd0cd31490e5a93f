import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { writePdf } from '../../src/writers/pdf/write-pdf.js';
import { defaultWriteOptions } from '../../src/writers/types.js';
import { sampleDocument } from '../fixtures/sample-document.js';
import { tempDir } from '../support/cli.js';

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
    expect(info).toMatchObject({
      Title: 'Sample Memorandum of Understanding',
      Author: 'Riverbend Police Department',
      Subject: 'City of Riverbend co-responder program',
      Keywords: 'PMHC co-responder MOU',
      Creator: 'pmhc-docs',
      Producer: 'pmhc-docs (pdf-lib)',
      Language: 'en-US',
    });
  });

  it('should derive the file identifier and font subset names from the content alone', async () => {
    const read = async (bytes: Uint8Array) => getDocument({ data: bytes, verbosity: 0 }).promise;
    const once = await read(new Uint8Array(await pdfOf()));
    const again = await read(new Uint8Array(await pdfOf()));
    expect(once.fingerprints[0]).toMatch(/^[0-9a-f]{32}$/);
    expect(again.fingerprints).toEqual(once.fingerprints);
    const other = sampleDocument();
    other.meta.title = 'Another Memorandum';
    const changed = await read((await writePdf(other, defaultWriteOptions)).bytes);
    expect(changed.fingerprints[0]).not.toBe(once.fingerprints[0]);
    // Subset tags as poppler reads them: six capitals, the same in both writes, new for new content.
    const subsetsOf = (bytes: Uint8Array) => {
      const file = join(tempDir(), 'x.pdf');
      writeFileSync(file, bytes);
      return execFileSync('pdffonts', [file], { encoding: 'utf8' }).match(/^[A-Z]{6}\+\S+/gm) ?? [];
    };
    const tags = subsetsOf(await pdfOf());
    expect(tags.length).toBeGreaterThan(0);
    expect(subsetsOf(await pdfOf())).toEqual(tags);
    expect(subsetsOf((await writePdf(other, defaultWriteOptions)).bytes)).not.toEqual(tags);
  });

  it('should refuse a document timestamp it cannot read', async () => {
    const doc = sampleDocument();
    doc.meta.timestamp = 'March 1st';
    await expect(writePdf(doc, defaultWriteOptions)).rejects.toThrow(
      'cannot read meta.timestamp `March 1st`, expected an ISO date',
    );
  });
});
