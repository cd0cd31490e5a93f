import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { describe, expect, it } from 'vitest';
import type { Block, Document, Inline } from '../../src/ast/types.js';
import { writePdf } from '../../src/writers/pdf/write-pdf.js';
import { sampleDocument } from '../fixtures/sample-document.js';
import { dejavuSans, docWith, inkIn, rasterize, text } from './helpers.js';

const options = { paper: 'letter' as const, lineNumbers: false, fallbackFonts: [] };

async function readPdf(bytes: Uint8Array) {
  return getDocument({ data: bytes.slice(), verbosity: 0 }).promise;
}

async function extractText(bytes: Uint8Array): Promise<string> {
  const pdf = await readPdf(bytes);
  let out = '';
  for (let number = 1; number <= pdf.numPages; number++) {
    const content = await (await pdf.getPage(number)).getTextContent();
    for (const item of content.items) if ('str' in item) out += item.str;
  }
  return out;
}

/** The document's text in reading order, as the PDF should show it. */
function documentText(doc: Document): string[] {
  const inline = (nodes: Inline[]): string =>
    nodes
      .map((node) => {
        if (node.type === 'text') return node.value;
        if (node.type === 'strong' || node.type === 'emphasis') return inline(node.content);
        if (node.type === 'definedTerm') return node.defining ? `\u201c${node.term}\u201d` : node.term;
        if (node.type === 'blank') return `[${node.label}]`;
        return ' ';
      })
      .join('');
  const block = (node: Block): string[] => {
    switch (node.type) {
      case 'heading':
      case 'paragraph':
      case 'drafterNote':
        return [inline(node.content)];
      case 'clause':
        return [node.number, inline(node.content), ...node.children.flatMap(block)];
      case 'list':
        return node.items.flat().flatMap(block);
      case 'table':
        return [...node.header, ...node.rows.flat()].map(inline);
      case 'signatureBlock':
        return node.parties.flatMap((party) => [party.organization, party.name, party.title].map(inline));
      case 'notice':
        return node.content.flatMap(block);
      case 'pageBreak':
        return [];
    }
  };
  return doc.blocks.flatMap(block);
}

const squash = (value: string) => value.replace(/\s+/g, '');

describe('writePdf', () => {
  it('should write text that pdf.js reads back in document order', async () => {
    const doc = sampleDocument();
    const extracted = squash(await extractText((await writePdf(doc, options)).bytes));
    let from = 0;
    for (const expected of documentText(doc).map(squash)) {
      const at = extracted.indexOf(expected, from);
      expect(at, `"${expected}" after offset ${from}`).toBeGreaterThanOrEqual(from);
      from = at + expected.length;
    }
  });

  it('should write the same bytes twice', async () => {
    const first = await writePdf(sampleDocument(), options);
    const second = await writePdf(sampleDocument(), options);
    expect(Buffer.from(second.bytes).equals(Buffer.from(first.bytes))).toBe(true);
  });

  it('should set metadata and dates from the document', async () => {
    const pdf = await readPdf((await writePdf(sampleDocument(), options)).bytes);
    const info = (await pdf.getMetadata()).info as Record<string, unknown>;
    expect(info).toMatchObject({
      Title: 'Sample Memorandum of Understanding',
      Author: 'Riverbend Police Department',
      Subject: 'City of Riverbend co-responder program',
      Keywords: 'PMHC co-responder MOU',
      Language: 'en-US',
      Creator: 'pmhc-docs',
      CreationDate: 'D:20260301000000Z',
      ModDate: 'D:20260301000000Z',
    });
  });

  it('should bookmark headings and level-1 clauses', async () => {
    const outline = await (await readPdf((await writePdf(sampleDocument(), options)).bytes)).getOutline();
    expect(outline.map((item) => [item.title, item.items.map((child) => child.title)])).toEqual([
      ['Sample Memorandum of Understanding', ['Recitals', '1. Definitions', '2. Signatures']],
    ]);
  });

  it('should pass qpdf --check', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pmhc-pdf-'));
    try {
      const file = join(dir, 'sample.pdf');
      writeFileSync(file, (await writePdf(sampleDocument(), { ...options, lineNumbers: true })).bytes);
      expect(execFileSync('qpdf', ['--check', file]).toString()).toContain(
        'No syntax or stream encoding errors',
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('should draw Vietnamese, Spanish and Irish names with ink where the glyphs are', async () => {
    const doc = docWith([{ type: 'paragraph', content: [text('Nguyễn Peña Ó Briain')] }]);
    const page = rasterize((await writePdf(doc, options)).bytes);
    // The line sits between 72 and 87 pt from the top; the margins above and below are empty.
    expect(inkIn(page, 72, 88)).toBeGreaterThan(300);
    expect(inkIn(page, 60, 70)).toBe(0);
    expect(inkIn(page, 90, 700)).toBe(0);
  });

  it('should report a character no font has and draw a box for it, not a blank', async () => {
    const doc = docWith([{ type: 'paragraph', content: [text('Call \u260e now')] }]);
    const { bytes, warnings } = await writePdf(doc, options);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain('U+260E');
    expect(warnings[0]).toContain('Call \u260e now');
    expect(inkIn(rasterize(bytes), 72, 88)).toBeGreaterThan(100);
  });

  it('should draw characters the body font lacks with a fallback font', async () => {
    const doc = docWith([{ type: 'paragraph', content: [text('Call \u260e now')] }]);
    const { bytes, warnings } = await writePdf(doc, { ...options, fallbackFonts: [dejavuSans] });
    expect(warnings).toEqual([]);
    expect(squash(await extractText(bytes))).toContain('Call\u260enow');
  });

  it('should refuse a WOFF2 fallback font with a message, not a crash', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pmhc-pdf-'));
    try {
      const file = join(dir, 'font.woff2');
      writeFileSync(file, Buffer.from('wOF2\u0000\u0001\u0000\u0000 not really a font'));
      await expect(writePdf(sampleDocument(), { ...options, fallbackFonts: [file] })).rejects.toThrow(
        /cannot embed font `.*font\.woff2` \(WOFF\/WOFF2\), expected a TTF or OTF file/,
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
