import mammoth from 'mammoth';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { describe, expect, it } from 'vitest';
import { plainText } from '../../src/ast/plain-text.js';
import type { Document } from '../../src/ast/types.js';
import { loadWriter } from '../../src/writers/index.js';
import { defaultWriteOptions } from '../../src/writers/types.js';
import { EXAMPLES, renderExample } from '../support/render.js';

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

async function pdfText(bytes: Uint8Array): Promise<{ text: string; pages: number }> {
  const pdf = await getDocument({ data: bytes.slice(), verbosity: 0 }).promise;
  let text = '';
  for (let n = 1; n <= pdf.numPages; n++) {
    const content = await (await pdf.getPage(n)).getTextContent();
    for (const item of content.items) if ('str' in item) text += item.str;
  }
  return { text, pages: pdf.numPages };
}

// Every draft of every example, read back by readers that are not ours: mammoth for Word,
// pdf.js for PDF. The page counts are a golden summary of the PDF layout.
describe.each(EXAMPLES)('the %s drafts read back', (example) => {
  it('should show every clause, in order, in Word and in PDF', async () => {
    const { packet } = await renderExample(example);
    const [docx, pdf] = [await loadWriter('docx'), await loadWriter('pdf')];
    const pages: Record<string, number> = {};
    for (const { template, document } of packet.documents) {
      const id = template.meta.id;
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
      const written = await pdf(document, defaultWriteOptions);
      expect(written.warnings, id).toEqual([]);
      const read = await pdfText(written.bytes);
      expectInOrder(squash(read.text), openings, `${id}.pdf`);
      pages[id] = read.pages;
    }
    expect(pages).toMatchSnapshot();
    // A whole packet written twice over: about 30 s on an idle 2-core machine, several minutes under
    // load. The limit only stops a hang; no test here asserts a time.
  });
});
