import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { plainText } from '../../src/ast/plain-text.js';
import type { Block, Document } from '../../src/ast/types.js';
import { writeDocx } from '../../src/writers/docx/write-docx.js';
import { writePdf } from '../../src/writers/pdf/write-pdf.js';
import { defaultWriteOptions } from '../../src/writers/types.js';
import { paragraphs, part, textOf } from '../docx/read-docx.js';
import { libreOfficePages } from '../support/libreoffice-pages.js';
import { renderExample } from '../support/render.js';
import { docWith, filler, hasCommand, layoutOf, text } from './helpers.js';

// The authority list ("Each person signing below represents…:", a bullet per Party) introduces the
// signatures: a page that opens in the middle of it, above the signature page, splits what the
// signers read as one statement. The PDF moves the list whole, with its heading and note, to that
// page when it has room; Word starts the same heading on a new page.

const dir = mkdtempSync(join(tmpdir(), 'pmhc-authority-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const party = {
  organization: [text('Riverbend Police Department')],
  name: [text('Dana Whitfield')],
  title: [text('Chief')],
};
const authority = (parties: number): Block => ({
  type: 'clause',
  level: 1,
  number: '9',
  content: [text('Signatures')],
  children: [
    {
      type: 'clause',
      level: 2,
      number: '9.1',
      content: [text('Authority to sign. Each person signing below is authorized, as follows:')],
      children: [
        {
          type: 'list',
          ordered: false,
          items: Array.from({ length: parties }, (_, i) => [
            {
              type: 'paragraph',
              content: [
                text(`Party number ${i + 1}: approved by its governing board, Resolution 2026-${i}.`),
              ],
            } as Block,
          ]),
        },
      ],
    },
  ],
});
const witness: Block = { type: 'paragraph', content: [text('IN WITNESS WHEREOF, the Parties sign below.')] };
const agreement = (fillers: number): Document =>
  docWith([
    ...Array<Block>(fillers).fill(filler(60)),
    authority(12),
    witness,
    { type: 'signatureBlock', parties: Array(15).fill(party) },
  ]);
const pagesOf = (doc: Document, prefix: string) => {
  const layout = layoutOf(doc);
  return new Set(
    layout.pages.flatMap((page, i) => (page.lines.some((l) => l.path.startsWith(prefix)) ? [i] : [])),
  );
};

describe('an authority list above the signature page', () => {
  it('is never split across the page before the signatures: it moves whole with its heading', () => {
    // Some number of filler paragraphs puts a page break inside the list; at each, the list and
    // its heading share one page.
    let tried = 0;
    for (let fillers = 6; fillers <= 14; fillers++) {
      const doc = agreement(fillers);
      const index = doc.blocks.length - 3;
      const list = pagesOf(doc, `blocks[${index}].children[0].children[0].items`);
      expect(list.size, `${fillers} fillers`).toBe(1);
      expect(pagesOf(doc, `blocks[${index}].content`), `${fillers} fillers`).toEqual(list);
      if (layoutOf(doc).movedPageStarts.includes(`blocks[${index}]`)) tried++;
    }
    // At some of those lengths the list would have split: the join had work to do.
    expect(tried).toBeGreaterThan(0);
  });

  it('sets the Tri-County ISA’s list on one page with “Signatures”, and Word breaks before the same heading', async () => {
    const { packet } = await renderExample('tri-county-cit-consortium', () => {}, [
      'information-sharing-agreement',
    ]);
    const doc = packet.documents[0]!.document;
    const index = doc.blocks.findIndex(
      (b) => b.type === 'clause' && b.level === 1 && plainText(b.content) === 'Signatures',
    );
    expect(index).toBeGreaterThan(0);
    const pages = pagesOf(doc, `blocks[${index}]`);
    expect(pages.size).toBe(1);
    // Whether the list had to move depends on how long the agreement is today (a clause added
    // above it moves the page break); Word starts a page exactly where the PDF moved one.
    const moved = layoutOf(doc).movedPageStarts.map((path) => {
      const block = doc.blocks[Number(/^blocks\[(\d+)\]$/.exec(path)?.[1])];
      return block?.type === 'clause' || block?.type === 'paragraph' || block?.type === 'heading'
        ? plainText(block.content)
        : path;
    });
    const body = part((await writeDocx(doc, defaultWriteOptions)).bytes, 'word/document.xml');
    const breaking = paragraphs(body).filter((p) => p.includes('<w:pageBreakBefore/>'));
    expect(breaking.map(textOf).map((t) => t.replace(/\u00a0/g, ' '))).toEqual(moved);
  });

  it.skipIf(!hasCommand('soffice') || !hasCommand('pdftotext'))(
    'reads, in the PDF (pdftotext) and in Word (LibreOffice), the whole list on the page that opens with “Signatures”',
    async () => {
      const { packet } = await renderExample('tri-county-cit-consortium', () => {}, [
        'information-sharing-agreement',
      ]);
      const doc = packet.documents[0]!.document;
      writeFileSync(join(dir, 'isa.pdf.pdf'), (await writePdf(doc, defaultWriteOptions)).bytes);
      writeFileSync(join(dir, 'isa.docx'), (await writeDocx(doc, defaultWriteOptions)).bytes);
      libreOfficePages(dir, ['isa']);
      for (const file of ['isa.pdf.pdf', 'isa.pdf']) {
        const pages = execFileSync('pdftotext', ['-layout', join(dir, file), '-'], {
          encoding: 'utf8',
        }).split('\f');
        const page = pages.find((p) => /^\s*25\.\s+Signatures/m.test(p)) ?? '';
        expect(page, file).toContain('Caldera County, acting by and through its Sheriff');
        expect(page.replace(/\s+/g, ' '), file).toContain(
          'NAMI Tres Ríos: Authorized by the NAMI Tres Ríos Board of Directors.',
        );
      }
    },
    300_000,
  );
});
