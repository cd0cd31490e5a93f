import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { plainText } from '../../src/ast/plain-text.js';
import type { Block, Document } from '../../src/ast/types.js';
import { writeDocx } from '../../src/writers/docx/write-docx.js';
import { writePdf } from '../../src/writers/pdf/write-pdf.js';
import { formSignatureSection } from '../../src/writers/signature-section.js';
import { defaultWriteOptions } from '../../src/writers/types.js';
import { libreOfficePages } from '../support/libreoffice-pages.js';
import { pageTexts } from '../support/page-texts.js';
import { EXAMPLES, renderExample } from '../support/render.js';
import { docWith, filler, hasCommand, layoutOf, linesByPage, text } from './helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'pmhc-signature-section-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const para = (value: string): Block => ({ type: 'paragraph', content: [text(value)] });
const clause = (number: string, title: string): Block => ({
  type: 'clause',
  level: 1,
  number,
  content: [text(title)],
  children: [],
});
const form = (blocks: Block[]): Document => {
  const doc = docWith(blocks);
  return { ...doc, meta: { ...doc.meta, kind: 'form' } };
};
const signatures = [
  clause('2', 'Signatures'),
  para('Your signature: ______________________ Date: __________'),
  para('If you are under 18 and the law lets you get this care on your own, you sign alone.'),
  para('If someone signs for you (a parent or guardian):'),
  para('Signature: ______________________ Date: __________'),
  para('Printed name: ______________________ Phone: __________'),
  para('Interpreter (name or ID): ______________ Staff name: ______________'),
];

describe('a form’s signature section', () => {
  it('spans the section that holds the last fill-in line, from its heading to the next section', () => {
    const doc = form([
      clause('1', 'Who'),
      para('Name: ______'),
      ...signatures,
      { type: 'pageBreak' },
      para('x'),
    ]);
    expect(formSignatureSection(doc)).toEqual({ from: 2, to: 8 });
    // Not a form, or fill-in lines under no section of their own (only the title above them).
    expect(formSignatureSection(docWith(signatures))).toBeNull();
    const title: Block = { type: 'heading', level: 1, content: [text('Notice')] };
    expect(formSignatureSection(form([title, para('Disclosed by: ______')]))).toBeNull();
  });

  it('moves whole to the next page with its heading rather than split (PDF layout)', () => {
    // Enough text that the section would start near the foot of page 1.
    for (let words = 1000; words <= 1250; words += 25) {
      const doc = form([clause('1', 'What'), filler(words), ...signatures]);
      const layout = layoutOf(doc);
      const pages = [...linesByPage(layout, 'blocks[2]'), ...linesByPage(layout, 'blocks[8]')];
      const onPages = new Set(
        [2, 3, 4, 5, 6, 7, 8].flatMap((b) => [...linesByPage(layout, `blocks[${b}]`).keys()]),
      );
      expect(pages.length, `${words} words`).toBeGreaterThan(0);
      expect([...onPages], `${words} words`).toHaveLength(1);
    }
  });

  it('is left to the ordinary keeps when it is taller than a page', () => {
    const lines = [...Array.from({ length: 90 }, (_, i) => para(`Line ${i}.`)), para('Signature: ______')];
    const layout = layoutOf(form([para('Preamble.'), clause('1', 'Signatures'), ...lines]));
    expect(layout.pages.length).toBeGreaterThan(1);
    // Kept whole, it would leave the preamble alone on page 1; page 1 runs on into the section.
    expect(layout.pages[0]!.lines.some((line) => line.path.startsWith('blocks[2]'))).toBe(true);
  });
});

/** The example consent forms, with the text of their signature section's first and last lines. */
async function consentForms() {
  const forms: { name: string; doc: Document; heading: string; first: string; last: string }[] = [];
  for (const example of EXAMPLES) {
    const { packet } = await renderExample(example, () => {}, [
      'consent-to-release',
      'consent-to-release-es',
    ]);
    for (const { template, document } of packet.documents) {
      const section = formSignatureSection(document);
      if (!section) throw new Error(`${example} ${template.meta.id}: no signature section`);
      const label = (block: Block | undefined) =>
        block?.type === 'paragraph' || block?.type === 'clause'
          ? plainText(block.content).split('_')[0]!.replace(/\s+/g, ' ').trim()
          : '';
      const fillIns = document.blocks
        .slice(section.from + 1, section.to + 1)
        .filter((b) => b.type === 'paragraph' && plainText(b.content).includes('___'));
      forms.push({
        name: `${example}--${template.meta.id}`,
        doc: document,
        heading: label(document.blocks[section.from]),
        first: label(fillIns[0]),
        last: label(fillIns.at(-1)),
      });
    }
  }
  return forms;
}

const together = (pages: string[], form: { heading: string; first: string; last: string }) =>
  pages.map((page) => [form.heading, form.first, form.last].map((t) => page.includes(t)));

describe.skipIf(!hasCommand('pdftotext') || !hasCommand('soffice'))(
  'the example consent forms’ signature sections, read back page by page',
  () => {
    it('sets each on one page with its heading, in the PDF (pdftotext) and in Word (LibreOffice)', async () => {
      const forms = await consentForms();
      expect(forms).toHaveLength(6);
      for (const f of forms) {
        writeFileSync(join(dir, `${f.name}.pdf.pdf`), (await writePdf(f.doc, defaultWriteOptions)).bytes);
        writeFileSync(join(dir, `${f.name}.docx`), (await writeDocx(f.doc, defaultWriteOptions)).bytes);
      }
      libreOfficePages(
        dir,
        forms.map((f) => f.name),
      );
      for (const f of forms) {
        for (const file of [`${f.name}.pdf.pdf`, `${f.name}.pdf`]) {
          const found = together(pageTexts(join(dir, file)), f);
          const page = found.findIndex(([heading]) => heading);
          expect(page, `${file}: ${f.heading}`).toBeGreaterThan(0);
          expect(found[page], `${file}: ${f.first} … ${f.last} on the page of ${f.heading}`).toEqual([
            true,
            true,
            true,
          ]);
        }
      }
    });
  },
);
