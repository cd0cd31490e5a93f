import { describe, expect, it } from 'vitest';
import type { Block, Inline, Signatory } from '../../src/ast/types.js';
import { blockKey, blockText, mergeBlocks } from '../../src/diff/merge-blocks.js';
import { mark } from '../../src/diff/track-marks.js';

// The redline's body: two versions of a document's blocks merged into one, every change marked
// where a reviewer expects it (a reworded clause word by word, a new clause whole, a new party's
// cell), and the places that changed named once, in order. Fast and pure: no writer involved.
const text = (value: string): Inline => ({ type: 'text', value });
const t = (value: string) => [text(value)];
const para = (value: string): Block => ({ type: 'paragraph', content: t(value) });
const heading = (level: 1 | 2 | 3, value: string): Block => ({ type: 'heading', level, content: t(value) });
const clause = (number: string, value: string, children: Block[] = [], level: 1 | 2 | 3 = 2): Block => ({
  type: 'clause',
  level,
  number,
  content: t(value),
  children,
});
const list = (items: string[], ordered = false): Block => ({
  type: 'list',
  ordered,
  items: items.map((item) => [para(item)]),
});
const table = (header: string[], rows: string[][]): Block => ({
  type: 'table',
  header: header.map(t),
  rows: rows.map((row) => row.map(t)),
});
const party = (org: string, name = 'Name', title = 'Title'): Signatory => ({
  organization: t(org),
  name: t(name),
  title: t(title),
});
const signatures = (...parties: Signatory[]): Block => ({ type: 'signatureBlock', parties });

/** Inline content with its change marks spelled out: [-deleted|, {+inserted|, ¶- / ¶+ a whole paragraph, ▯- / ▯+ a whole cell. */
function inline(content: Inline[]): string {
  return content
    .map((n) =>
      n.type === 'text' ? n.value : n.type === 'strong' ? `**${inline(n.content)}**` : `<${n.type}>`,
    )
    .join('')
    .replaceAll(mark.delete, '[-')
    .replaceAll(mark.insert, '{+')
    .replaceAll(mark.end, '|')
    .replaceAll(mark.deleteParagraph, '¶-')
    .replaceAll(mark.insertParagraph, '¶+')
    .replaceAll(mark.deleteCell, '▯-')
    .replaceAll(mark.insertCell, '▯+');
}

/** The merged body as lines a reviewer can read. */
function lines(blocks: Block[], indent = ''): string[] {
  return blocks.flatMap((b): string[] => {
    switch (b.type) {
      case 'paragraph':
        return [`${indent}${inline(b.content)}`];
      case 'heading':
        return [`${indent}h${b.level} ${inline(b.content)}`];
      case 'drafterNote':
        return [`${indent}note ${inline(b.content)}`];
      case 'clause':
        return [`${indent}${b.number} ${inline(b.content)}`, ...lines(b.children, `${indent}  `)];
      case 'list':
        return b.items.map((item) => `${indent}- ${lines(item).join(' / ')}`);
      case 'table':
        return [b.header, ...b.rows].map((row) => `${indent}| ${row.map(inline).join(' | ')} |`);
      case 'signatureBlock':
        return b.parties.map(
          (p) => `${indent}sign ${inline(p.organization)}; ${inline(p.name)}; ${inline(p.title)}`,
        );
      case 'notice':
        return [`${indent}notice:`, ...lines(b.content, `${indent}  `)];
      case 'pageBreak':
        return [`${indent}---`];
    }
  });
}

