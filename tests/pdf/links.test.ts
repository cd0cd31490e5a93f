import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFArray, PDFDict, PDFDocument, PDFName } from 'pdf-lib';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { afterAll, describe, expect, it } from 'vitest';
import type { Block } from '../../src/ast/types.js';
import { writePdf } from '../../src/writers/pdf/write-pdf.js';
import { defaultWriteOptions } from '../../src/writers/types.js';
import { docWith, filler, hasCommand, text } from './helpers.js';
import { popplerTaggedText, walkMarkedContent } from './tagged-readers.js';

const dir = mkdtempSync(join(tmpdir(), 'pmhc-links-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Clause 1 on page 1 refers to clause 2, three pages on, and gives an e-mail address and a web page. */
function linkedDocument() {
  const blocks: Block[] = [
    {
      type: 'clause',
      level: 1,
      number: '1',
      content: [text('Notices')],
      children: [
        {
          type: 'paragraph',
          content: [
            text('Disputes go as Section '),
            { type: 'crossReference', label: 'disputes', number: '2' },
            text(' says. Write to liaison@riverbend.example.org. See https://example.org/guide, too.'),
          ],
        },
      ],
    },
    ...Array.from({ length: 12 }, () => filler(120)),
    {
      type: 'clause',
      level: 1,
      number: '2',
      content: [text('Disputes'), { type: 'anchor', label: 'disputes' }],
      children: [],
    },
  ];
  return docWith(blocks);
}

interface PdfjsNode {
  role?: string;
  type?: string;
  id?: string;
  children?: PdfjsNode[];
}

const find = (node: PdfjsNode, role: string): PdfjsNode[] => [
  ...(node.role === role ? [node] : []),
  ...(node.children ?? []).flatMap((child) => find(child, role)),
];

describe('links in the PDF', () => {
  it('should link a cross-reference to its clause and an address to mail or the web, read by pdf.js', async () => {
    const bytes = (await writePdf(linkedDocument(), defaultWriteOptions)).bytes;
    const pdf = await getDocument({ data: bytes.slice(), verbosity: 0 }).promise;
    const page = await pdf.getPage(1);
    const links = (await page.getAnnotations()).filter((a) => a.subtype === 'Link');
    // A link broken over two lines has an annotation per line, in one Link element.
    expect([...new Set(links.map((a) => a.url ?? null))]).toEqual([
      null,
      'mailto:liaison@riverbend.example.org',
      'https://example.org/guide',
    ]);
    const dest = links[0]!.dest as [{ num: number; gen: number }, { name: string }, null, number, null];
    expect(dest[1].name).toBe('XYZ');
    // The clause "2. Disputes" starts on the page the link goes to, below the link's top.
    const target = (await pdf.getPageIndex(dest[0])) + 1;
    expect(target).toBeGreaterThan(2);
    const heading = (await (await pdf.getPage(target)).getTextContent()).items.find(
      (item) => 'str' in item && item.str.includes('Disputes'),
    ) as { transform: number[] } | undefined;
    expect(heading).toBeDefined();
    const baseline = heading!.transform[5]!;
    expect(baseline).toBeLessThan(dest[3]);
    expect(dest[3] - baseline).toBeLessThan(30);
    // Each link is a Link element holding its text and its annotation (PDF/UA-1 7.18.5).
    const tree = (await page.getStructTree()) as unknown as PdfjsNode;
    const elements = find(tree, 'Link');
    expect(elements).toHaveLength(3);
    for (const element of elements) {
      expect(element.children?.some((child) => child.type === 'content')).toBe(true);
      const objects = (element.children ?? []).filter((child) => child.type === 'object');
      expect(objects.length).toBeGreaterThan(0);
      for (const object of objects) expect(links.map((a) => a.id)).toContain(object.id);
    }
    expect([...new Set(links.map((a) => a.contentsObj?.str))]).toEqual([
      'Go to section 2',
      'Write an e-mail to liaison@riverbend.example.org',
      'Open https://example.org/guide',
    ]);
    await pdf.destroy();
  });

  it.skipIf(!hasCommand('pdfinfo') || !hasCommand('qpdf'))(
    'should read as "Section 2" and the address in poppler’s tag tree, every annotation in the structure',
    async () => {
      const bytes = (await writePdf(linkedDocument(), defaultWriteOptions)).bytes;
      const file = join(dir, 'links.pdf');
      writeFileSync(file, bytes);
      const { tree } = popplerTaggedText(file);
      expect(tree).toMatch(/Link \(inline\)\s+"Section[\s\u00a0]2"\s+Object \d+ 0/);
      expect(tree).toMatch(/Link \(inline\)\s+"liaison@riverbend\.example\.org"\s+Object \d+ 0/);
      expect(await walkMarkedContent(file)).toEqual([]);
      // The check objects to an annotation cut off from its Link element.
      const broken = await PDFDocument.load(bytes, { updateMetadata: false });
      const annots = broken.getPage(0).node.lookup(PDFName.of('Annots'), PDFArray);
      broken.context.lookup(annots.get(0), PDFDict).delete(PDFName.of('StructParent'));
      writeFileSync(join(dir, 'broken.pdf'), await broken.save());
      expect(await walkMarkedContent(join(dir, 'broken.pdf'))).toEqual([
        expect.stringMatching(/^page 1: annotation .* is not an object of a Link element$/),
      ]);
    },
  );
});
