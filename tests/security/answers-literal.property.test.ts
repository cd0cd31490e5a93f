import fc from 'fast-check';
import MarkdownIt from 'markdown-it';
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import type { AnswersInput } from '../../src/answers/schema.js';
import { loadWriter } from '../../src/writers/index.js';
import { defaultWriteOptions } from '../../src/writers/types.js';
import { renderExample } from '../support/render.js';
import { pdfText } from '../support/pdf-read.js';
// @ts-expect-error: a plain ES module shared with scripts/fuzz.mjs, which has no types
import { MARKUP } from '../../scripts/fuzz-cases.mjs';

// Any string in an answer comes out as that text in every output and position: at the start of a
// list item (a goal), in a table cell (a signatory), in running text and titles (the lead agency)
// and in the Markdown header comment (the revision label). Outputs are read by readers that are
// not ours: markdown-it with raw HTML on (as GitHub renders), mammoth, pdf.js.

/** Pieces that are markup somewhere in Markdown, HTML or the template dialect. */
const hostile = fc.constantFrom(...(MARKUP as string[]));
const word = fc.stringMatching(/^[A-Za-z0-9]{1,6}$/);
/** A hostile answer: never empty after the schema trims it, so it is printed. */
const answer = fc
  .array(fc.oneof(hostile, word), { minLength: 1, maxLength: 8 })
  .map((parts) => `${parts.join('')}Zq`);

/** A revision label fits a page header: the schema allows 40 characters. */
const versionLabel = answer.filter((v) => v.trim().length <= 40);

/** How the text may legitimately differ: line endings and runs of white space read as one space; the typographer's quotes. */
function normalize(text: string): string {
  return text.replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, ' ').trim();
}

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const github = new MarkdownIt({ html: true, linkify: false, typographer: false });

function inject(goal: string, name: string, signer: string, version: string) {
  return (input: AnswersInput) => {
    const program = input.program as { goals: string[] };
    program.goals = [goal, ...program.goals];
    (input.lead_agency as { name: string }).name = name;
    const partner = (input.partners as { signatory: { name: string } }[])[0]!;
    partner.signatory.name = signer;
    input.revisions = [{ version, date: '2026-03-01', summary: 'First draft.' }];
  };
}

async function render(goal: string, name: string, signer: string, version: string) {
  const { packet, markdown } = await renderExample(
    'harlan-county-rural',
    inject(goal, name, signer, version),
    ['co-responder-mou'],
  );
  return { document: packet.documents[0]!.document, markdown: markdown.get('co-responder-mou')! };
}

describe('an answer is text in every output', () => {
  it('should read back literally from the rendered Markdown and from Word', async () => {
    const docx = await loadWriter('docx');
    await fc.assert(
      fc.asyncProperty(answer, answer, answer, versionLabel, async (goal, name, signer, version) => {
        const { document, markdown } = await render(goal, name, signer, version);
        const html = normalize(github.render(markdown).replace(/<\/?(p|li|td|th|tr)>/g, ' '));
        // Contiguous in the HTML: no tag, entity or list marker was made inside the answer.
        for (const value of [goal, name, signer])
          expect(html.includes(escapeHtml(normalize(value))), `${JSON.stringify(value)} in the HTML`).toBe(
            true,
          );
        // The header comment holds the revision label quoted, and ends where the first line does.
        const first = github.parse(markdown, {})[0]!;
        expect(first.type).toBe('html_block');
        expect(first.map).toEqual([0, 1]);
        const label = /· revision ("(?:[^"\\]|\\.)*") ·/.exec(markdown.split('\n')[0]!)?.[1];
        expect(JSON.parse(label!)).toBe(version.trim());
        const words = normalize(
          (
            await mammoth.extractRawText({
              buffer: Buffer.from((await docx(document, defaultWriteOptions)).bytes),
            })
          ).value,
        );
        for (const value of [goal, name, signer])
          expect(words.includes(normalize(value)), `${JSON.stringify(value)} in Word`).toBe(true);
      }),
      { numRuns: 15, seed: 20_2026 },
    );
  });

  it('should read back literally from the PDF', async () => {
    const pdf = await loadWriter('pdf');
    const squash = (text: string) => normalize(text).replace(/\s/g, '');
    await fc.assert(
      fc.asyncProperty(answer, answer, async (goal, signer) => {
        const { document } = await render(goal, 'Harlan County', signer, '2026.2');
        const text = squash(await pdfText((await pdf(document, defaultWriteOptions)).bytes));
        for (const value of [goal, signer])
          expect(text.includes(squash(value)), `${JSON.stringify(value)} in the PDF`).toBe(true);
      }),
      { numRuns: 5, seed: 20_2026 },
    );
  });
});