describe('mergeBlocks: the merged body', () => {
  it('should give back an unchanged document as it is, with no place changed', () => {
    const doc = [heading(1, 'MOU'), clause('1', 'The Parties agree.'), para('Signed.')];
    const merged = mergeBlocks(doc, structuredClone(doc));
    expect(merged.blocks).toEqual(doc);
    expect(merged.places).toEqual([]);
  });

  it('should treat a renumbered but unchanged clause as unchanged, keeping the new number', () => {
    const merged = mergeBlocks([clause('4.1', 'Records are kept.')], [clause('5.1', 'Records are kept.')]);
    expect(lines(merged.blocks)).toEqual(['5.1 Records are kept.']);
    expect(merged.places).toEqual([]);
  });

  it('should diff a reworded clause word by word, and name it by its number', () => {
    const merged = mergeBlocks(
      [clause('7.2', 'Records are kept for five years.')],
      [clause('7.2', 'Records are kept for seven years.')],
    );
    expect(lines(merged.blocks)).toEqual(['7.2 Records are kept for [-five|{+seven| years.']);
    expect(merged.places).toEqual([{ label: 'clause 7.2', kind: 'changed' }]);
  });

  it('should mark a new block whole as inserted and a gone one as deleted, each where it was', () => {
    const kept = clause('1', 'The Parties agree to this.');
    const merged = mergeBlocks(
      [kept, clause('2', 'Funding comes from the county budget.')],
      [kept, clause('2', 'Training is given every quarter to all staff.', [para('Annual refresher.')])],
    );
    expect(lines(merged.blocks)).toEqual([
      '1 The Parties agree to this.',
      '2 ¶-Funding comes from the county budget.',
      '2 ¶+Training is given every quarter to all staff.',
      '  ¶+Annual refresher.',
    ]);
    // Removed and added at the same place: it changed.
    expect(merged.places).toEqual([{ label: 'clause 2', kind: 'changed' }]);
  });

  it('should replace a block whole when its kind, level or table width changed', () => {
    const cases: [Block, Block][] = [
      [para('Same words here.'), heading(2, 'Same words here.')],
      [clause('3', 'Same words here.', [], 1), clause('3', 'Same words here.', [], 2)],
      [heading(2, 'Same words here.'), heading(3, 'Same words here.')],
      [list(['a b c']), list(['a b c'], true)],
      [list(['a b c']), { ...list(['a b c']), checkbox: true } as Block],
      [table(['A'], [['x y']]), table(['A', 'B'], [['x y', '']])],
      [table(['A'], [['x y']]), table(['A'], [['x y', 'z']])],
    ];
    for (const [before, after] of cases) {
      const merged = mergeBlocks([before], [after]);
      const [deleted, inserted] = [lines([before]), lines([after])];
      expect(merged.blocks, `${deleted} -> ${inserted}`).toHaveLength(2);
      expect(lines(merged.blocks).join('\n')).toMatch(/[¶▯]-[\s\S]*[¶▯]\+/);
      expect(merged.places.length).toBeGreaterThan(0);
    }
  });

  it('should diff inside a block of the same kind: headings, drafter notes, notices', () => {
    const merged = mergeBlocks(
      [heading(2, 'Schedule A'), { type: 'drafterNote', content: t('Check the fee.') }],
      [heading(2, 'Schedule B'), { type: 'drafterNote', content: t('Check the new fee.') }],
    );
    expect(lines(merged.blocks)).toEqual(['h2 Schedule [-A|{+B|', 'note Check the {+new |fee.']);
    const notice = mergeBlocks(
      [{ type: 'notice', content: [para('Draft for review by counsel.')] }],
      [{ type: 'notice', content: [para('Draft for review by the parties.')] }],
    );
    expect(lines(notice.blocks)).toEqual(['notice:', '  Draft for review by [-counsel|{+the parties|.']);
    expect(notice.places).toEqual([{ label: 'the draft notice', kind: 'changed' }]);
  });

  it('should merge a clause’s children, and mark a changed title with the clause', () => {
    const before = clause('6', 'Confidentiality.', [para('Each party keeps records secure.')], 1);
    const after = clause('6', 'Confidentiality.', [para('Each party keeps records locked.')], 1);
    expect(lines(mergeBlocks([before], [after]).blocks)).toEqual([
      '6 Confidentiality.',
      '  Each party keeps records [-secure|{+locked|.',
    ]);
  });
});

