import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Block, Inline } from '../../src/ast/types.js';
import { checkDefinedTerms as checkTerms } from '../../src/document/check-defined-terms.js';
import { blocksFromMarkdown } from '../../src/ast/from-markdown.js';
import { renderPacketFromFile } from '../../src/build/render-packet.js';
import { tempDir } from '../support/cli.js';
import { UserError } from '../../src/diagnostics/errors.js';

// The drafting check of defined terms, shown documents that break each of its rules. The
// last one is written in the templates' own Markdown ([[=Term]] defines, [[Term]] uses; see
// templates/README.md) and read by the real reader.
const text = (value: string): Inline => ({ type: 'text', value });
const term = (name: string, defining: boolean): Inline => ({ type: 'definedTerm', term: name, defining });
const paragraph = (...content: Inline[]): Block => ({ type: 'paragraph', content });
const checkDefinedTerms = (blocks: Block[]) => checkTerms(blocks).map((p) => p.message);
const UNUSED = 'is defined but never used, expected each document to define only the terms it uses';

describe('checkDefinedTerms', () => {
  it('should accept a term defined once and used', () => {
    expect(
      checkDefinedTerms([
        paragraph(text('The '), term('Program', true), text(' starts.')),
        paragraph(term('Program', false)),
      ]),
    ).toEqual([]);
  });

  it('should count the term written as plain text as a use, as a whole word only', () => {
    expect(
      checkDefinedTerms([paragraph(term('Program', true)), paragraph(text('the Program ends'))]),
    ).toEqual([]);
    expect(
      checkDefinedTerms([paragraph(term('Program', true)), paragraph(text('the Programme ends'))]),
    ).toEqual([`defined term “Program” ${UNUSED}`]);
  });

  it('should object to a term defined twice', () => {
    expect(
      checkDefinedTerms([
        paragraph(term('Agency', true)),
        paragraph(term('Agency', true)),
        paragraph(term('Agency', false)),
      ]),
    ).toEqual(['defined term “Agency” is defined 2 times, expected once']);
  });

  it('should object to a term defined but never used', () => {
    expect(checkDefinedTerms([paragraph(term('Records', true), text(' means files.'))])).toEqual([
      `defined term “Records” ${UNUSED}`,
    ]);
  });

  it('should object to a term used but never defined', () => {
    expect(checkDefinedTerms([paragraph(text('Under the '), term('Plan', false))])).toEqual([
      'term “Plan” is used as a defined term but never defined',
    ]);
  });

  it('should treat a term with regex characters literally', () => {
    expect(
      checkDefinedTerms([
        paragraph(term('Crisis (988) Line', true)),
        paragraph(text('the Crisis (988) Line')),
      ]),
    ).toEqual([]);
    expect(checkDefinedTerms([paragraph(term('A.B', true)), paragraph(text('the AxB'))])).toEqual([
      `defined term “A.B” ${UNUSED}`,
    ]);
  });

  it('should find terms inside clauses, lists and emphasis', () => {
    const blocks = blocksFromMarkdown(
      '1. Definitions\n\n   - *[[=Coordinator]]* means a person.\n\n2. Duties\n\n   The [[Coordinator]] and the [[Liaison]] meet.\n',
    );
    expect(checkDefinedTerms(blocks)).toEqual(['term “Liaison” is used as a defined term but never defined']);
  });
});

describe('defined terms in a build', () => {
  it('should refuse the build, naming the template and line, when a template uses a term it never defines', async () => {
    const templates = join(tempDir(), 'templates');
    cpSync('tests/fixtures/template-set', templates, { recursive: true });
    const file = join(templates, 'sample-mou', 'template.md.hbs');
    writeFileSync(
      file,
      readFileSync(file, 'utf8').replace('## Term', 'The [[Steering Board]] meets.\n\n## Term'),
    );
    const error = await renderPacketFromFile('tests/fixtures/minimal.yaml', {
      only: [],
      templatesDir: templates,
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserError);
    expect((error as UserError).diagnostics).toContainEqual(
      expect.objectContaining({
        severity: 'error',
        message: 'term “Steering Board” is used as a defined term but never defined',
        file: expect.stringContaining('sample-mou'),
        line: expect.any(Number),
      }),
    );
  });
});
