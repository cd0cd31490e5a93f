import { describe, expect, it } from 'vitest';
import type { Document, Inline } from '../../src/ast/types.js';
import { alignBlocks, textSimilarity } from '../../src/diff/align-blocks.js';
import { diffAnswers, formatAnswerChange, showValue } from '../../src/diff/diff-answers.js';
import type { DocumentPair } from '../../src/diff/diff-packets.js';
import { diffWords } from '../../src/diff/diff-words.js';
import { markdownDiff } from '../../src/diff/markdown-diff.js';
import { summarize } from '../../src/diff/summarize.js';
import { mark, unmarked } from '../../src/diff/track-marks.js';

// The diff's pure parts, each against its documented behaviour: what a reviewer reads in a
// redline and its summary. The redline as Word shows it is tests/diff/redline.test.ts.
const text = (value: string): Inline => ({ type: 'text', value });

/** A merged inline run as readable text: [-deleted-] and {+inserted+}. */
function shown(merged: Inline[]): string {
  const flat = (nodes: Inline[]): string =>
    nodes
      .map((n) =>
        n.type === 'text'
          ? n.value
          : n.type === 'strong'
            ? `**${flat(n.content)}**`
            : n.type === 'emphasis'
              ? `_${flat(n.content)}_`
              : `<${n.type}>`,
      )
      .join('');
  return flat(merged)
    .replaceAll(mark.delete, '[-')
    .replaceAll(mark.insert, '{+')
    .replace(/\uE002/g, '|');
}

describe('alignBlocks', () => {
  const words = { keyOf: (s: string) => s, similarity: (a: string, b: string) => textSimilarity(a, b) };

  it('should keep equal items, and pair a reworded item with its new wording', () => {
    expect(alignBlocks(['a x', 'keep', 'b y'], ['a x', 'keep', 'b y z'], words)).toEqual([
      { before: 'a x', after: 'a x' },
      { before: 'keep', after: 'keep' },
      { before: 'b y', after: 'b y z' },
    ]);
  });

  it('should make unlike items a deletion then an insertion', () => {
    expect(alignBlocks(['keep', 'old words here'], ['keep', 'entirely new text'], words)).toEqual([
      { before: 'keep', after: 'keep' },
      { before: 'old words here' },
      { after: 'entirely new text' },
    ]);
  });

  it('should pair each old item with the most similar new one in order, the others inserted or deleted', () => {
    const before = ['the term is five years', 'gone clause entirely'];
    const after = ['new clause first', 'the term is seven years', 'another new one'];
    expect(alignBlocks(before, after, words)).toEqual([
      { after: 'new clause first' },
      { before: 'the term is five years', after: 'the term is seven years' },
      { before: 'gone clause entirely' },
      { after: 'another new one' },
    ]);
  });

  it('should prefer the better match over the first one above the threshold', () => {
    const before = ['records are kept five years'];
    const after = ['records are kept', 'records are kept six years'];
    expect(alignBlocks(before, after, words)).toEqual([
      { after: 'records are kept' },
      { before: 'records are kept five years', after: 'records are kept six years' },
    ]);
  });

  it('should take a pair at exactly the threshold, and honour a threshold given', () => {
    const half = { keyOf: (s: string) => s, similarity: () => 0.5 };
    expect(alignBlocks(['a'], ['b'], half)).toEqual([{ before: 'a', after: 'b' }]);
    expect(alignBlocks(['a'], ['b'], { ...half, threshold: 0.6 })).toEqual([{ before: 'a' }, { after: 'b' }]);
  });

  it('should keep a deleted item before the reworded one that follows it, in order', () => {
    expect(
      alignBlocks(['gone clause entirely', 'the term is five years'], ['the term is seven years'], words),
    ).toEqual([
      { before: 'gone clause entirely' },
      { before: 'the term is five years', after: 'the term is seven years' },
    ]);
  });

  it('should take the first of equally good matches', () => {
    const even = { keyOf: (s: string) => s, similarity: () => 0.8 };
    expect(alignBlocks(['a'], ['b', 'c'], even)).toEqual([{ before: 'a', after: 'b' }, { after: 'c' }]);
  });

  it('should delete or insert whole when one side is empty', () => {
    expect(alignBlocks(['a', 'b'], [], words)).toEqual([{ before: 'a' }, { before: 'b' }]);
    expect(alignBlocks([], ['a'], words)).toEqual([{ after: 'a' }]);
  });
});

