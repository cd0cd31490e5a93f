import { describe, expect, it } from 'vitest';
import type { Block } from '../../src/ast/types.js';
import { mergeBlocks } from '../../src/diff/merge-blocks.js';

const clause = (number: string, text: string): Block => ({
  type: 'clause',
  level: 2,
  number,
  content: [{ type: 'text', value: text }],
  children: [],
});

describe('the places a redline reports', () => {
  it('calls a clause rewritten in place "changed", not "removed"', () => {
    const before = [
      clause('15.1', 'The Parties shall invite an advocacy organization to join the Steering Committee.'),
    ];
    const after = [
      clause('15.1', 'NAMI Harmon County shall name two members with lived experience to every panel.'),
    ];
    expect(mergeBlocks(before, after).places).toEqual([{ label: 'clause 15.1', kind: 'changed' }]);
  });

  it('still calls a clause that is gone "removed", and a new one "added"', () => {
    const kept = clause('1.1', 'The Parties agree.');
    expect(mergeBlocks([kept, clause('1.2', 'Old text about funding.')], [kept]).places).toEqual([
      { label: 'clause 1.2', kind: 'removed' },
    ]);
    expect(mergeBlocks([kept], [kept, clause('1.2', 'New text about funding.')]).places).toEqual([
      { label: 'clause 1.2', kind: 'added' },
    ]);
  });
});
