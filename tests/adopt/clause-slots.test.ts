import { describe, expect, it } from 'vitest';
import type { Block, Clause } from '../../src/ast/types.js';
import { section, sub, t } from '../support/clauses.js';
import { clauseTexts, normalizeLine, slotsOf } from '../../src/adopt/clause-slots.js';
import { clauseIds } from '../../src/document/clause-ids.js';

describe('clauseIds', () => {
  it('names a section by its heading and a subclause by its section and lead-in, not by number', () => {
    const blocks: Block[] = [
      { type: 'heading', level: 1, content: [t('Agreement')] },
      section('1', 'Term and Termination'),
      sub('1.1', 'Withdrawal', 'A Party may withdraw.'),
      sub('1.2', null, 'Unnamed one.'),
      sub('1.3', null, 'Unnamed two.'),
      sub('1.4', 'Withdrawal', 'Again.'),
    ];
    expect([...clauseIds(blocks).values()]).toEqual([
      'term-and-termination',
      'term-and-termination/withdrawal',
      'term-and-termination/p1',
      'term-and-termination/p2',
      'term-and-termination/withdrawal-2',
    ]);
  });

  it('gives a clause the same id when a clause before it comes or goes', () => {
    const before = [section('1', 'Purpose'), section('2', 'Term'), sub('2.1', 'Notice', 'x')];
    const after = [section('1', 'Term'), sub('1.1', 'Notice', 'x')];
    expect(clauseIds(before).get(before[2] as Clause)).toBe(clauseIds(after).get(after[1] as Clause));
  });

  it('keeps a keyed clause under its key, and the ids after it where they were', () => {
    const keyed = { ...sub('1.1', null, 'Changed lead-in text'), key: 'term/notice' };
    const blocks = [section('1', 'Term'), keyed, sub('1.2', null, 'y')];
    expect([...clauseIds(blocks).values()]).toEqual(['term', 'term/notice', 'term/p2']);
  });
});

describe('slotsOf and clauseTexts', () => {
  it('lists the lines of a clause with its list items and table rows, and text outside clauses as null', () => {
    const blocks: Block[] = [
      { type: 'heading', level: 1, content: [t('Title')] },
      section('1', 'Scope'),
      sub('1.1', 'Calls', 'The Team responds to:', [
        { type: 'list', ordered: false, items: [[{ type: 'paragraph', content: [t('welfare  checks')] }]] },
        { type: 'table', header: [[t('Tier')], [t('Who')]], rows: [[[t('1')], [t('Team')]]] },
      ]),
    ];
    expect(slotsOf(blocks).map(({ clause, text }) => ({ clause, text }))).toEqual([
      { clause: null, text: 'Title' },
      { clause: 'scope', text: 'Scope' },
      { clause: 'scope/calls', text: 'Calls. The Team responds to:' },
      { clause: 'scope/calls', text: 'welfare checks' },
      { clause: 'scope/calls', text: 'Tier\tWho' },
      { clause: 'scope/calls', text: '1\tTeam' },
    ]);
    expect(clauseTexts(blocks).map((c) => [c.id, c.number, c.lines.length])).toEqual([
      ['scope', '1', 1],
      ['scope/calls', '1.1', 4],
    ]);
  });

  it('normalizes spaces, no-break spaces and line breaks but keeps tabs', () => {
    expect(normalizeLine('  a\u00a0 b\nc\td  ')).toBe('a b c\td');
  });
});
