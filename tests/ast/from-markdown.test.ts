import { describe, expect, it } from 'vitest';
import { blocksFromMarkdown } from '../../src/ast/from-markdown.js';
import { plainText } from '../../src/ast/plain-text.js';
import type { Block } from '../../src/ast/types.js';

function summary(blocks: Block[]): string[] {
  return blocks.map((b) => {
    if (b.type === 'clause')
      return `clause ${b.number} ${plainText(b.content)}${b.children.length ? ` +${b.children.length}` : ''}`;
    if (b.type === 'heading') return `h${b.level} ${plainText(b.content)}`;
    if (b.type === 'paragraph' || b.type === 'drafterNote') return `${b.type} ${plainText(b.content)}`;
    return b.type;
  });
}

describe('blocksFromMarkdown', () => {
  it('should read a list whose every item opens with a ballot box as a list of choices, box as marker', () => {
    const [choices] = blocksFromMarkdown('- ☐ my name\n- ☐ Yes ☐ No: the sheriff');
    expect(choices).toEqual({
      type: 'list',
      ordered: false,
      checkbox: true,
      items: [
        [{ type: 'paragraph', content: [{ type: 'text', value: 'my name' }] }],
        [{ type: 'paragraph', content: [{ type: 'text', value: 'Yes ☐ No: the sheriff' }] }],
      ],
    });
    const [mixed] = blocksFromMarkdown('- ☐ my name\n- a bullet');
    expect(mixed).toMatchObject({ type: 'list', ordered: false });
    expect(mixed).not.toHaveProperty('checkbox');
  });

  it('should number sections and nested clauses as 1, 1.1 and 1.1.1', () => {
    const md =
      '# T\n\n## Recitals {-}\n\nWhereas.\n\n## Purpose\n\n1. One.\n   1. One-one.\n   2. One-two.\n2. Two.\n\n   More of two.\n\n## Term\n\n3. Starts at three.\n';
    expect(summary(blocksFromMarkdown(md))).toEqual([
      'h1 T',
      'h2 Recitals',
      'paragraph Whereas.',
      'clause 1 Purpose',
      'clause 1.1 One.',
      'clause 1.1.1 One-one.',
      'clause 1.1.2 One-two.',
      'clause 1.2 Two. +1',
      'clause 2 Term',
      'clause 2.3 Starts at three.',
    ]);
  });

  it('should read defined terms, blanks, notes, page breaks and signature tables', () => {
    const md =
      '## Definitions\n\n1. [[=Program]] means it; the [[Program]] runs [[?HOURS]].\n\n> [!NOTE] Check hours.\n\n[[:pagebreak]]\n\n[[:signatures]]\n\n| Organization | Name | Title |\n|---|---|---|\n| A | B | C |\n';
    const blocks = blocksFromMarkdown(md);
    expect(summary(blocks)).toEqual([
      'clause 1 Definitions',
      'clause 1.1 “Program” means it; the Program runs [HOURS].',
      'drafterNote Check hours.',
      'pageBreak',
      'signatureBlock',
    ]);
    expect(blocks[4]).toEqual({
      type: 'signatureBlock',
      parties: [
        {
          organization: [{ type: 'text', value: 'A' }],
          name: [{ type: 'text', value: 'B' }],
          title: [{ type: 'text', value: 'C' }],
        },
      ],
    });
  });

  it('should keep escaped markup literal and not turn (c) into a copyright sign', () => {
    const [block] = blocksFromMarkdown('See 45 CFR 164.506(c) and \\*not\\* \\[\\[Term\\]\\] \\<b\\>.\n');
    if (block?.type !== 'paragraph') throw new Error('expected a paragraph');
    expect(plainText(block.content)).toBe('See 45 CFR 164.506(c) and *not* [[Term]] <b>.');
  });

  it('should fail loudly on a signature directive without its table', () => {
    expect(() => blocksFromMarkdown('[[:signatures]]\n\nNo table here.\n')).toThrow(
      /must be followed by a table/,
    );
  });
});