describe('mergeBlocks: lists, tables and signatures', () => {
  it('should mark an added list item whole, its marker included, and diff a reworded one', () => {
    const merged = mergeBlocks(
      [heading(2, 'Duties'), list(['answer calls promptly', 'keep a log'])],
      [heading(2, 'Duties'), list(['answer calls quickly', 'keep a log', 'train staff yearly'])],
    );
    expect(lines(merged.blocks)).toEqual([
      'h2 Duties',
      '- answer calls [-promptly|{+quickly|',
      '- keep a log',
      '- ¶+train staff yearly',
    ]);
    expect(merged.places).toEqual([{ label: '“Duties”', kind: 'changed' }]);
  });

  it('should mark a removed list item whose first block is a list with an empty marked paragraph', () => {
    const nested: Block[] = [list(['inner item here'])];
    const before: Block = { type: 'list', ordered: false, items: [[para('stay')], nested] };
    const after: Block = { type: 'list', ordered: false, items: [[para('stay')]] };
    expect(lines(mergeBlocks([before], [after]).blocks)).toEqual(['- stay', '- ¶- / - ¶-inner item here']);
  });

  it('should diff table cells and mark an added row’s cells whole', () => {
    const merged = mergeBlocks(
      [
        table(
          ['Team', 'Hours'],
          [
            ['Mobile crisis', '9 to 5'],
            ['Clinic', 'weekdays'],
          ],
        ),
      ],
      [
        table(
          ['Team', 'Hours of service'],
          [
            ['Mobile crisis', '8 to 5'],
            ['Clinic', 'weekdays'],
            ['Warmline', 'nights'],
          ],
        ),
      ],
    );
    expect(lines(merged.blocks)).toEqual([
      '| Team | Hours{+ of service| |',
      '| Mobile crisis | [-9|{+8| to 5 |',
      '| Clinic | weekdays |',
      '| ▯+Warmline | ▯+nights |',
    ]);
    expect(merged.places).toEqual([{ label: 'the opening', kind: 'changed' }]);
  });

  it('should mark a removed table row’s cells as deleted', () => {
    const merged = mergeBlocks(
      [table(['Team'], [['Mobile crisis'], ['Warmline']])],
      [table(['Team'], [['Mobile crisis']])],
    );
    expect(lines(merged.blocks)).toEqual(['| Team |', '| Mobile crisis |', '| ▯-Warmline |']);
  });

  it('should match signatories by organization, diff their lines, and mark a new party whole', () => {
    const merged = mergeBlocks(
      [clause('9', 'Signatures.'), signatures(party('City Police', 'A. Chief', 'Chief'))],
      [
        clause('9', 'Signatures.'),
        signatures(
          party('City Police', 'B. Chief', 'Chief'),
          party('County Clinic', 'C. Director', 'Director'),
        ),
      ],
    );
    expect(lines(merged.blocks)).toEqual([
      '9 Signatures.',
      'sign City Police; [-A|{+B|. Chief; Chief',
      'sign ▯+County Clinic; C. Director; Director',
    ]);
    expect(merged.places).toEqual([{ label: 'the signature block', kind: 'changed' }]);
  });

  it('should mark a party that left as deleted, and name what follows by its own place again', () => {
    const merged = mergeBlocks(
      [signatures(party('City Police'), party('County Clinic')), para('Dated as signed by the parties.')],
      [signatures(party('City Police')), para('Dated as signed by all the parties.')],
    );
    expect(lines(merged.blocks)).toEqual([
      'sign City Police; Name; Title',
      'sign ▯-County Clinic; Name; Title',
      'Dated as signed by {+all |the parties.',
    ]);
    expect(merged.places).toEqual([
      { label: 'the signature block', kind: 'changed' },
      { label: 'the opening', kind: 'changed' },
    ]);
  });
});

describe('mergeBlocks: the places that changed', () => {
  it('should name the title, a heading by its words, a clause by its number, and text before any as the opening', () => {
    const merged = mergeBlocks(
      [
        para('Draft one of the text.'),
        heading(1, 'Old MOU'),
        heading(2, 'Scope'),
        para('It covers the city.'),
      ],
      [
        para('Draft two of the text.'),
        heading(1, 'New MOU'),
        heading(2, 'Scope'),
        para('It covers the county.'),
      ],
    );
    expect(merged.places).toEqual([
      { label: 'the opening', kind: 'changed' },
      { label: 'the title', kind: 'changed' },
      { label: '“Scope”', kind: 'changed' },
    ]);
  });

  it('should say added or removed for a whole new or gone block, and name each place once', () => {
    const one = clause('1', 'The Parties agree to this.');
    const added = mergeBlocks([one], [one, clause('2', 'New words.'), para('More new words.')]);
    expect(added.places).toEqual([{ label: 'clause 2', kind: 'added' }]);
    const removed = mergeBlocks([one, clause('2', 'Old words.')], [one]);
    expect(removed.places).toEqual([{ label: 'clause 2', kind: 'removed' }]);
  });

  it('should not count a page break added or removed as a place', () => {
    const one = clause('1', 'The Parties agree to this.');
    const merged = mergeBlocks([one], [one, { type: 'pageBreak' }]);
    expect(lines(merged.blocks)).toEqual(['1 The Parties agree to this.', '---']);
    expect(merged.places).toEqual([]);
  });

  it('should name a change after a clause’s sub-clauses by the clause, not its last sub-clause', () => {
    const section = (child: string) =>
      clause('3', 'Roles.', [clause('3.1', 'Police respond to calls.'), para(child)], 1);
    const merged = mergeBlocks([section('A closing sentence.')], [section('A new closing sentence.')]);
    expect(merged.places).toEqual([{ label: 'clause 3.1', kind: 'changed' }]);
    const after = mergeBlocks(
      [clause('3', 'Roles.', [clause('3.1', 'Police respond to calls.')], 1), para('Footer words old.')],
      [clause('3', 'Roles.', [clause('3.1', 'Police respond to calls.')], 1), para('Footer words new.')],
    );
    expect(after.places).toEqual([{ label: 'clause 3', kind: 'changed' }]);
  });

  it('should name a change inside a list item after a clause by the list’s place', () => {
    const body = (item: string) => [
      heading(2, 'Intro'),
      list(['first item', item]),
      para('Closing text here.'),
    ];
    const merged = mergeBlocks(body('second item old'), [
      ...body('second item new').slice(0, 2),
      para('Closing text there.'),
    ]);
    expect(merged.places).toEqual([{ label: '“Intro”', kind: 'changed' }]);
  });
});

