import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { SignatureBlock } from '../../src/ast/types.js';
import { writeDocx } from '../../src/writers/docx/write-docx.js';
import { defaultWriteOptions } from '../../src/writers/types.js';
import { hasCommand } from '../pdf/helpers.js';
import { libreOfficePages } from '../support/libreoffice-pages.js';
import { renderExample } from '../support/render.js';
import { paragraphs, part, textOf } from './read-docx.js';

const dir = mkdtempSync(join(tmpdir(), 'pmhc-docx-sigpage-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The Tri-County ISA: ten parties sign, the most of any example. */
async function tenParties() {
  const { packet } = await renderExample('tri-county-cit-consortium', () => {}, [
    'information-sharing-agreement',
  ]);
  const document = packet.documents[0]!.document;
  const block = document.blocks.find((b): b is SignatureBlock => b.type === 'signatureBlock')!;
  return { document, block, bytes: (await writeDocx(document, defaultWriteOptions)).bytes };
}

describe('the Word signature page', () => {
  it('should keep every row of the signatures with the next, three parties to a row as in the PDF', async () => {
    const { bytes, block } = await tenParties();
    expect(block.parties).toHaveLength(10);
    const body = part(bytes, 'word/document.xml');
    const table = (body.match(/<w:tbl>[\s\S]*?<\/w:tbl>/g) ?? []).find((t) =>
      textOf(t).includes('Name: Adelina Treviño'),
    )!;
    const rows = table.match(/<w:tr>[\s\S]*?<\/w:tr>/g) ?? [];
    expect(rows.map((row) => row.match(/<w:tc>/g)?.length)).toEqual([3, 3, 3, 3]);
    // Every paragraph of every row keeps with the next; the last row too, with its caption.
    for (const row of rows) for (const p of paragraphs(row)) expect(p, textOf(p)).toContain('<w:keepNext/>');
    const after = body.slice(body.indexOf(table) + table.length);
    expect(textOf(paragraphs(after)[0]!)).toBe('[Signature page to Information-Sharing Agreement]');
  });

  it('should leave the parties’ gap under a block with no caption, so "Attest:" does not touch its last line', async () => {
    const { packet } = await renderExample('harlan-county-rural', () => {}, [
      'information-sharing-agreement',
    ]);
    const body = part(
      (await writeDocx(packet.documents[0]!.document, defaultWriteOptions)).bytes,
      'word/document.xml',
    );
    const table = (body.match(/<w:tbl>[\s\S]*?<\/w:tbl>/g) ?? []).find((t) =>
      textOf(t).includes('Ruth Halvorsen'),
    )!;
    const dates = paragraphs(table).filter((p) => textOf(p) === 'Date:');
    expect(dates.at(-1)).toContain('w:after="320"');
    const next = paragraphs(body.slice(body.indexOf(table) + table.length))[0]!;
    expect(textOf(next)).toBe('Attest:');
  });

  it.skipIf(!hasCommand('soffice') || !hasCommand('pdftotext'))(
    'should set all ten blocks on one page with their lead-in and the PDF’s caption (read by LibreOffice)',
    async () => {
      const { bytes, block } = await tenParties();
      writeFileSync(join(dir, 'isa.docx'), bytes);
      libreOfficePages(dir, ['isa']);
      const pages = execFileSync('pdftotext', ['-layout', join(dir, 'isa.pdf'), '-'], {
        encoding: 'utf8',
      }).split('\f');
      const signing = pages.findIndex((page) => page.includes('IN WITNESS WHEREOF'));
      expect(signing).toBeGreaterThan(0);
      const page = pages[signing]!.replace(/\s+/g, ' ');
      for (const party of block.parties) {
        const name = party.name.map((inline) => ('value' in inline ? inline.value : '')).join('');
        expect(page, name).toContain(`Name: ${name.split(' ')[0]}`);
      }
      expect(page).toContain('[Signature page to Information-Sharing Agreement]');
    },
  );
});
