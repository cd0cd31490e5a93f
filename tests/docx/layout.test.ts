import { describe, expect, it } from 'vitest';
import type { Block, Document, Inline } from '../../src/ast/types.js';
import { loadFonts } from '../../src/writers/pdf/fonts.js';
import { layoutDocument } from '../../src/writers/pdf/layout.js';
import { createMeasurer } from '../../src/writers/pdf/measure.js';
import { defaultWriteOptions } from '../../src/writers/types.js';
import { sampleDocument } from '../fixtures/sample-document.js';
import { paragraphs, part, textOf, write } from './read-docx.js';

const withBlocks = (blocks: Block[]): Document => ({ ...sampleDocument(), blocks });
const t = (value: string): Inline[] => [{ type: 'text', value }];
const para = (value: string): Block => ({ type: 'paragraph', content: t(value) });
const table = (header: string[], rows: string[][]): Block => ({
  type: 'table',
  header: header.map(t),
  rows: rows.map((row) => row.map(t)),
});

async function body(blocks: Block[]): Promise<string> {
  return part((await write(withBlocks(blocks))).bytes, 'word/document.xml');
}

/** The grid column widths (twips) of each table, in order. */
function grids(xml: string): number[][] {
  return [...xml.matchAll(/<w:tblGrid>([\s\S]*?)<\/w:tblGrid>/g)].map((m) =>
    [...m[1]!.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((g) => Number(g[1])),
  );
}

/** The paragraph whose text starts with `start`. */
function paragraphStarting(xml: string, start: string): string {
  const found = paragraphs(xml).find((p) => textOf(p).startsWith(start));
  if (!found) throw new Error(`no paragraph starts with “${start}”`);
  return found;
}

const hasKeepNext = (p: string) => /<w:keepNext\/>/.test(p);

/** The w:tr elements of the first table, each with its cell paragraphs. */
function rowsOf(xml: string): string[] {
  const tbl = /<w:tbl>[\s\S]*?<\/w:tbl>/.exec(xml)![0];
  return tbl.match(/<w:tr\b[\s\S]*?<\/w:tr>/g) ?? [];
}

const longText =
  'Crisis Intervention Team (CIT) Partnership Memorandum of Understanding, General Order: Response to Persons Experiencing a Behavioral-Health Crisis, and the Training Plan';

describe('docx table layout', () => {
  it('should size columns by their text, not share the width equally, and fill the text width', async () => {
    const xml = await body([
      table(
        ['No.', 'Essential element', 'Addressed in'],
        [
          ['1', 'Collaborative planning', longText],
          ['10', 'Sustainability', longText],
        ],
      ),
    ]);
    const [grid] = grids(xml);
    expect(grid).toHaveLength(3);
    const [number, element, addressed] = grid!;
    expect(number!).toBeLessThan(1000);
    expect(addressed!).toBeGreaterThan(element!);
    expect(addressed!).toBeGreaterThan(4 * number!);
    expect(grid!.reduce((a, b) => a + b, 0)).toBe(9360);
    // Each cell says the same width as its grid column.
    const cellWidths = [...rowsOf(xml)[1]!.matchAll(/<w:tcW w:type="dxa" w:w="(\d+)"\/>/g)].map((m) =>
      Number(m[1]),
    );
    expect(cellWidths).toEqual(grid);
  });

  it('should give each column the width the PDF gives it, so a cell wraps at the same words in both', async () => {
    const block = table(
      ['Role', 'Training', 'Hours', 'Coverage target'],
      [
        [
          'Recruits',
          'Mental Health First Aid; an orientation to this plan and the hold statute',
          '8',
          'every recruit',
        ],
        [
          'Call-takers and dispatchers',
          'the dispatcher crisis course',
          '[DISPATCHER COURSE HOURS]',
          'every call-taker',
        ],
      ],
    );
    const [grid] = grids(await body([block]));
    const layout = layoutDocument(withBlocks([block]), defaultWriteOptions, createMeasurer(loadFonts([])));
    // The PDF's cell borders: the left edge of each cell of the first body row.
    const cells = (layout.pages[0]?.rects ?? []).filter((r) => r.height > 0 && r.width > 20 && r.stroke);
    const pdfWidths = cells.slice(4, 8).map((r) => r.width * 20);
    expect(pdfWidths).toHaveLength(4);
    grid!.forEach((width, i) =>
      expect(Math.abs(width - pdfWidths[i]!), `column ${i}`).toBeLessThanOrEqual(4),
    );
  });

  it('should give each column at least the width of its longest word, so an email address does not break', async () => {
    const xml = await body([
      table(
        ['Organization', 'Privacy Officer', 'Title', 'Email', 'Telephone'],
        [
          [
            'Caldera County Sheriff’s Office',
            'Lt. Rosalind Achebe',
            'CCSO Records and CJIS Lieutenant',
            'rachebe@calderaso.example.org',
            '555-0302',
          ],
          [
            'Bluebonnet Crisis and Recovery Center',
            'Hyun-woo Park',
            'BCRC Privacy and Compliance Officer',
            'privacy@bluebonnet.example.org',
            '555-0311',
          ],
        ],
      ),
    ]);
    const [grid] = grids(xml);
    // 30 characters of 10 pt Times (about 4.4 pt each on average) plus the cell margins.
    const emailAtTenPoint = 30 * 4.4 * 20 + 200;
    expect(grid![3]!).toBeGreaterThanOrEqual(emailAtTenPoint);
    // With equal columns the email column would have been 9360 / 5 = 1872 twips.
    expect(grid![3]!).toBeGreaterThan(1872);
  });

  it('should set tables of five or more columns in the smaller Table Text Compact style', async () => {
    const five = await write(withBlocks([table(['A', 'B', 'C', 'D', 'E'], [['1', '2', '3', '4', '5']])]));
    const xml = part(five.bytes, 'word/document.xml');
    expect(xml).toContain('<w:pStyle w:val="TableTextCompact"/>');
    expect(xml).not.toContain('<w:pStyle w:val="TableText"/>');
    const styles = part(five.bytes, 'word/styles.xml');
    const compact = /<w:style [^>]*w:styleId="TableTextCompact"[\s\S]*?<\/w:style>/.exec(styles)?.[0] ?? '';
    expect(compact).toContain('<w:basedOn w:val="TableText"/>');
    expect(compact).toContain('<w:sz w:val="19"/>');
    const four = await body([table(['A', 'B', 'C', 'D'], [['1', '2', '3', '4']])]);
    expect(four).toContain('<w:pStyle w:val="TableText"/>');
    expect(four).not.toContain('TableTextCompact');
  });

  it('should keep a short table on one page and let a long one break between rows', async () => {
    const short = rowsOf(
      await body([
        table(
          ['A', 'B'],
          [
            ['1', 'x'],
            ['2', 'y'],
            ['3', 'z'],
          ],
        ),
      ]),
    );
    expect(short.map(hasKeepNext)).toEqual([true, true, true, false]);
    const many = Array.from({ length: 12 }, (_, i) => [String(i), 'x']);
    const long = rowsOf(await body([table(['A', 'B'], many)]));
    expect(long.map(hasKeepNext)).toEqual([true, ...many.map(() => false)]);
  });
});

describe('docx keep-with-next', () => {
  it('should keep the line that introduces a table with it, and no other paragraph', async () => {
    const xml = await body([
      para('An ordinary paragraph.'),
      para('The organizations are:'),
      table(['A', 'B'], [['1', '2']]),
      para('After the table.'),
    ]);
    expect(hasKeepNext(paragraphStarting(xml, 'The organizations are:'))).toBe(true);
    expect(hasKeepNext(paragraphStarting(xml, 'An ordinary paragraph.'))).toBe(false);
    expect(hasKeepNext(paragraphStarting(xml, 'After the table.'))).toBe(false);
  });

  it('should keep a paragraph with the list it introduces, and set list items 3 pt apart as the PDF does', async () => {
    const list: Block = { type: 'list', ordered: false, items: [[para('first item')], [para('last item')]] };
    const xml = await body([para('Before.'), para('The Parties agree to:'), list, para('After.')]);
    expect(hasKeepNext(paragraphStarting(xml, 'The Parties agree to:'))).toBe(true);
    expect(hasKeepNext(paragraphStarting(xml, 'Before.'))).toBe(false);
    expect(paragraphStarting(xml, 'first item')).toContain('<w:spacing w:after="60"/>');
    expect(paragraphStarting(xml, 'last item')).not.toContain('w:after="60"');
  });

  it('should hyphenate like the PDF: body text, not titles, headings, table cells, notes or forms', async () => {
    const bytes = (await write(withBlocks([para('Text.')]))).bytes;
    expect(part(bytes, 'word/settings.xml')).toContain('<w:autoHyphenation/>');
    expect(part(bytes, 'word/settings.xml')).toContain('<w:doNotHyphenateCaps/>');
    const styles = part(bytes, 'word/styles.xml');
    const style = (id: string) =>
      new RegExp(`<w:style [^>]*w:styleId="${id}"[\\s\\S]*?</w:style>`).exec(styles)?.[0] ?? '';
    for (const id of ['Title', 'Heading1', 'TableText', 'Signature', 'DrafterNote', 'Notice'])
      expect(style(id), id).toContain('<w:suppressAutoHyphens/>');
    expect(style('BodyText')).not.toContain('suppressAutoHyphens');
    expect(styles).toMatch(/<w:pPrDefault><w:pPr><w:widowControl\/>/);
    const form = {
      ...sampleDocument(),
      meta: { ...sampleDocument().meta, kind: 'form' },
      blocks: [para('Text.')],
    };
    expect(part((await write(form)).bytes, 'word/settings.xml')).not.toContain('<w:autoHyphenation/>');
  });

  it('should keep a clause head with the table that opens its children, and with a table after it', async () => {
    const xml = await body([
      {
        type: 'clause',
        level: 1,
        number: '1',
        content: t('Facilities'),
        children: [],
      },
      {
        type: 'clause',
        level: 2,
        number: '1.1',
        content: t('Receiving facilities. The options are:'),
        children: [table(['Facility', 'Hours'], [['Crisis unit', '24/7']])],
      },
      {
        type: 'clause',
        level: 2,
        number: '1.2',
        content: t('Transfer. An officer stays until the transfer.'),
        children: [],
      },
      {
        type: 'clause',
        level: 2,
        number: '1.3',
        content: t('Codes. The codes are listed below.'),
        children: [para('Dispatch uses these codes:')],
      },
      table(['Code', 'Meaning'], [['BH1', 'behavioral-health call']]),
    ]);
    expect(hasKeepNext(paragraphStarting(xml, 'Receiving facilities.'))).toBe(true);
    expect(hasKeepNext(paragraphStarting(xml, 'Transfer.'))).toBe(false);
    expect(hasKeepNext(paragraphStarting(xml, 'Dispatch uses these codes:'))).toBe(true);
  });

  it('should keep a clause that opens sub-clauses with the first one', async () => {
    const xml = await body([
      {
        type: 'clause',
        level: 2,
        number: '0.1',
        content: t('How a call is counted. If either:'),
        children: [],
      },
      { type: 'clause', level: 3, number: '0.1.1', content: t('the call-taker codes it; or'), children: [] },
      { type: 'clause', level: 3, number: '0.1.2', content: t('the officer marks it.'), children: [] },
    ]);
    expect(hasKeepNext(paragraphStarting(xml, 'How a call is counted.'))).toBe(true);
    expect(hasKeepNext(paragraphStarting(xml, 'the call-taker codes it'))).toBe(false);
    expect(hasKeepNext(paragraphStarting(xml, 'the officer marks it.'))).toBe(false);
  });

  it('should keep the last list item with a table that follows the list', async () => {
    const item = (value: string): Block[] => [para(value)];
    const xml = await body([
      { type: 'list', ordered: false, items: [item('first item'), item('last item')] },
      table(['A', 'B'], [['1', '2']]),
    ]);
    expect(hasKeepNext(paragraphStarting(xml, 'first item'))).toBe(false);
    expect(hasKeepNext(paragraphStarting(xml, 'last item'))).toBe(true);
  });

  it('should keep the line before a signature block with the first signatures', async () => {
    const name = t('Pat Doe');
    const xml = await body([
      para('Signed by the Parties:'),
      { type: 'signatureBlock', parties: [{ organization: t('Agency'), name, title: t('Chief') }] },
    ]);
    expect(hasKeepNext(paragraphStarting(xml, 'Signed by the Parties:'))).toBe(true);
  });
});
