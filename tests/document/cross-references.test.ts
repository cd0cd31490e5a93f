import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { testMeta } from '../support/document-meta.js';
import { answersSchema } from '../../src/answers/schema.js';
import { blocksFromMarkdown } from '../../src/ast/from-markdown.js';
import { renderPacket } from '../../src/build.js';
import { UserError } from '../../src/diagnostics/errors.js';
import { resolveCrossReferences } from '../../src/document/resolve-cross-references.js';
import { markdownOf } from '../../src/writers/markdown/write-markdown.js';
import { exampleInput, draftOf } from '../support/render.js';
import { tempDir } from '../support/cli.js';
import { part, rawText, write } from '../docx/read-docx.js';

const SOURCE = [
  '# Title',
  '',
  '## [[@first]]First',
  '',
  '1. **One.** See Section [[#second]].',
  '',
  '## Second',
  '',
  '1. [[@second]]**Two.** Back to Section [[#first]].',
  '',
].join('\n');

function documentOf(markdown: string) {
  const blocks = blocksFromMarkdown(markdown);
  const problems = resolveCrossReferences(blocks);
  return { blocks, problems };
}

describe('cross-references', () => {
  it('resolves a reference to the number of the labelled clause', () => {
    const { blocks, problems } = documentOf(SOURCE);
    expect(problems).toEqual([]);
    const md = markdownOf({ meta: testMeta(), blocks });
    expect(md).toContain('See Section 2.1.');
    expect(md).toContain('Back to Section 1.');
  });

  it('follows the clause when a clause is inserted before it', () => {
    const inserted = SOURCE.replace('## Second\n\n', '## Second\n\n1. **Inserted.** New.\n\n');
    const { blocks } = documentOf(inserted);
    expect(markdownOf({ meta: testMeta(), blocks })).toContain('See Section 2.2.');
  });

  it('reports a dangling reference, a label used twice and a label outside a clause', () => {
    expect(documentOf('# T\n\n## A\n\n1. See [[#nowhere]].\n').problems[0]!.message).toContain(
      '`[[#nowhere]]` points at no label',
    );
    expect(documentOf('# T\n\n## [[@x]]A\n\n1. [[@x]]Again.\n').problems[0]!.message).toContain(
      'on two clauses',
    );
    expect(documentOf('# [[@x]]T\n').problems[0]!.message).toContain('not inside a numbered clause');
  });

  it("refuses a label in a paragraph under a clause, which Word's REF field would print as nothing", () => {
    const under = documentOf('# T\n\n## A\n\n[[@x]]Lead text.\n\nSee Section [[#x]].\n');
    expect(under.problems.map((p) => p.message)).toEqual([
      expect.stringContaining("label `x` is in a paragraph under clause 1, not on the clause's own line"),
    ]);
    // On the heading, or inside bold on a numbered item, the same label is fine.
    expect(documentOf('# T\n\n## [[@x]]A\n\nSee Section [[#x]].\n').problems).toEqual([]);
    expect(documentOf('# T\n\n## A\n\n1. **[[@x]]One.** See [[#x]].\n').problems).toEqual([]);
  });

  it('makes a dangling reference a build error naming the template, its line and the label', async () => {
    const dir = join(tempDir(), 'templates');
    mkdirSync(join(dir, 'doc'), { recursive: true });
    mkdirSync(join(dir, 'partials'));
    writeFileSync(
      join(dir, 'doc', 'template.md.hbs'),
      '---\nid: doc\ntitle: Doc\nkind: agreement\nversion: 1.0.0\nsources: [test]\n---\n# Doc\n\n## A\n\n1. See Section [[#missing]].\n',
    );
    const answers = answersSchema.parse(exampleInput('harlan-county-rural'));
    const error = await renderPacket(answers, { only: [], templatesDir: dir }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserError);
    const [diagnostic] = (error as UserError).diagnostics;
    expect(diagnostic).toMatchObject({ severity: 'error', line: 12 });
    expect(diagnostic!.file).toContain('template.md.hbs');
    expect(diagnostic!.message).toContain('[[#missing]]');
  });

  it('writes a Word bookmark on the clause and a REF field to it, with the number as its result', async () => {
    const { blocks } = documentOf(SOURCE);
    const { bytes } = await write({ meta: testMeta(), blocks });
    const xml = part(bytes, 'word/document.xml');
    expect(xml).toMatch(/<w:bookmarkStart w:name="_Ref_second" w:id="\d+"\/>/);
    expect(xml).toMatch(/<w:instrText xml:space="preserve"> REF _Ref_second \\h \\w <\/w:instrText>/);
    // Word ties "Section" to its number with a no-break space (typesetting), as the PDF does.
    expect((await rawText(bytes)).replace(/\u00a0/g, ' ')).toContain('See Section 2.1.');
  });

  it('leaves no typed section number in the information-sharing agreement', async () => {
    const { text } = await draftOf('information-sharing-agreement')('harlan-county-rural');
    expect(text).toContain('Sections 7.6 (records of consent) and 14.2 (accounting of disclosures)');
  });
});
