import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import mammoth from 'mammoth';
import { afterAll, describe, expect, it } from 'vitest';
import { plainText } from '../../src/ast/plain-text.js';
import type { Document } from '../../src/ast/types.js';
import { loadWriter } from '../../src/writers/index.js';
import { defaultWriteOptions } from '../../src/writers/types.js';
import { hasCommand } from '../pdf/helpers.js';
import {
  difference,
  markdownText,
  pdfjsTaggedText,
  popplerTaggedText,
  squash as squashSpace,
  walkMarkedContent,
} from '../pdf/tagged-readers.js';
import { EXAMPLES, renderedExample } from '../support/render.js';

/** The opening words of every numbered clause, in order: what a reader finds page after page. */
function clauseOpenings(doc: Document): string[] {
  return doc.blocks.flatMap((b) => (b.type === 'clause' ? [squash(plainText(b.content)).slice(0, 24)] : []));
}

/** Text without white space or quotes, so line breaks, justification and smart quotes do not matter. */
function squash(text: string): string {
  return text.replace(/[\s“”"‘’']/g, '');
}

/** Fails naming the first opening not found after the previous one. */
function expectInOrder(haystack: string, needles: string[], what: string) {
  let at = 0;
  for (const needle of needles) {
    const found = haystack.indexOf(needle, at);
    expect(found, `${what}: “${needle}” not found in order`).toBeGreaterThanOrEqual(0);
    at = found + needle.length;
  }
}

/** Headings in order never skip a level (H1 then H2 then H3). */
function headingLevels(roles: string[]): number[] {
  return roles.flatMap((role) => (/^H[1-6]$/.test(role) ? [Number(role.slice(1))] : []));
}

const dir = mkdtempSync(join(tmpdir(), 'pmhc-read-back-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** One draft of an example, written to PDF once, saved, and read once by pdf.js. */
interface Draft {
  id: string;
  document: Document;
  markdown: string;
  pdf: { bytes: Uint8Array; warnings: unknown[]; file: string };
  pdfjs: Awaited<ReturnType<typeof pdfjsTaggedText>>;
}

const written = new Map<string, Promise<Draft[]>>();

/**
 * Every draft of an example as PDF, shared by the tests below: writing and reading a whole
 * packet is the cost of this file, and no test changes what it reads.
 */
function draftsOf(example: string): Promise<Draft[]> {
  let drafts = written.get(example);
  if (!drafts) {
    drafts = (async () => {
      const { packet, markdown } = await renderedExample(example);
      const pdf = await loadWriter('pdf');
      const out: Draft[] = [];
      // Every file a build writes: a form's counsel sheet is read back as a draft of its own.
      const files = packet.documents.flatMap((d) =>
        d.counselSheet ? [d.document, d.counselSheet] : [d.document],
      );
      for (const document of files) {
        const id = document.meta.id;
        const { bytes, warnings } = await pdf(document, defaultWriteOptions);
        const file = join(dir, `${example}-${id}.pdf`);
        writeFileSync(file, bytes);
        const pdfjs = await pdfjsTaggedText(bytes);
        out.push({
          id,
          document,
          markdown: markdown.get(id) as string,
          pdf: { bytes, warnings, file },
          pdfjs,
        });
      }
      return out;
    })();
    written.set(example, drafts);
  }
  return drafts;
}

const readers = hasCommand('pdfinfo') && hasCommand('qpdf');

// Every draft of every example, read back by readers that are not ours: mammoth for Word,
// pdf.js and poppler for PDF, qpdf for the PDF's content streams. The page counts are a golden
// summary of the PDF layout.
describe.each(EXAMPLES)('the %s drafts read back', (example) => {
  it('should show every clause, in order, in Word and in PDF', async () => {
    const docx = await loadWriter('docx');
    const pages: Record<string, number> = {};
    for (const { id, document, pdf, pdfjs } of await draftsOf(example)) {
      const openings = clauseOpenings(document);
      const word = await mammoth.extractRawText({
        buffer: Buffer.from((await docx(document, defaultWriteOptions)).bytes),
      });
      expect(word.messages, id).toEqual([]);
      expectInOrder(
        squash(word.value),
        [squash(document.meta.title).slice(0, 24), ...openings],
        `${id}.docx`,
      );
      expect(pdf.warnings, id).toEqual([]);
      expectInOrder(squash(pdfjs.pageText), openings, `${id}.pdf`);
      pages[id] = pdfjs.pages;
    }
    expect(pages).toMatchSnapshot();
  });

  // PDF/UA-1: the structure tree holds the document's whole text in reading order, headings do
  // not skip a level, and every mark on a page is tagged content or an artifact.
  it.skipIf(!readers)(
    'should tag every PDF: poppler reads the Markdown’s text from its structure tree',
    async () => {
      for (const { id, markdown, pdf } of await draftsOf(example)) {
        const info = execFileSync('pdfinfo', [pdf.file], { encoding: 'utf8' });
        expect(info, id).toMatch(/Tagged:\s+yes/);
        expect(info, id).toMatch(/Metadata Stream:\s+yes/);
        const expected = squashSpace(`DRAFT${markdownText(markdown)}`);
        const poppler = popplerTaggedText(pdf.file);
        expect(difference(squashSpace(poppler.text), expected), `${id}: poppler's tagged text`).toBeNull();
      }
    },
  );

  it('should tag every PDF: pdf.js reads the Markdown’s text, under headings that skip no level', async () => {
    for (const { id, markdown, pdfjs } of await draftsOf(example)) {
      const expected = squashSpace(`DRAFT${markdownText(markdown)}`);
      expect(difference(squashSpace(pdfjs.text), expected), `${id}: pdf.js tagged text`).toBeNull();
      const levels = headingLevels(pdfjs.roles);
      expect(levels[0], id).toBe(1);
      levels.forEach((level, i) =>
        expect(level - (levels[i - 1] ?? 0), `${id}: heading order`).toBeLessThanOrEqual(1),
      );
    }
  });

  it.skipIf(!readers)(
    'should mark every text and path of every PDF page as content or artifact',
    async () => {
      for (const { id, pdf } of await draftsOf(example))
        expect(await walkMarkedContent(pdf.file), id).toEqual([]);
    },
  );
});