describe('textSimilarity', () => {
  it('should be Dice over word multisets, case and punctuation aside', () => {
    expect(textSimilarity('The Term, five years.', 'the term five YEARS')).toBe(1);
    expect(textSimilarity('a b c d', 'a b x y')).toBe(0.5);
    expect(textSimilarity('a a b', 'a b b')).toBeCloseTo(2 / 3);
    expect(textSimilarity('', '')).toBe(1);
    expect(textSimilarity('a', '')).toBe(0);
    expect(textSimilarity('', 'a')).toBe(0);
  });

  it('should give 1 by overlap for a text that only grew', () => {
    expect(textSimilarity('a b', 'a b c d', 'overlap')).toBe(1);
    expect(textSimilarity('a b', 'a x c d', 'overlap')).toBe(0.5);
    expect(textSimilarity('a b', 'a b c d')).toBeCloseTo(2 / 3);
  });
});

describe('diffWords', () => {
  it('should say unchanged content is unchanged, and give it back', () => {
    const same = diffWords([text('The Parties agree.')], [text('The Parties agree.')]);
    expect(same.changed).toBe(false);
    expect(shown(same.merged)).toBe('The Parties agree.');
  });

  it('should join changes across a space, deletion first: [-five years-] {+seven months+}', () => {
    const d = diffWords([text('kept for five years after')], [text('kept for seven months after')]);
    expect(d.changed).toBe(true);
    expect(shown(d.merged)).toBe('kept for [-five years|{+seven months| after');
  });

  it('should keep a word with an apostrophe, a period or a hyphen inside as one word', () => {
    expect(
      shown(diffWords([text("the Sheriff's co-responder")], [text('the Sheriff’s co-responder')]).merged),
    ).toBe("the [-Sheriff's|{+Sheriff’s| co-responder");
    expect(shown(diffWords([text('U.S. law')], [text('U.K. law')]).merged)).toBe('[-U.S|{+U.K|. law');
  });

  it('should see a change of formatting as a change, and keep the formatting', () => {
    const d = diffWords(
      [text('shall '), text('not')],
      [text('shall '), { type: 'strong', content: [text('not')] }],
    );
    expect(d.changed).toBe(true);
    expect(shown(d.merged)).toBe('shall [-not|{+**not**|');
  });

  it('should compare blanks and defined terms whole', () => {
    const blank = (label: string): Inline => ({ type: 'blank', label });
    const d = diffWords([text('within '), blank('DAYS')], [text('within '), blank('HOURS')]);
    expect(shown(d.merged)).toBe('within [-<blank>|{+<blank>|');
    expect(diffWords([text('x '), blank('DAYS')], [text('x '), blank('DAYS')]).changed).toBe(false);
  });

  it('should not let an answer holding a marker character forge a change', () => {
    const forged = diffWords([text(`a ${mark.insert}b`)], [text(`a ${mark.insert}b`)]);
    expect(forged.changed).toBe(false);
    expect(shown(forged.merged)).not.toContain('{+');
    expect(unmarked(`x${mark.end}y${mark.deleteCell}`)).toBe('x\uFFFDy\uFFFD');
  });

  it('should not join changes across a word that stayed, nor absorb a space after the last change', () => {
    expect(shown(diffWords([text('a b c')], [text('x b y')]).merged)).toBe('[-a|{+x| b [-c|{+y|');
    expect(shown(diffWords([text('a ')], [text('b ')]).merged)).toBe('[-a|{+b| ');
    expect(shown(diffWords([text('the co-responder team')], [text('the co-respondent team')]).merged)).toBe(
      'the [-co-responder|{+co-respondent| team',
    );
  });

  it('should diff word by word inside bold and italic text, and keep each run’s own formatting', () => {
    const strong = (value: string): Inline => ({ type: 'strong', content: [text(value)] });
    const emphasis = (value: string): Inline => ({ type: 'emphasis', content: [text(value)] });
    expect(shown(diffWords([strong('shall not act')], [strong('shall never act')]).merged)).toBe(
      '**shall **[-**not**|{+**never**|** act**',
    );
    expect(shown(diffWords([emphasis('may not act')], [emphasis('may never act')]).merged)).toBe(
      '_may _[-_not_|{+_never_|_ act_',
    );
    const mixed = [text('a '), strong('b'), emphasis('c')];
    expect(shown(diffWords(mixed, mixed).merged)).toBe('a **b**_c_');
  });

  it('should write a pure insertion or deletion as one span', () => {
    expect(shown(diffWords([text('a c')], [text('a b c')]).merged)).toBe('a {+b |c');
    expect(shown(diffWords([text('a b c')], [text('a c')]).merged)).toBe('a [-b |c');
  });
});

