import { describe, expect, it } from 'vitest';
import type { Document } from '../../src/ast/types.js';
import { fillInRows, fillInStops } from '../../src/writers/docx/fill-in-lines.js';
import { checkboxRows } from '../../src/writers/docx/form-columns.js';
import { writeDocx } from '../../src/writers/docx/write-docx.js';
import { defaultWriteOptions } from '../../src/writers/types.js';
import { EXAMPLES, renderExample } from '../support/render.js';
import { part } from './read-docx.js';

async function formXml(): Promise<string> {
  const { packet } = await renderExample('harlan-county-rural', () => {}, ['consent-to-release']);
  const doc = packet.documents.find((d) => d.template.meta.id === 'consent-to-release')!.document as Document;
  return part((await writeDocx(doc, defaultWriteOptions)).bytes, 'word/document.xml');
}

/** The paragraph (w:p) whose text contains `text`, its no-break spaces (a label's ties) read as spaces. */
const paragraphWith = (xml: string, text: string) =>
  xml
    .split('<w:p>')
    .map((p) => p.replace(/\u00a0/g, ' '))
    .find((p) => p.includes(text)) ?? '';

describe('a form’s lines to write on and its choices, in Word', () => {
  it('draws each blank as a rule: a tab to a stop with an underscore leader, no typed underscores', async () => {
    const line = paragraphWith(await formXml(), 'Your name:');
    expect(line).toContain('Date of birth:');
    expect(line.match(/<w:tab w:val="left" w:pos="\d+" w:leader="underscore"\/>/g)).toHaveLength(2);
    expect(line.match(/<w:tab\/>/g)).toHaveLength(2);
    expect(line).not.toContain('___');
  });

  it('sets two short choices on one row, the second at its own box', async () => {
    const row = paragraphWith(await formXml(), 'that I am or was a patient');
    expect(row).toContain('my diagnosis');
    expect(row).toContain('\u2610');
  });

  it('keeps the typed underscores where the labels leave no room to write on the line', () => {
    const text = (value: string) => [{ type: 'text' as const, value }];
    const width = 10_800; // 7.5 in
    expect(fillInStops(text('Name: ________ Date: ____'), 10, 0, width)).toHaveLength(2);
    const long = 'A label that runs on and on, '.repeat(8);
    expect(fillInStops(text(`${long}: ________ Date: ____`), 10, 0, width)).toBeNull();
    expect(fillInStops(text(`${long}: ________ and more text.`), 10, 0, width)).toBeNull();
    expect(fillInStops(text('No blank here.'), 10, 0, width)).toBeNull();
  });

  it('runs the one blank that ends a wrapping paragraph ("…: ☐ other: ___") to the right edge', () => {
    const text = (value: string) => [{ type: 'text' as const, value }];
    const long = 'Their authority (attach the paper that shows it): \u2610 parent '.repeat(4);
    expect(fillInStops(text(`${long}\u2610 other: ________`), 14, 0, 10_800)).toEqual([
      { type: 'left', position: 10_800, leader: 'underscore' },
    ]);
  });

  it('gives a long choice, or one with a line to write on, a row of its own', () => {
    const rows = checkboxRows(
      ['short', 'also short', 'a choice far too long '.repeat(6), 'x', 'other: ____'],
      10,
      4000,
    );
    expect(rows).toEqual([[0, 1], [2], [3], [4]]);
  });

  it('sets a row of three blanks too long for one line as two ruled rows, broken before its last two fields', () => {
    const row =
      'Intérprete (nombre o número): __________________ Nombre del empleado: __________________ Fecha: ____________';
    const rows = fillInRows([{ type: 'text', value: row }], 14, 0, 10_800)!;
    expect(rows.map((r) => (r.inlines[0] as { value: string }).value)).toEqual([
      'Intérprete (nombre o número): __________________',
      'Nombre del empleado: __________________ Fecha: ____________',
    ]);
    expect(rows.map((r) => r.stops.length)).toEqual([1, 2]);
    // A row that fits one line stays one paragraph.
    expect(fillInRows([{ type: 'text', value: row }], 10, 0, 10_800)).toBeNull();
  });

  it.each(EXAMPLES)(
    'leaves no typed underscores in any form’s Word file: every blank is a ruled leader (%s)',
    async (example) => {
      const { packet } = await renderExample(example);
      const forms = packet.documents.filter((d) => d.document.meta.kind === 'form');
      expect(forms.length).toBeGreaterThanOrEqual(2);
      for (const { document } of forms) {
        const xml = part((await writeDocx(document, defaultWriteOptions)).bytes, 'word/document.xml');
        expect(xml.match(/_{3,}/g) ?? [], document.meta.id).toEqual([]);
        expect(xml, document.meta.id).toContain('w:leader="underscore"');
      }
    },
  );
});