describe('mergeBlocks: pairing a reworded block with its new version', () => {
  it('should pair a clause that keeps its title though most words changed', () => {
    const merged = mergeBlocks(
      [clause('4', 'Training: officers attend a yearly course.')],
      [clause('4', 'Training: officers complete modules each month.')],
    );
    // One clause diffed in place, not a deletion and an insertion (a third of the words alike).
    expect(merged.blocks).toHaveLength(1);
    // The same share of words alike under another title: a new clause (only a title earns the bonus).
    const retitled = mergeBlocks(
      [clause('4', 'Training: officers attend a yearly course.')],
      [clause('4', 'Schooling: officers attend modules each month.')],
    );
    expect(retitled.blocks).toHaveLength(2);
  });

  it('should not pair clauses that share neither title nor words', () => {
    const merged = mergeBlocks([clause('4', 'Training for staff.')], [clause('4', 'Funding by the county.')]);
    expect(lines(merged.blocks)).toEqual(['4 ¶-Training for staff.', '4 ¶+Funding by the county.']);
  });

  it('should pair a list that only grew, though half its words are new', () => {
    const merged = mergeBlocks(
      [list(['alpha beta'])],
      [list(['alpha beta', 'gamma delta', 'epsilon zeta', 'eta theta'])],
    );
    expect(lines(merged.blocks)).toEqual([
      '- alpha beta',
      '- ¶+gamma delta',
      '- ¶+epsilon zeta',
      '- ¶+eta theta',
    ]);
  });

  it('should pair a table, a notice and a signature block that only grew', () => {
    const grownTable = mergeBlocks(
      [table(['A'], [['one']])],
      [table(['A'], [['one'], ['two'], ['three'], ['four'], ['five'], ['six'], ['seven'], ['eight']])],
    );
    expect(grownTable.blocks).toHaveLength(1);
    const grownNotice = mergeBlocks(
      [{ type: 'notice', content: [para('Draft.')] }],
      [
        {
          type: 'notice',
          content: [para('Draft.'), para('Not for signature until counsel has read it, and never in part.')],
        },
      ],
    );
    expect(grownNotice.blocks).toHaveLength(1);
    const grownSignatures = mergeBlocks(
      [signatures(party('City'))],
      [
        signatures(
          party('City'),
          party('County Sheriff Office', 'B. Sheriff', 'Sheriff'),
          party('Regional Clinic Network', 'C. Director', 'Executive Director'),
        ),
      ],
    );
    expect(grownSignatures.blocks).toHaveLength(1);
  });

  it('should pair a signatory renamed by organization when the rest of the line is alike', () => {
    const merged = mergeBlocks(
      [signatures(party('Riverbend Police Department', 'Ann Lee', 'Chief of Police'))],
      [signatures(party('Riverbend Police Dept', 'Ann Lee', 'Chief of Police'))],
    );
    expect(lines(merged.blocks)).toEqual([
      'sign Riverbend Police [-Department|{+Dept|; Ann Lee; Chief of Police',
    ]);
  });

  it('should pair list items and table rows by their words', () => {
    const items = mergeBlocks(
      [list(['the clinic answers within one hour', 'unrelated old duty'])],
      [list(['brand new duty entirely', 'the clinic answers within two hours'])],
    );
    expect(lines(items.blocks)).toEqual([
      '- ¶+brand new duty entirely',
      '- the clinic answers within [-one hour|{+two hours|',
      '- ¶-unrelated old duty',
    ]);
    const rows = mergeBlocks(
      [table(['Team', 'Hours'], [['Mobile crisis team', 'all day']])],
      [
        table(
          ['Team', 'Hours'],
          [
            ['Warmline', 'nights'],
            ['Mobile crisis team', 'all night'],
          ],
        ),
      ],
    );
    expect(lines(rows.blocks)).toEqual([
      '| Team | Hours |',
      '| ▯+Warmline | ▯+nights |',
      '| Mobile crisis team | all [-day|{+night| |',
    ]);
  });
});