describe('diffAnswers', () => {
  it('should list changed, added and removed answers by path, in the new file’s field order', () => {
    expect(
      diffAnswers(
        { program: { name: 'A', hours: '9-5' }, retention: 5, gone: true },
        { program: { name: 'B', hours: '9-5', phone: '1' }, retention: 7 },
      ),
    ).toEqual([
      { path: 'program.name', kind: 'changed', before: 'A', after: 'B' },
      { path: 'program.phone', kind: 'added', after: '1' },
      { path: 'retention', kind: 'changed', before: 5, after: 7 },
      { path: 'gone', kind: 'removed', before: true },
    ]);
  });

  it('should treat null like absent', () => {
    expect(diffAnswers({ a: null }, { a: 2 })).toEqual([{ path: 'a', kind: 'added', after: 2 }]);
    expect(diffAnswers({ a: 2 }, { a: null })).toEqual([{ path: 'a', kind: 'removed', before: 2 }]);
    expect(diffAnswers({ a: { b: 1 } }, { a: { b: 1 } })).toEqual([]);
  });

  it('should show a group filled in or cleared field by field, not as {…} (the hold facts)', () => {
    const hold = { common_name: 'emergency observation', citation: null, verified_by_counsel: false };
    const filled = diffAnswers({ disposition: { state_hold: null } }, { disposition: { state_hold: hold } });
    expect(filled).toEqual([
      { path: 'disposition.state_hold.common_name', kind: 'added', after: 'emergency observation' },
      { path: 'disposition.state_hold.verified_by_counsel', kind: 'added', after: false },
    ]);
    expect(filled.map(formatAnswerChange).join('\n')).not.toContain('{…}');
    expect(diffAnswers({ h: hold }, { h: null }).map((c) => c.path)).toEqual([
      'h.common_name',
      'h.verified_by_counsel',
    ]);
  });

  it('should match records with ids by id, so a new partner is one addition', () => {
    const clinic = { id: 'clinic', name: 'Clinic' };
    const jail = { id: 'jail', name: 'Jail' };
    const added = { id: 'harbor', name: 'Harbor' };
    expect(
      diffAnswers(
        { partners: [clinic, jail] },
        { partners: [added, clinic, { ...jail, name: 'County Jail' }] },
      ),
    ).toEqual([
      { path: 'partners[0]', kind: 'added', after: added },
      { path: 'partners[2].name', kind: 'changed', before: 'Jail', after: 'County Jail' },
    ]);
    expect(diffAnswers({ partners: [clinic, jail] }, { partners: [jail] })).toEqual([
      { path: 'partners[0]', kind: 'removed', before: clinic },
    ]);
  });

  it('should match records without ids by position, and compare lists of values whole', () => {
    expect(diffAnswers({ r: [{ v: '1' }, { v: '2' }] }, { r: [{ v: '1' }, { v: '3' }, { v: '4' }] })).toEqual(
      [
        { path: 'r[1].v', kind: 'changed', before: '2', after: '3' },
        { path: 'r[2]', kind: 'added', after: { v: '4' } },
      ],
    );
    expect(diffAnswers({ r: [{ v: '1' }, { v: '2' }] }, { r: [{ v: '1' }] })).toEqual([
      { path: 'r[1]', kind: 'removed', before: { v: '2' } },
    ]);
    expect(diffAnswers({ models: ['cit'] }, { models: ['cit', 'co-responder'] })).toEqual([
      { path: 'models', kind: 'changed', before: ['cit'], after: ['cit', 'co-responder'] },
    ]);
  });
});

