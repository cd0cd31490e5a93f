import { describe, expect, it } from 'vitest';
import type { Block, Document } from '../../src/ast/types.js';
import { renumberIds } from '../../src/writers/docx/renumber-ids.js';
import { loadWriter } from '../../src/writers/index.js';
import { defaultWriteOptions } from '../../src/writers/types.js';
import { sampleDocument } from '../fixtures/sample-document.js';
import { part, parts, rawText, textOf, write } from './read-docx.js';

const withBlocks = (blocks: Block[]): Document => ({ ...sampleDocument(), blocks });
const t = (value: string) => ({ type: 'text' as const, value });

describe('docx edge cases', () => {
  it('should be the writer the registry loads for docx', async () => {
    const writer = await loadWriter('docx');
    const viaRegistry = await writer(sampleDocument(), defaultWriteOptions);
    expect(Buffer.from(viaRegistry.bytes).equals(Buffer.from((await write(sampleDocument())).bytes))).toBe(
      true,
    );
  });

  it('should fail loudly on an unknown node type', async () => {
    const doc = withBlocks([{ type: 'sidebar' } as unknown as Block]);
    await expect(write(doc)).rejects.toThrow('Cannot handle unknown node `sidebar`');
  });

  it('should refuse a timestamp that is not a date, rather than read the clock', async () => {
    const doc = { ...sampleDocument(), meta: { ...sampleDocument().meta, timestamp: 'yesterday' } };
    await expect(write(doc)).rejects.toThrow('Cannot read meta.timestamp `yesterday`');
  });

  it('should replace characters XML cannot hold and warn, so Word still opens the file', async () => {
    const { bytes, warnings } = await write(
      withBlocks([{ type: 'paragraph', content: [t('bell\u0007here')] }]),
    );
    expect(await rawText(bytes)).toContain('bell\uFFFDhere');
    expect(warnings).toEqual(['docx: replaced U+0007, which a Word file cannot hold, with U+FFFD']);
  });

  it('should keep emoji, CJK and right-to-left text', async () => {
    const value = 'Zoë 🙂 李小龍 שלום';
    const { bytes, warnings } = await write(withBlocks([{ type: 'paragraph', content: [t(value)] }]));
    expect(await rawText(bytes)).toContain(value);
    expect(warnings).toEqual([]);
  });

  it('should restart each ordered list at (a)', async () => {
    const list: Block = { type: 'list', ordered: true, items: [[{ type: 'paragraph', content: [t('x')] }]] };
    const body = part((await write(withBlocks([list, list]))).bytes, 'word/document.xml');
    const numIds = [...body.matchAll(/<w:numId w:val="(\d+)"\/>/g)].map((m) => m[1]);
    expect(numIds).toHaveLength(2);
    expect(numIds[0]).not.toBe(numIds[1]);
  });

  it('should turn a line break and a newline in text into w:br', async () => {
    const body = part(
      (await write(withBlocks([{ type: 'paragraph', content: [t('a\nb'), { type: 'lineBreak' }, t('c')] }])))
        .bytes,
      'word/document.xml',
    );
    expect(body.match(/<w:br\/>/g)).toHaveLength(2);
  });

  it('should lay out three parties as two rows, the last with an empty cell', async () => {
    const party = { organization: [t('Org')], name: [t('N')], title: [t('T')] };
    const body = part(
      (await write(withBlocks([{ type: 'signatureBlock', parties: [party, party, party] }]))).bytes,
      'word/document.xml',
    );
    expect(body.match(/<w:tr>/g)).toHaveLength(2);
    expect(body.match(/Org<\/w:t>/g)).toHaveLength(3);
  });

  it('should escape markup characters in the title wherever it goes', async () => {
    const base = sampleDocument();
    const doc = { ...base, meta: { ...base.meta, title: 'Peña & Ó Briain <MOU> "{{x}}"' } };
    const all = parts((await write(doc)).bytes);
    expect(all['docProps/core.xml']).toContain(
      '<dc:title>Peña &amp; Ó Briain &lt;MOU&gt; &quot;{{x}}&quot;</dc:title>',
    );
    const header = Object.entries(all).find(([name]) => name.startsWith('word/header'))?.[1] ?? '';
    expect(textOf(header)).toContain('Peña & Ó Briain <MOU> "{{x}}"');
  });

  it('should number lines in the margin when asked, and not otherwise', async () => {
    const on = part((await write(sampleDocument(), { lineNumbers: true })).bytes, 'word/document.xml');
    const off = part((await write(sampleDocument())).bytes, 'word/document.xml');
    expect(on).toMatch(/<w:lnNumType [^>]*w:countBy="1"/);
    expect(off).not.toContain('<w:lnNumType');
  });

  it('should warn when a clause number in the AST differs from the one Word will compute', async () => {
    const clause = (level: 1 | 2 | 3, number: string): Block => ({
      type: 'clause',
      level,
      number,
      content: [t('x')],
      children: [],
    });
    const good = await write(
      withBlocks([clause(1, '1'), clause(2, '1.1'), clause(2, '1.2'), clause(1, '2'), clause(2, '2.1')]),
    );
    expect(good.warnings).toEqual([]);
    const bad = await write(withBlocks([clause(1, '1'), clause(2, '1.1'), clause(1, '1')]));
    expect(bad.warnings).toEqual(['docx: clause `1` will be numbered `2` by Word; check the clause order']);
    const skipped = await write(withBlocks([clause(1, '1'), clause(3, '1.1.1')]));
    expect(skipped.warnings).toEqual([
      'docx: clause `1.1.1` will be numbered `1.0.1` by Word; check the clause order',
    ]);
  });

  it('should write the sample document without warnings', async () => {
    expect((await write(sampleDocument())).warnings).toEqual([]);
  });

  it('should renumber bookmark ids and _Toc names by first appearance', () => {
    const xml =
      '<w:bookmarkStart w:id="7" w:name="_Toc42"/><w:bookmarkEnd w:id="7"/>' +
      '<w:bookmarkStart w:id="3" w:name="_Toc9"/><w:bookmarkEnd w:id="3"/><w:instrText>PAGEREF _Toc42</w:instrText>';
    expect(renumberIds(xml)).toBe(
      '<w:bookmarkStart w:id="0" w:name="_Toc000000001"/><w:bookmarkEnd w:id="0"/>' +
        '<w:bookmarkStart w:id="1" w:name="_Toc000000002"/><w:bookmarkEnd w:id="1"/><w:instrText>PAGEREF _Toc000000001</w:instrText>',
    );
  });
});