describe('mergeBlocks: what is not paired', () => {
  it('should not pair paragraphs a third alike, nor give them a title’s bonus, nor compare one that grew by overlap', () => {
    const third = mergeBlocks(
      [para('officers attend a yearly course')],
      [para('officers attend modules each month')],
    );
    expect(third.blocks).toHaveLength(2);
    const sameStart = mergeBlocks([para('Note: staff train yearly.')], [para('Note: funds arrive monthly.')]);
    expect(sameStart.blocks).toHaveLength(2);
    const grew = mergeBlocks([para('alpha beta')], [para('alpha beta gamma delta epsilon zeta eta theta')]);
    expect(grew.blocks).toHaveLength(2);
  });

  it('should not pair a paragraph with a heading of the same words: one is removed, the other added', () => {
    const merged = mergeBlocks([para('Same words here.')], [heading(2, 'Same words here.')]);
    expect(lines(merged.blocks)).toEqual(['¶-Same words here.', 'h2 ¶+Same words here.']);
    expect(merged.places).toEqual([
      { label: 'the opening', kind: 'removed' },
      { label: '“Same words here.”', kind: 'added' },
    ]);
  });

  it('should replace a signatory who shares nothing with the one before, and diff a new signatory of the same organization', () => {
    const replaced = mergeBlocks(
      [signatures(party('City Police', 'A. Chief', 'Chief'))],
      [signatures(party('Harbor Clinic', 'Z. Boss', 'Director'))],
    );
    expect(lines(replaced.blocks)).toEqual([
      'sign ▯-City Police; A. Chief; Chief',
      'sign ▯+Harbor Clinic; Z. Boss; Director',
    ]);
    const newSignatory = mergeBlocks(
      [signatures(party('City Police', 'Ann Lee', 'Chief of Police'), party('County Clinic'))],
      [signatures(party('City Police', 'Raj Patel', 'Interim Commander'), party('County Clinic'))],
    );
    expect(lines(newSignatory.blocks)).toEqual([
      'sign City Police; [-Ann Lee|{+Raj Patel|; [-Chief of Police|{+Interim Commander|',
      'sign County Clinic; Name; Title',
    ]);
  });

  it('should call a place changed when the only change is an added list item, table row or party', () => {
    const item = mergeBlocks(
      [heading(2, 'Duties'), list(['keep a log'])],
      [heading(2, 'Duties'), list(['keep a log', 'train staff yearly'])],
    );
    expect(item.places).toEqual([{ label: '“Duties”', kind: 'changed' }]);
    const row = mergeBlocks(
      [table(['Team'], [['Mobile crisis']])],
      [table(['Team'], [['Mobile crisis'], ['Warmline']])],
    );
    expect(row.places).toEqual([{ label: 'the opening', kind: 'changed' }]);
    const signer = mergeBlocks(
      [signatures(party('City'))],
      [signatures(party('City'), party('County Clinic Network'))],
    );
    expect(signer.places).toEqual([{ label: 'the signature block', kind: 'changed' }]);
  });
});

describe('blockKey and blockText', () => {
  it('should key a clause without its number, and everything else by all it holds', () => {
    expect(blockKey(clause('1', 'x'))).toBe(blockKey(clause('2', 'x')));
    expect(blockKey(clause('1', 'x'))).not.toBe(blockKey(clause('1', 'y')));
    expect(blockKey(clause('1', 'x', [], 1))).not.toBe(blockKey(clause('1', 'x', [], 2)));
  });

  it('should give the words a reader sees in every kind of block', () => {
    expect(blockText(clause('1', 'Title.', [para('body'), list(['a', 'b'])]))).toBe('Title. body a b');
    expect(blockText(table(['H'], [['c', 'd']]))).toBe('H c d');
    expect(blockText(signatures(party('Org', 'N', 'T'), party('P')))).toBe('Org N T P Name Title');
    expect(blockText({ type: 'notice', content: [para('x'), para('y')] })).toBe('x y');
    expect(blockText(heading(2, 'h'))).toBe('h');
    expect(blockText({ type: 'drafterNote', content: t('n') })).toBe('n');
    expect(blockText({ type: 'pageBreak' })).toBe('');
  });
});
