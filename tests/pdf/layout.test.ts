import { describe, expect, it } from 'vitest';
import type { Block } from '../../src/ast/types.js';
import type { Layout } from '../../src/writers/pdf/layout-types.js';
import { sampleDocument } from '../fixtures/sample-document.js';
import { docWith, filler, layoutOf, linesByPage, oneLiner, text } from './helpers.js';

const round = (n: number) => Math.round(n * 100) / 100;

/** A reviewable text form of a layout: one string per line, fonts marked. */
function summary(layout: Layout) {
  return {
    size: [round(layout.width), round(layout.height)],
    pages: layout.pages.map((page) => ({
      lines: page.lines.map(
        (line) =>
          `${round(line.y)} ${line.path} | ` +
          line.runs
            .map((run) => `${round(run.x)} ${run.kind === 'text' ? run.font : 'MISSING'}:${run.text}`)
            .join(' | '),
      ),
      rects: page.rects.map((r) => [round(r.x), round(r.y), round(r.width), round(r.height)].join(' ')),
    })),
    anchors: layout.anchors.map((a) => `${a.level} p${a.page + 1} ${round(a.y)} ${a.title} (${a.path})`),
  };
}

describe('pdf layout', () => {
  it('should lay out the sample document as in the golden file', async () => {
    await expect(JSON.stringify(summary(layoutOf(sampleDocument())), null, 2) + '\n').toMatchFileSnapshot(
      'expected/sample-layout.json',
    );
  });

  it('should start a new page at an explicit page break', () => {
    const layout = layoutOf(sampleDocument());
    expect(layout.pages).toHaveLength(2);
    expect(layout.pages[1]?.lines.some((line) => line.path === 'blocks[10].content')).toBe(true);
  });

  it('should keep every line inside the margins', () => {
    const layout = layoutOf(docWith([...sampleDocument().blocks, filler(400)]));
    for (const page of layout.pages) {
      for (const line of page.lines) {
        expect(line.y).toBeGreaterThan(36);
        expect(line.y).toBeLessThan(layout.height - 36);
        // Furniture in the margins: header, footer and the signature-page caption above the footer.
        if (['header', 'footer', 'signature-page-follows'].includes(line.path)) continue;
        expect(line.y).toBeLessThanOrEqual(layout.height - 72 + 0.01);
        for (const run of line.runs) expect(run.x + run.width).toBeLessThanOrEqual(layout.width - 72 + 0.01);
      }
    }
  });

  it('should justify body lines to the right margin except the last line of a paragraph', () => {
    const layout = layoutOf(docWith([filler(80)]));
    const lines = layout.pages[0]?.lines.filter((line) => line.path === 'blocks[0].content') ?? [];
    const ends = lines.map((line) => Math.max(...line.runs.map((run) => run.x + run.width)));
    expect(lines.length).toBeGreaterThan(2);
    for (const end of ends.slice(0, -1)) expect(end).toBeCloseTo(612 - 72, 1);
    expect(ends.at(-1)).toBeLessThan(612 - 72 - 1);
  });

  it('should use A4 paper when options.paper is a4', () => {
    const layout = layoutOf(sampleDocument(), { paper: 'a4' });
    expect([layout.width, layout.height]).toEqual([595.28, 841.89]);
  });

  it('should keep a heading with at least two lines of the next paragraph', () => {
    for (let count = 20; count < 40; count++) {
      const heading: Block = { type: 'heading', level: 2, content: [text('Information Sharing')] };
      const layout = layoutOf(docWith([...Array<Block>(count).fill(oneLiner), heading, filler(120)]));
      const [headingPage] = [...linesByPage(layout, `blocks[${count}].`).keys()];
      expect(
        linesByPage(layout, `blocks[${count + 1}].`).get(headingPage as number) ?? 0,
      ).toBeGreaterThanOrEqual(2);
    }
  });

  it('should leave at least two lines of a paragraph on each side of a page break', () => {
    let splits = 0;
    for (let count = 24; count < 42; count++) {
      // Text after it, so that the page it runs onto is not a short last page (fillLastPage).
      const layout = layoutOf(docWith([...Array<Block>(count).fill(oneLiner), filler(70), filler(300)]));
      const split = [...linesByPage(layout, `blocks[${count}].`).values()];
      if (split.length > 1) splits++;
      for (const lines of split) expect(lines).toBeGreaterThanOrEqual(2);
    }
    expect(splits).toBeGreaterThan(0);
  });

  it('should keep the line that introduces a table on the page where the table starts', () => {
    const lead: Block = { type: 'paragraph', content: [text('The facilities are as follows:')] };
    const table: Block = {
      type: 'table',
      header: [[text('Facility')], [text('Hours')]],
      rows: [
        [[text('Crisis Center')], [text('24/7')]],
        [[text('Hospital')], [text('24/7')]],
      ],
    };
    let pushed = 0;
    for (let count = 20; count < 60; count++) {
      const layout = layoutOf(docWith([...Array<Block>(count).fill(oneLiner), lead, table]));
      const [leadPage] = [...linesByPage(layout, `blocks[${count}].`).keys()];
      const [tablePage] = [...linesByPage(layout, `blocks[${count + 1}].`).keys()];
      expect(tablePage, `after ${count} lines`).toBe(leadPage);
      if ((leadPage ?? 0) > 0) pushed++;
    }
    expect(pushed).toBeGreaterThan(0);
  });

  it('should keep a short table and its whole lead-in paragraph on one page, as Word does, and break a long one', () => {
    const lead: Block = {
      type: 'paragraph',
      content: [text(`${'The facilities are listed here in order. '.repeat(5)}They are:`)],
    };
    const rowsOf = (n: number) =>
      Array.from({ length: n }, (_, i) => [[text(`Facility ${i + 1}`)], [text('24/7')]]);
    const table = (n: number): Block => ({
      type: 'table',
      header: [[text('Facility')], [text('Hours')]],
      rows: rowsOf(n),
    });
    let moved = 0;
    for (let count = 25; count < 45; count++) {
      const layout = layoutOf(docWith([...Array<Block>(count).fill(oneLiner), lead, table(8)]));
      const leadPages = [...linesByPage(layout, `blocks[${count}].`).keys()];
      const tablePages = [...linesByPage(layout, `blocks[${count + 1}].`).keys()];
      expect({ count, leadPages, tablePages }).toEqual({
        count,
        leadPages: leadPages.slice(0, 1),
        tablePages: leadPages.slice(0, 1),
      });
      if ((leadPages[0] ?? 0) > 0) moved++;
    }
    expect(moved).toBeGreaterThan(0);
    // Nine rows and more break between rows where the page ends.
    const split = [...Array(20).keys()].some((n) => {
      const layout = layoutOf(docWith([...Array<Block>(25 + n).fill(oneLiner), table(12)]));
      return linesByPage(layout, `blocks[${25 + n}].`).size > 1;
    });
    expect(split).toBe(true);
  });

  it('should break a short table between rows rather than move it whole and leave the page before nearly empty', () => {
    const table: Block = {
      type: 'table',
      header: [[text('Role')], [text('Training')]],
      rows: Array.from({ length: 8 }, (_, i) => [
        [text(`Role ${i + 1}`)],
        [text('the crisis course and a refresher every year, '.repeat(9))],
      ]),
    };
    const heading: Block = { type: 'heading', level: 2, content: [text('Training Matrix')] };
    // The filler fills page 1 and leaves its last lines on page 2, fewer or more of them.
    const cases = Array.from({ length: 30 }, (_, i) => {
      const layout = layoutOf(docWith([filler(760 + 15 * i), heading, table]));
      const tail = linesByPage(layout, 'blocks[0]').get(1) ?? 0;
      return { layout, tail, rows: [...linesByPage(layout, 'blocks[2].rows').keys()] };
    });
    const nearlyEmpty = cases.filter((c) => c.tail > 0 && c.tail <= 3);
    const filled = cases.filter((c) => c.tail >= 15);
    expect(nearlyEmpty.length).toBeGreaterThan(0);
    expect(filled.length).toBeGreaterThan(0);
    for (const { layout, tail, rows } of nearlyEmpty) {
      // Heading and first rows stay under the tail; the rest go over under a repeated header.
      expect(rows, `${tail} lines`).toEqual([1, 2]);
      expect([...linesByPage(layout, 'blocks[1]').keys()]).toEqual([1]);
      const header = layout.pages[2]!.lines.filter((line) => line.path.startsWith('blocks[2].header'));
      expect(header.length).toBeGreaterThan(0);
      expect(header.every((line) => line.artifact)).toBe(true);
    }
    // With the page well filled the table moves whole, as it is kept.
    for (const { tail, rows } of filled) expect(rows, `${tail} lines`).toEqual([2]);
  });

  it('should repeat the header row on every page a table spans', () => {
    const rows = Array.from({ length: 70 }, (_, i) => [
      [text(`Row ${i + 1}`)],
      [text('Clinic')],
      [text('45 CFR 164.512(j)')],
    ]);
    const layout = layoutOf(
      docWith([{ type: 'table', header: [[text('From')], [text('To')], [text('Basis')]], rows }]),
    );
    expect(layout.pages.length).toBeGreaterThan(1);
    for (const page of layout.pages) {
      const header = page.lines.find((line) => line.path.startsWith('blocks[0].header'));
      const firstRow = page.lines.find((line) => line.path.startsWith('blocks[0].rows'));
      expect(header && firstRow && header.y < firstRow.y).toBe(true);
    }
  });

  it('should never split a signature block across pages', () => {
    const party = {
      organization: [text('Riverbend Police Department')],
      name: [text('Dana Whitfield')],
      title: [text('Chief')],
    };
    for (let count = 24; count < 40; count += 2) {
      const block: Block = { type: 'signatureBlock', parties: [party, party, party, party] };
      const layout = layoutOf(docWith([...Array<Block>(count).fill(oneLiner), block]));
      expect(linesByPage(layout, `blocks[${count}].`).size).toBe(1);
    }
  });

  it('should keep the path of the AST node on every line', () => {
    const layout = layoutOf(sampleDocument());
    const paths = layout.pages.flatMap((page) => page.lines.map((line) => line.path));
    expect(paths).toContain('blocks[6].children[1].items[0][0].content');
    expect(paths.filter((path) => !/^(blocks\[|header$|footer$|signature-page-follows$)/.test(path))).toEqual(
      [],
    );
  });

  it('should number the lines in the margin, restarting on each page', () => {
    const layout = layoutOf(docWith([filler(900)]), { lineNumbers: true });
    expect(layout.pages.length).toBeGreaterThan(1);
    for (const page of layout.pages) {
      const numbers = page.lines
        .filter((line) => line.path === 'lineNumber')
        .map((line) => line.runs[0]?.text);
      expect(numbers[0]).toBe('1');
      expect(numbers).toHaveLength(page.lines.filter((line) => line.numbered).length);
    }
  });

  it('should set a defined term in bold curly quotes and a blank in bold brackets with a highlight', () => {
    const page = layoutOf(sampleDocument()).pages[0];
    const runs = page?.lines.flatMap((line) => line.runs) ?? [];
    expect(
      runs.some(
        (run) => run.kind === 'text' && run.font === 'bold' && run.text.startsWith('\u201cProgram\u201d'),
      ),
    ).toBe(true);
    expect(
      runs.some(
        (run) => run.kind === 'text' && run.font === 'bold' && run.text.includes('[HOURS OF OPERATION]'),
      ),
    ).toBe(true);
    expect(page?.rects.some((rect) => rect.fill?.join() === '1,0.93,0.62')).toBe(true);
  });
});
