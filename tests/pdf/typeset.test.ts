import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import type { Block, Document } from '../../src/ast/types.js';
import { hyphenatorFor } from '../../src/writers/pdf/hyphenate.js';
import { loadFonts } from '../../src/writers/pdf/fonts.js';
import { layoutDocument } from '../../src/writers/pdf/layout.js';
import { createMeasurer } from '../../src/writers/pdf/measure.js';
import { shareColumns } from '../../src/writers/share-columns.js';
import { tieSpaces } from '../../src/writers/tie-spaces.js';
import { EXAMPLES, renderedExample } from '../support/render.js';
import { writePdf } from '../../src/writers/pdf/write-pdf.js';
import { defaultWriteOptions } from '../../src/writers/types.js';
import { docWith, hasCommand, text } from './helpers.js';
import { analyseLayout, brokenWords, lineText } from './typeset-checks.js';

const measurer = createMeasurer(loadFonts([]));
const layout = (doc: Document) => layoutDocument(doc, { paper: 'letter', lineNumbers: false }, measurer);

describe('typesetting of every example document', () => {
  it.each(EXAMPLES)(
    'should keep word gaps under twice normal, table words whole, quotes curly and signatures with their lead-in (%s)',
    async (example) => {
      const { packet, markdown } = await renderedExample(example);
      for (const { template, document } of packet.documents) {
        // Typographic quotes only: a straight " in the text (the header comment aside) is a typing slip.
        const text = (markdown.get(template.meta.id) ?? '').split('\n').slice(1).join('\n');
        expect({ id: template.meta.id, straight: text.match(/.{0,30}"/g) }).toEqual({
          id: template.meta.id,
          straight: null,
        });
        const figures = analyseLayout(document, layout(document), measurer);
        const id = template.meta.id;
        expect({ id, loose: figures.loose, broken: figures.broken }).toEqual({ id, loose: [], broken: [] });
        expect({ id, orphaned: figures.orphanedSignatures, split: figures.splitSignatures }).toEqual({
          id,
          orphaned: 0,
          split: 0,
        });
      }
    },
    120_000,
  );
});

describe('the typesetting checks', () => {
  it('should find a word a table cell broke, and accept breaks at spaces, hyphens and e-mail dots', () => {
    expect(brokenWords('Sgt. Mateo Villanueva', ['Sgt. Mateo Villanue', 'va'])).toEqual(['Villanue|va']);
    expect(brokenWords('Sgt. Mateo Villanueva', ['Sgt. Mateo', 'Villanueva'])).toEqual([]);
    expect(brokenWords('co-responder team', ['co-', 'responder team'])).toEqual([]);
    expect(brokenWords('a.b@c.example.org', ['a.b@c', '.example.org'])).toEqual([]);
    expect(brokenWords('confidentiality rules', ['confi-', 'dentiality rules'])).toEqual([]);
  });
});

describe('hyphenation', () => {
  it('should break common words by the en-US and Spanish patterns, never names or acronyms', () => {
    const english = hyphenatorFor('en-US');
    expect(english?.('confidentiality')).toEqual([3, 5, 8, 12]);
    expect(english?.('Villanueva')).toEqual([]);
    expect(english?.('Raghunathan')).toEqual([]);
    expect(english?.('TELEPHONE')).toEqual([]);
    expect(hyphenatorFor('es')?.('información')).toEqual([2, 5, 7]);
    expect(hyphenatorFor('vi')).toBeNull();
  });

  it('should hyphenate a justified paragraph, and never stretch a gap past twice a space', () => {
    const words = 'the telecommunicator shall document interoperability considerations notwithstanding';
    const doc = docWith([{ type: 'paragraph', content: [text(`A ${words} and ${words} or ${words}.`)] }]);
    const laid = layout(doc);
    const lines = laid.pages[0]?.lines.filter((line) => line.path.startsWith('blocks')) ?? [];
    expect(lines.some((line) => line.runs.some((run) => run.kind === 'text' && run.role === 'hyphen'))).toBe(
      true,
    );
    expect(analyseLayout(doc, laid, measurer).loose).toEqual([]);
  });
});

describe('page ends', () => {
  const words = 'the telecommunicator shall document interoperability considerations notwithstanding';
  const long: Block = { type: 'paragraph', content: [text(`A ${words} and ${words} or ${words}.`)] };
  const short: Block = { type: 'paragraph', content: [text('A short paragraph of one line.')] };

  it('should not end a page on a word it hyphenated, where the page can end a line earlier', () => {
    let hyphenatedLines = 0;
    for (let count = 0; count < 12; count++) {
      const doc = docWith([...Array<Block>(count).fill(short), ...Array<Block>(12).fill(long)]);
      const laid = layout(doc);
      for (const page of laid.pages)
        for (const line of page.lines)
          if (line.runs.some((run) => run.kind === 'text' && run.role === 'hyphen')) hyphenatedLines++;
      expect(analyseLayout(doc, laid, measurer).hyphenatedPageEnds, `${count} short paragraphs`).toBe(0);
    }
    // Most lines of the fixture end hyphenated, so some page would have ended on one.
    expect(hyphenatedLines).toBeGreaterThan(200);
  });

  it.skipIf(!hasCommand('pdftotext'))('should read so in the written PDF (poppler)', async () => {
    const pdf = (await writePdf(docWith(Array<Block>(12).fill(long)), defaultWriteOptions)).bytes;
    const pages = execFileSync('pdftotext', ['-layout', '-', '-'], { input: pdf, encoding: 'utf8' })
      .split('\f')
      .filter((page) => page.trim());
    expect(pages.length).toBeGreaterThan(1);
    for (const page of pages) {
      const lines = page.split('\n').filter((line) => line.trim() && !/Page \d+ of \d+/.test(line));
      expect(lines.at(-1)).not.toMatch(/[a-z]-\s*$/);
    }
  });

  it('should count a page after the first that holds five lines or fewer as nearly empty, by baseline', () => {
    const line = (n: number): Block => ({ type: 'paragraph', content: [text(`Line ${n}.`)] });
    const lines = (n: number) => Array.from({ length: n }, (_, i) => line(i));
    const pageBreak: Block = { type: 'pageBreak' };
    const figures = (blocks: Block[]) => {
      const doc = docWith(blocks);
      return analyseLayout(doc, layout(doc), measurer);
    };
    expect(figures([...lines(3), pageBreak, ...lines(2)]).nearlyEmptyAt).toEqual([2]);
    expect(figures([...lines(3), pageBreak, ...lines(5), pageBreak, ...lines(8)]).nearlyEmptyAt).toEqual([2]);
    // The first page may be short (a one-page form), and a page of six lines is not nearly empty.
    expect(figures([...lines(1), pageBreak, ...lines(6)]).nearlyEmptyPages).toBe(0);
  });

  it('should not leave the last page a few lines: the page before ends earlier', () => {
    const item = (n: number): Block[] => [{ type: 'paragraph', content: [text(`Open item ${n}.`)] }];
    const list: Block = {
      type: 'list',
      ordered: false,
      items: Array.from({ length: 30 }, (_, i) => item(i)),
    };
    let spilled = 0;
    for (let count = 0; count < 30; count++) {
      const doc = docWith([...Array<Block>(count).fill(short), list]);
      const figures = analyseLayout(doc, layout(doc), measurer);
      if (layout(doc).pages.length < 2) continue;
      spilled++;
      expect(figures.nearlyEmptyAt, `${count} paragraphs`).toEqual([]);
    }
    expect(spilled).toBeGreaterThan(10);
  });

  it('should not leave a page of a few lines before the signature page: the page before gives it lines', () => {
    const party = {
      organization: [text('Riverbend Police Department')],
      name: [text('Dana Whitfield')],
      title: [text('Chief')],
    };
    const signatures: Block = { type: 'signatureBlock', parties: Array.from({ length: 12 }, () => party) };
    let before = 0;
    for (let count = 20; count < 60; count++) {
      const doc = docWith([...Array<Block>(count).fill(short), signatures]);
      const laid = layout(doc);
      const first = laid.pages.findIndex((page) =>
        page.lines.some((line) => line.path.includes('.parties[')),
      );
      if (first < 2) continue;
      before++;
      expect(analyseLayout(doc, laid, measurer).nearlyEmptyAt, `${count} paragraphs`).not.toContain(first);
    }
    expect(before).toBeGreaterThan(5);
  });

  it('should never leave a list’s last item alone at the top of a page', () => {
    const item = (n: number): Block[] => [{ type: 'paragraph', content: [text(`Open item ${n}.`)] }];
    let seen = 0;
    for (let count = 30; count < 60; count++) {
      const list: Block = { type: 'list', ordered: false, items: [1, 2, 3, 4].map(item) };
      // Text after the list, so that the page it runs onto is not the document's short last page.
      const laid = layout(
        docWith([...Array<Block>(count).fill(short), list, ...Array<Block>(40).fill(short)]),
      );
      for (const page of laid.pages.slice(1)) {
        const lines = page.lines.filter((line) => line.path.startsWith('blocks['));
        if (!lines[0]?.path.includes('.items[')) continue;
        seen++;
        const items = lines.filter((line) => line.path.startsWith(`blocks[${count}].`));
        expect(items.length, `${count} paragraphs`).toBeGreaterThanOrEqual(2);
      }
    }
    expect(seen).toBeGreaterThan(0);
  });
});

describe('tables and ties', () => {
  it('should size columns from content so that no name in a narrow table is broken', () => {
    const cell = (value: string) => [text(value)];
    const table: Block = {
      type: 'table',
      header: ['Organization', 'Name', 'Title', 'Email', 'Telephone'].map(cell),
      rows: [
        [
          'Tres Ríos Regional 9-1-1 Emergency Communications District',
          'Sgt. Mateo Villanueva',
          'CCSO CIT Coordinator',
          'mvillanueva@calderaso.example.org',
          '[PRIVACY OFFICER TELEPHONE]',
        ].map(cell),
      ],
    };
    const doc = docWith([table]);
    expect(analyseLayout(doc, layout(doc), measurer).broken).toEqual([]);
  });

  it('should give a short column its natural width before a long text column takes the rest', () => {
    // Version, Date, What changed: min (longest word) and max (one line) widths in points.
    const widths = shareColumns([40, 60, 70], [45, 80, 600], 468);
    expect(widths.slice(0, 2)).toEqual([45, 80]);
    expect(widths[2]).toBeCloseTo(343);
    expect(shareColumns([300, 300], [400, 400], 468)).toEqual([234, 234]);
  });

  it('should tie § and Part to their numbers', () => {
    expect(tieSpaces('Code § 5150 (duration, §§ 5151)')).toBe('Code §\u00a05150 (duration, §§\u00a05151)');
    expect(tieSpaces('42 CFR Part 2 and 45 CFR 164.512')).toBe(
      '42\u00a0CFR Part\u00a02 and 45\u00a0CFR\u00a0164.512',
    );
    const doc = docWith([
      { type: 'paragraph', content: [text(`${'word '.repeat(88)}Code § 5150 applies.`)] },
    ]);
    const lines = (layout(doc).pages[0]?.lines ?? [])
      .filter((l) => l.path.startsWith('blocks'))
      .map(lineText);
    expect(lines.some((line) => /§$/.test(line.trim()))).toBe(false);
  });
});