describe('diffAnswers: changes of kind', () => {
  it('should show a named record filled in or cleared as one change, and a value that changed kind whole', () => {
    const clinic = { name: 'Harbor Clinic', hours: '9-5' };
    expect(diffAnswers({ p: null }, { p: clinic })).toEqual([{ path: 'p', kind: 'added', after: clinic }]);
    expect(diffAnswers({ p: clinic }, { p: null })).toEqual([{ path: 'p', kind: 'removed', before: clinic }]);
    expect(diffAnswers({ p: { a: 1 } }, { p: 'x' })).toEqual([
      { path: 'p', kind: 'changed', before: { a: 1 }, after: 'x' },
    ]);
    expect(diffAnswers({ m: ['a'] }, { m: 'a' })).toEqual([
      { path: 'm', kind: 'changed', before: ['a'], after: 'a' },
    ]);
  });

  it('should remove each record of a list emptied, and match by position when not every record has an id', () => {
    expect(diffAnswers({ r: [{ v: 1 }] }, { r: [] })).toEqual([
      { path: 'r[0]', kind: 'removed', before: { v: 1 } },
    ]);
    expect(diffAnswers({ r: [{ id: 'a' }, { id: 'b' }] }, { r: [{ id: 'b' }, { v: 1 }] })).toEqual([
      { path: 'r[0].id', kind: 'changed', before: 'a', after: 'b' },
      { path: 'r[1].v', kind: 'added', after: 1 },
      { path: 'r[1].id', kind: 'removed', before: 'b' },
    ]);
    expect(diffAnswers({ r: [{ id: 'b' }, { v: 1 }] }, { r: [{ id: 'a' }, { id: 'b' }] })).toEqual([
      { path: 'r[0].id', kind: 'changed', before: 'b', after: 'a' },
      { path: 'r[1].id', kind: 'added', after: 'b' },
      { path: 'r[1].v', kind: 'removed', before: 1 },
    ]);
  });

  it('should show a list holding records as JSON', () => {
    expect(showValue([1, { a: 1 }])).toBe('[1,{"a":1}]');
    expect(showValue([{ a: 1 }, { b: 2 }])).toBe('[{"a":1},{"b":2}]');
  });
});

describe('showValue and formatAnswerChange', () => {
  it('should show an answer as one short line', () => {
    expect(showValue(7)).toBe('7');
    expect(showValue('Harbor Clinic')).toBe('"Harbor Clinic"');
    expect(showValue(['cit', 'co-responder', 3, null])).toBe('[cit, co-responder, 3, null]');
    expect(showValue({ id: 'x', name: 'Harbor' })).toBe('“Harbor”');
    expect(showValue({ version: '2026.1' })).toBe('“2026.1”');
    expect(showValue({ a: 1 })).toBe('{…}');
    expect(showValue(undefined)).toBe('null');
    expect(showValue('x'.repeat(100))).toBe(`"${'x'.repeat(58)}…`);
    expect(showValue('x'.repeat(58))).toBe(`"${'x'.repeat(58)}"`);
    expect(showValue('abcdef', 5)).toBe('"abc…');
  });

  it('should say what changed, was added or was removed', () => {
    expect(formatAnswerChange({ path: 'r', kind: 'changed', before: 5, after: 7 })).toBe('r: 5 -> 7');
    expect(formatAnswerChange({ path: 'p[2]', kind: 'added', after: { name: 'Harbor' } })).toBe(
      'p[2]: added (“Harbor”)',
    );
    expect(formatAnswerChange({ path: 'p[0]', kind: 'removed', before: 'x' })).toBe(
      'p[0]: removed (was "x")',
    );
  });
});

