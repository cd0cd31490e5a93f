import { describe, expect, it } from 'vitest';
import type { Block, Clause, Document } from '../../src/ast/types.js';
import { clauseIds } from '../../src/document/clause-ids.js';
import { markdownOf } from '../../src/writers/markdown/write-markdown.js';
import { sampleDocument } from '../fixtures/sample-document.js';
import { paragraphs, part, write } from './read-docx.js';

const text = (value: string) => ({ type: 'text' as const, value });
const clause = (level: 1 | 2, number: string, words: string, lead?: string): Clause => ({
  type: 'clause',
  level,
  number,
  content: lead ? [{ type: 'strong', content: [text(`${lead}.`)] }, text(` ${words}`)] : [text(words)],
  children: [],
});

function docOf(blocks: Block[]): Document {
  return {
    ...sampleDocument(),
    blocks: [{ type: 'heading', level: 1, content: [text('Title')] }, ...blocks],
  };
}

/** Each paragraph's clause bookmarks and its text, read from document.xml (not our own model). */
async function bookmarkedParagraphs(doc: Document): Promise<{ names: string[]; text: string }[]> {
  const xml = part((await write(doc)).bytes, 'word/document.xml');
  return paragraphs(xml)
    .map((p) => ({
      names: [...p.matchAll(/<w:bookmarkStart w:name="(_Clause_[^"]*)"/g)].map((m) => m[1]!),
      text: [...p.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)]
        .map((m) => m[1])
        .join('')
        .replace(/\u00a0/g, ' '),
    }))
    .filter((p) => p.names.length > 0);
}

describe('clause ids in the .docx and the Markdown', () => {
  const blocks = (): Block[] => [
    clause(1, '1', 'Term and Termination'),
    clause(2, '1.1', 'A Party may withdraw on notice.', 'Withdrawal'),
    clause(2, '1.2', 'Each Party keeps its records.'),
  ];

  it('should put a hidden bookmark named from its id in each clause’s own paragraph', async () => {
    expect(await bookmarkedParagraphs(docOf(blocks()))).toEqual([
      { names: ['_Clause_term_and_termination'], text: 'Term and Termination' },
      {
        names: ['_Clause_term_and_termination__withdrawal'],
        text: 'Withdrawal. A Party may withdraw on notice.',
      },
      { names: ['_Clause_term_and_termination__p1'], text: 'Each Party keeps its records.' },
    ]);
  });

  it('should keep a clause’s bookmark and comment when a clause before it comes, so its number changes', async () => {
    const later = blocks();
    const earlier = [
      clause(1, '1', 'Purpose'),
      ...later.map((b) => ({ ...(b as Clause), number: `2${(b as Clause).number.slice(1)}` })),
    ];
    const names = async (doc: Document) => (await bookmarkedParagraphs(doc)).map((p) => p.names[0]);
    expect((await names(docOf(earlier))).slice(1)).toEqual(await names(docOf(later)));
    const md = markdownOf(docOf(earlier));
    expect(md).toContain(
      '**2.1** **Withdrawal.** A Party may withdraw on notice. <!-- clause term-and-termination/withdrawal -->',
    );
    expect(md).toMatch(/^## 1\. Purpose <!-- clause purpose -->$/m);
  });

  it('should give a long id a name Word keeps (40 characters at most) and two long ids different names', async () => {
    const long = 'Obligations of the Parties Regarding Records';
    const doc = docOf([
      clause(1, '1', long),
      clause(2, '1.1', 'x', 'Retention of records made during a joint response'),
      clause(2, '1.2', 'y', 'Retention of records made during a joint response review'),
    ]);
    const names = (await bookmarkedParagraphs(doc)).flatMap((p) => p.names);
    expect(names).toHaveLength(3);
    expect(new Set(names).size).toBe(3);
    for (const name of names) expect(name).toMatch(/^_[A-Za-z0-9_]{1,39}$/);
    // The clause's own words stay readable before the hash.
    expect(names[1]).toMatch(/^_Clause_retention_of_records_[a-z_]+_[0-9a-z]{7}$/);
  });

  it('should quote an id that could end the comment (a hand-edited overrides key)', () => {
    const keyed = { ...clause(1, '1', 'Term'), key: 'x --> <b>' };
    const md = markdownOf(docOf([keyed]));
    expect(md).toContain('## 1. Term <!-- clause "x \\u002d-\\u003e \\u003cb\\u003e" -->');
    expect(md).not.toMatch(/x -->/);
  });

  it('should write in the Markdown the same ids the overrides file keys clauses by', () => {
    const doc = docOf(blocks());
    const written = [...markdownOf(doc).matchAll(/<!-- clause (\S+) -->/g)].map((m) => m[1]);
    expect(written).toEqual([...clauseIds(doc.blocks).values()]);
  });
});
