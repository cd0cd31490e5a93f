import { describe, expect, it } from 'vitest';
import type { Block, Clause } from '../../src/ast/types.js';
import { applyOverrides, reconcileLabel } from '../../src/adopt/apply-overrides.js';
import { clauseTexts, linesOfClause } from '../../src/adopt/clause-slots.js';
import { findClauseEdits } from '../../src/adopt/find-edits.js';
import { paragraph, section, sub, t } from '../support/clauses.js';

function draft(): Block[] {
  return [
    { type: 'heading', level: 1, content: [t('Agreement')] },
    section('1', 'Scope'),
    sub('1.1', 'Hours', 'The Team works from 10 a.m. to 10 p.m.', [paragraph('It may extend them.')]),
    {
      ...sub('1.2', 'Calls', 'The Team responds to:'),
      children: [
        {
          type: 'list',
          ordered: false,
          items: [[paragraph('welfare checks')], [paragraph('suicide threats')]],
        },
      ],
    },
    sub('1.3', 'Area', 'The Program serves the City.'),
  ];
}

const linesOf = (blocks: Block[], id: string) => clauseTexts(blocks).find((c) => c.id === id)?.lines;

describe('applyOverrides', () => {
  it('puts a changed line in place and keeps the lines left alone, with their markup', () => {
    const blocks = draft();
    const generated = linesOf(blocks, 'scope/hours')!;
    const untouched = (blocks[2] as Clause).children[0];
    const result = applyOverrides(blocks, [
      {
        id: 'scope/hours',
        generated,
        text: ['Hours. The Team works from 9 a.m. to 9 p.m.', 'It may extend them.'],
      },
    ]);
    expect(result).toMatchObject({
      applied: [{ id: 'scope/hours', number: '1.1' }],
      conflicts: [],
      missing: [],
    });
    const clause = blocks[2] as Clause;
    expect(linesOfClause(clause)).toEqual([
      'Hours. The Team works from 9 a.m. to 9 p.m.',
      'It may extend them.',
    ]);
    expect(clause.content[0]).toMatchObject({ type: 'strong' });
    expect(clause.children[0]).toBe(untouched);
    expect(clause.key).toBe('scope/hours');
  });

  it('adds an inserted line after the line before it, inside a list as an item', () => {
    const blocks = draft();
    const generated = linesOf(blocks, 'scope/calls')!;
    applyOverrides(blocks, [
      {
        id: 'scope/calls',
        generated,
        text: [generated[0]!, 'welfare checks', 'people in distress in public', 'suicide threats'],
      },
    ]);
    const clause = blocks[3] as Clause;
    expect(clause.children).toHaveLength(1);
    expect(linesOfClause(clause)).toEqual([
      'Calls. The Team responds to:',
      'welfare checks',
      'people in distress in public',
      'suicide threats',
    ]);
  });

  it('keeps a deleted clause number and heading as "[Reserved.]", so later numbers do not move', () => {
    const blocks = draft();
    applyOverrides(blocks, [{ id: 'scope/area', generated: linesOf(blocks, 'scope/area')!, text: [] }]);
    const clause = blocks[4] as Clause;
    expect(clause.number).toBe('1.3');
    expect(linesOfClause(clause)).toEqual(['Area. [Reserved.]']);
  });

  it('takes the parties text as plain text, never as markup', () => {
    const blocks = draft();
    applyOverrides(blocks, [
      { id: 'scope/area', generated: linesOf(blocks, 'scope/area')!, text: ['Area. **[BLANK]** _x_ 1. y'] },
    ]);
    const clause = blocks[4] as Clause;
    expect(clause.content.filter((n) => n.type !== 'strong')).toEqual([t(' **[BLANK]** _x_ 1. y')]);
  });

  it('objects when the generated text changed since adoption: keeps the parties text and adds a blank to reconcile', () => {
    const blocks = draft();
    const result = applyOverrides(blocks, [
      {
        id: 'scope/area',
        generated: ['Area. The Program serves the County.'],
        text: ['Area. The Program serves the Town.'],
      },
    ]);
    expect(result.conflicts).toMatchObject([
      { id: 'scope/area', now: ['Area. The Program serves the City.'] },
    ]);
    const clause = blocks[4] as Clause;
    expect(clause.content.at(-1)).toEqual({ type: 'blank', label: reconcileLabel('1.3') });
    expect(linesOfClause(clause)[0]).toContain('serves the Town');
  });

  it('reports an override whose clause the draft no longer has, and changes nothing', () => {
    const blocks = draft();
    const result = applyOverrides(blocks, [{ id: 'scope/gone', generated: ['x'], text: ['y'] }]);
    expect(result.missing.map((m) => m.id)).toEqual(['scope/gone']);
    expect(result.applied).toEqual([]);
    expect(blocks).toEqual(draft());
  });
});

describe('findClauseEdits', () => {
  const wordLines = (blocks: Block[]) => clauseTexts(blocks).flatMap((c) => c.lines);

  it('finds a changed, an added-to and a deleted clause, by id', () => {
    const blocks = draft();
    const lines = ['Agreement', ...wordLines(blocks)];
    const edited = lines
      .filter((l) => !l.startsWith('Area.'))
      .map((l) => l.replace('10 a.m. to 10 p.m.', '9 a.m. to 9 p.m.'))
      .flatMap((l) => (l === 'welfare checks' ? [l, 'people in distress'] : [l]));
    const found = findClauseEdits(blocks, lines, edited);
    expect(found.edits).toEqual([
      { id: 'scope/hours', lines: ['Hours. The Team works from 9 a.m. to 9 p.m.', 'It may extend them.'] },
      {
        id: 'scope/calls',
        lines: ['Calls. The Team responds to:', 'welfare checks', 'people in distress', 'suicide threats'],
      },
      { id: 'scope/area', lines: [] },
    ]);
    expect(found.outside).toEqual([]);
  });

  it('reads a clause rewritten beyond recognition as that clause, not as a deletion', () => {
    const blocks = draft();
    const lines = ['Agreement', ...wordLines(blocks)];
    const edited = lines.map((l) =>
      l.startsWith('Area.') ? 'Coverage: every neighbourhood north of the river.' : l,
    );
    expect(findClauseEdits(blocks, lines, edited).edits).toEqual([
      { id: 'scope/area', lines: ['Coverage: every neighbourhood north of the river.'] },
    ]);
  });

  it('reports a change outside any clause (the title) instead of adopting it', () => {
    const blocks = draft();
    const lines = ['Agreement', ...wordLines(blocks)];
    const found = findClauseEdits(blocks, lines, ['Agreement Between Us', ...lines.slice(1)]);
    expect(found.edits).toEqual([]);
    expect(found.outside).toEqual([{ before: 'Agreement', after: 'Agreement Between Us' }]);
  });

  it('finds nothing when nothing changed', () => {
    const blocks = draft();
    const lines = ['Agreement', ...wordLines(blocks)];
    expect(findClauseEdits(blocks, lines, lines)).toEqual({ edits: [], outside: [] });
  });
});
