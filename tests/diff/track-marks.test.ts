import { describe, expect, it } from 'vitest';
import type { Block, Inline, Signatory } from '../../src/ast/types.js';
import { mark, markBlocks, markItem, markParty, spanOf, wholeCell } from '../../src/diff/track-marks.js';

// The change marks a redline carries to the Word writer (applyTracking turns them into w:ins and
// w:del): which marker goes where, so that every paragraph, cell and list marker of an inserted
// or deleted block is marked, and nothing else is.
const text = (value: string): Inline => ({ type: 'text', value });
const t = (value: string) => [text(value)];
const para = (value: string): Block => ({ type: 'paragraph', content: t(value) });
const party = (org: string): Signatory => ({ organization: t(org), name: t('Name'), title: t('Title') });

describe('the marker characters', () => {
  it('should be seven distinct private-use characters, U+E000 to U+E006', () => {
    expect(Object.values(mark)).toEqual([
      '\uE000',
      '\uE001',
      '\uE002',
      '\uE003',
      '\uE004',
      '\uE005',
      '\uE006',
    ]);
  });
});

describe('spanOf', () => {
  it('should wrap content between an insert or delete marker and the end marker', () => {
    expect(spanOf('insert', t('new'))).toEqual([text(mark.insert), text('new'), text(mark.end)]);
    expect(spanOf('delete', t('old'))).toEqual([text(mark.delete), text('old'), text(mark.end)]);
  });

  it('should give nothing for no content, so no empty span is written', () => {
    expect(spanOf('insert', [])).toEqual([]);
  });
});

describe('wholeCell', () => {
  it('should put the cell marker first', () => {
    expect(wholeCell('insert', t('x'))).toEqual([text(mark.insertCell), text('x')]);
    expect(wholeCell('delete', [])).toEqual([text(mark.deleteCell)]);
  });
});

describe('markBlocks', () => {
  it('should mark each paragraph, heading and drafter note as wholly inserted or deleted', () => {
    const blocks: Block[] = [
      para('p'),
      { type: 'heading', level: 2, content: t('h') },
      { type: 'drafterNote', content: t('n') },
    ];
    expect(markBlocks('insert', blocks)).toEqual([
      { type: 'paragraph', content: [text(mark.insertParagraph), text('p')] },
      { type: 'heading', level: 2, content: [text(mark.insertParagraph), text('h')] },
      { type: 'drafterNote', content: [text(mark.insertParagraph), text('n')] },
    ]);
    expect(markBlocks('delete', [para('p')])).toEqual([
      { type: 'paragraph', content: [text(mark.deleteParagraph), text('p')] },
    ]);
  });

  it('should mark a clause and everything in it, and leave the input as it was', () => {
    const clause: Block = {
      type: 'clause',
      level: 1,
      number: '3',
      content: t('Term'),
      children: [para('c')],
    };
    const copy = structuredClone(clause);
    expect(markBlocks('delete', [clause])).toEqual([
      {
        type: 'clause',
        level: 1,
        number: '3',
        content: [text(mark.deleteParagraph), text('Term')],
        children: [{ type: 'paragraph', content: [text(mark.deleteParagraph), text('c')] }],
      },
    ]);
    expect(clause).toEqual(copy);
  });

  it('should mark every header and body cell of a table', () => {
    const table: Block = { type: 'table', header: [t('H1'), t('H2')], rows: [[t('a'), t('b')]] };
    expect(markBlocks('insert', [table])).toEqual([
      {
        type: 'table',
        header: [
          [text(mark.insertCell), text('H1')],
          [text(mark.insertCell), text('H2')],
        ],
        rows: [
          [
            [text(mark.insertCell), text('a')],
            [text(mark.insertCell), text('b')],
          ],
        ],
      },
    ]);
  });

  it('should mark each list item, a signatory’s cell, and a notice’s blocks; a page break as it is', () => {
    const list: Block = { type: 'list', ordered: true, items: [[para('one')]] };
    const signatures: Block = { type: 'signatureBlock', parties: [party('County')] };
    const notice: Block = { type: 'notice', content: [para('Draft')] };
    const pageBreak: Block = { type: 'pageBreak' };
    expect(markBlocks('delete', [list, signatures, notice, pageBreak])).toEqual([
      {
        type: 'list',
        ordered: true,
        items: [[{ type: 'paragraph', content: [text(mark.deleteParagraph), text('one')] }]],
      },
      {
        type: 'signatureBlock',
        parties: [
          { organization: [text(mark.deleteCell), text('County')], name: t('Name'), title: t('Title') },
        ],
      },
      {
        type: 'notice',
        content: [{ type: 'paragraph', content: [text(mark.deleteParagraph), text('Draft')] }],
      },
      { type: 'pageBreak' },
    ]);
  });
});

describe('markItem', () => {
  it('should mark an item that starts with a paragraph as it is', () => {
    expect(markItem('insert', [para('x')])).toEqual([
      { type: 'paragraph', content: [text(mark.insertParagraph), text('x')] },
    ]);
  });

  it('should give an item that starts with another block an empty paragraph, so its list marker is marked', () => {
    const nested: Block = { type: 'list', ordered: false, items: [[para('y')]] };
    expect(markItem('delete', [nested])).toEqual([
      { type: 'paragraph', content: [text(mark.deleteParagraph)] },
      {
        type: 'list',
        ordered: false,
        items: [[{ type: 'paragraph', content: [text(mark.deleteParagraph), text('y')] }]],
      },
    ]);
    expect(markItem('insert', [])).toEqual([{ type: 'paragraph', content: [text(mark.insertParagraph)] }]);
  });
});

describe('markParty', () => {
  it('should mark the signatory’s cell through its organization, leaving name and title', () => {
    expect(markParty('insert', party('Clinic'))).toEqual({
      organization: [text(mark.insertCell), text('Clinic')],
      name: t('Name'),
      title: t('Title'),
    });
  });
});