describe('markdownDiff', () => {
  it('should be empty for the same Markdown, and a git-style patch with each version’s label otherwise', () => {
    expect(markdownDiff('x.md', { label: 'old', markdown: 'a\n' }, { label: 'new', markdown: 'a\n' })).toBe(
      '',
    );
    const patch = markdownDiff(
      'x.md',
      { label: 'v1', markdown: 'a\nb\n' },
      { label: 'v2', markdown: 'a\nc\n' },
    );
    expect(patch.split('\n').slice(0, 2)).toEqual(['--- a/x.md\tv1', '+++ b/x.md\tv2']);
    expect(patch).toContain('\n a\n-b\n+c\n');
  });

  it('should keep three lines of context', () => {
    const lines = (last: string) => `${['1', '2', '3', '4', '5', '6'].join('\n')}\n${last}\n`;
    const patch = markdownDiff(
      'x.md',
      { label: 'a', markdown: lines('7') },
      { label: 'b', markdown: lines('8') },
    );
    expect(patch).toContain('@@ -4,4 +4,4 @@\n 4\n 5\n 6\n-7\n+8\n');
  });
});

describe('summarize', () => {
  const doc = (version: string) => ({ meta: { templateVersion: version } }) as unknown as Document;
  const pair = (status: DocumentPair['status'], extra: Partial<DocumentPair> = {}): DocumentPair => ({
    id: `${status}-doc`,
    title: `The ${status} one`,
    before: status === 'added' ? null : doc('1.0.0'),
    after: status === 'removed' ? null : doc('1.0.0'),
    status,
    reason: null,
    ...extra,
  });

  it('should say which answers and documents changed, where, and in which files', () => {
    const summary = summarize({
      beforeLabel: 'v1',
      afterLabel: 'v2',
      answers: [{ path: 'program.name', kind: 'changed', before: 'A', after: 'B' }],
      documents: [
        {
          pair: pair('changed', { before: doc('1.0.0'), after: doc('1.1.0') }),
          places: [
            { label: 'clause 7.2', kind: 'changed' },
            { label: 'clause 9', kind: 'added' },
          ],
          files: ['x.redline.docx', 'x.md.diff'],
        },
        { pair: pair('unchanged'), places: [], files: [] },
        { pair: pair('added'), places: [], files: ['a.redline.docx'] },
        { pair: pair('removed', { reason: 'it needs a school' }), places: [], files: ['r.redline.docx'] },
      ],
      date: '2026-03-01',
      author: 'pmhc-docs',
    });
    expect(summary.split('\n')).toEqual([
      '# Changes from v1 to v2',
      '',
      "3 of 4 documents changed. Redlines are Word files with tracked changes by pmhc-docs, dated 2026-03-01 (the new version's draft date).",
      '',
      '## Answers',
      '',
      '- `program.name: "A" -> "B"`',
      '',
      '## Documents',
      '',
      '- **The changed one** (`changed-doc`): changed (template 1.0.0 -> 1.1.0) in clause 7.2, clause 9 (added). Files: `x.redline.docx`, `x.md.diff`.',
      '- **The unchanged one** (`unchanged-doc`): unchanged.',
      '- **The added one** (`added-doc`): added (the whole document is new). Files: `a.redline.docx`.',
      '- **The removed one** (`removed-doc`): removed (it needs a school); the redline deletes the whole document. Files: `r.redline.docx`.',
      '',
    ]);
  });

  it('should say when no answer changed, the version is undated, or only the layout changed', () => {
    const summary = summarize({
      beforeLabel: 'a',
      afterLabel: 'b',
      answers: [],
      documents: [
        { pair: pair('changed'), places: [], files: [] },
        { pair: pair('removed'), places: [], files: [] },
      ],
      date: null,
      author: 'me',
    });
    expect(summary).toContain(
      '2 of 2 documents changed. Redlines are Word files with tracked changes by me (the new version is undated).',
    );
    expect(summary).toContain('No answer changed (a template or its version did).');
    expect(summary).toContain('- **The changed one** (`changed-doc`): changed in its layout only.\n');
    expect(summary).toContain('removed; the redline deletes the whole document.\n');
  });
});
