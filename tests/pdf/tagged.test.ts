import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFDocument, PDFName, PDFOperator, PDFRawStream } from 'pdf-lib';
import { afterAll, describe, expect, it } from 'vitest';
import { writePdf } from '../../src/writers/pdf/write-pdf.js';
import { defaultWriteOptions } from '../../src/writers/types.js';
import { sampleDocument } from '../fixtures/sample-document.js';
import { hasCommand } from './helpers.js';
import { popplerTaggedText, walkMarkedContent } from './tagged-readers.js';

const dir = mkdtempSync(join(tmpdir(), 'pmhc-tagged-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const readers = hasCommand('pdfinfo') && hasCommand('qpdf');

// The drafts of the examples are checked the same way where they are written and read back once
// (tests/examples/read-back.test.ts); here, the catalog and the checker itself.
describe.skipIf(!readers)('tagged PDF (PDF/UA-1), read by poppler and pdf.js', () => {
  it('should write the catalog and metadata PDF/UA-1 asks for', async () => {
    const bytes = (await writePdf(sampleDocument(), defaultWriteOptions)).bytes;
    const pdf = await PDFDocument.load(bytes, { updateMetadata: false });
    const catalog = pdf.catalog;
    expect(String(catalog.lookup(PDFName.of('MarkInfo')))).toContain('/Marked true');
    expect(String(catalog.lookup(PDFName.of('Lang')))).toContain('en-US');
    expect(String(catalog.lookup(PDFName.of('ViewerPreferences')))).toContain('/DisplayDocTitle true');
    expect(catalog.lookup(PDFName.of('Outlines'))).toBeDefined();
    const roleMap = String(catalog.lookup(PDFName.of('StructTreeRoot'))?.toString());
    expect(roleMap).toContain('/RoleMap');
    const xmp = Buffer.from((catalog.lookup(PDFName.of('Metadata')) as PDFRawStream).getContents()).toString(
      'utf8',
    );
    expect(xmp).toContain('<pdfuaid:part>1</pdfuaid:part>');
    expect(xmp).toContain(`<rdf:li xml:lang="x-default">${sampleDocument().meta.title}</rdf:li>`);
    const tree = popplerTaggedText(writeAndPath(bytes)).tree;
    for (const role of [
      'Document',
      'H1',
      'Sect',
      'H2',
      'L',
      'LI',
      'Lbl',
      'LBody',
      'P',
      'Table',
      'TR',
      'TH',
      'TD',
    ])
      expect(tree, role).toMatch(new RegExp(`^\\s*${role}\\b`, 'm'));
    expect(tree).toContain('/Scope /Column');
  });

  it('should object to content painted outside marked content and to an MCID missing from the parent tree', async () => {
    const bytes = (await writePdf(sampleDocument(), defaultWriteOptions)).bytes;
    const pdf = await PDFDocument.load(bytes, { updateMetadata: false });
    const page = pdf.getPage(0);
    page.pushOperators(
      PDFOperator.of('BT' as never),
      PDFOperator.of('Tj' as never, [pdf.context.obj('x' as never) as never]),
      PDFOperator.of('ET' as never),
      PDFOperator.of('BDC' as never, [PDFName.of('P'), pdf.context.obj({ MCID: 999 }) as never]),
      PDFOperator.of('EMC' as never),
    );
    const problems = await walkMarkedContent(writeAndPath(await pdf.save()));
    expect(problems).toContain('page 1: Tj outside tagged content');
    expect(problems).toContain('page 1: MCID 999 is not in the parent tree');
  });
});

let written = 0;
function writeAndPath(bytes: Uint8Array): string {
  const file = join(dir, `check-${written++}.pdf`);
  writeFileSync(file, bytes);
  return file;
}
