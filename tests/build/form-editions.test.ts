import { execFileSync } from 'node:child_process';
import { appendFileSync, copyFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync, strFromU8 } from 'fflate';
import mammoth from 'mammoth';
import { parseDocument, stringify } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { plainText } from '../../src/ast/plain-text.js';
import type { Block } from '../../src/ast/types.js';
import { buildPacket, type BuildResult } from '../../src/build.js';
import { ExitCode, UserError } from '../../src/diagnostics/errors.js';
import { counselSheetId } from '../../src/document/assemble-document.js';
import { hasCommand } from '../pdf/helpers.js';
import { tempDir } from '../support/cli.js';
import { EXAMPLES, renderedExample } from '../support/render.js';

// A form is handed to the person who signs it (or, for the Part 2 notice, sent with a disclosure):
// its draft notice, drafter's notes and open items go into a second file, the counsel sheet. These
// tests build the forms of each example and read both files back with readers that are not ours:
// poppler (pdfinfo, pdftotext) for PDF, mammoth and fflate for Word.

const FORMS = ['consent-to-release', 'consent-to-release-es', 'part2-disclosure-notice'];
const readers = hasCommand('pdftotext') && hasCommand('pdfinfo');

/** Text without white space, so line breaks and page layout do not matter. */
const squash = (text: string) => text.replace(/\s+/g, '');

function pdfPages(file: string): number {
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  return Number(/Pages:\s+(\d+)/.exec(info)?.[1]);
}

/** One page's text as pdftotext reads it (page numbers from 1). */
function pdfPage(file: string, page: number): string {
  return execFileSync('pdftotext', ['-f', String(page), '-l', String(page), '-layout', file, '-'], {
    encoding: 'utf8',
  });
}

function pdfText(file: string): string {
  return execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' });
}

async function wordText(file: string): Promise<string> {
  const { value, messages } = await mammoth.extractRawText({ path: file });
  expect(messages, file).toEqual([]);
  return value;
}

/** A part of a .docx, by its path in the zip. */
function docxPart(file: string, part: string): string {
  const entry = unzipSync(new Uint8Array(readFileSync(file)))[part];
  if (!entry) throw new Error(`${file} has no ${part}`);
  return strFromU8(entry);
}

/** The text of each drafter's note of a document's blocks, at any depth. */
function notesOf(blocks: readonly Block[]): string[] {
  return blocks.flatMap((b) => {
    if (b.type === 'drafterNote') return [plainText(b.content)];
    if (b.type === 'clause') return notesOf(b.children);
    if (b.type === 'list') return b.items.flatMap(notesOf);
    return [];
  });
}

/**
 * The first words of the last block that has text (a paragraph, a clause's or a boxed notice's
 * last one), before any fill-in line: the PDF draws those as rules, not underscores.
 */
function lastWords(blocks: readonly Block[]): string {
  const last = blocks.at(-1);
  if (last?.type === 'clause' && last.children.length > 0) return lastWords(last.children);
  if (last?.type === 'notice') return lastWords(last.content);
  if (last?.type === 'paragraph') return squash(plainText(last.content)).replace(/_.*$/, '').slice(0, 24);
  throw new Error(`the form ends with a ${last?.type ?? 'nothing'}, expected a paragraph`);
}

/** What the form and its sheet must each hold: from the rendered (unsplit) template. */
interface Expected {
  id: string;
  sheet: string;
  /** The opening words of the form's last block: the form's last page holds them. */
  lastWords: string;
  notes: string[];
  openLabels: string[];
}

describe.each(EXAMPLES)('the %s forms and their counsel sheets, read back', (example) => {
  const out = tempDir();
  let result: BuildResult;
  const expected: Expected[] = [];
  const file = (id: string, extension: string) => {
    const name = result.written.find((w) => w.endsWith(`-${id}.${extension}`));
    if (!name) throw new Error(`no ${id}.${extension} written`);
    return join(out, name);
  };

  beforeAll(async () => {
    result = await buildPacket({
      answersFile: `examples/${example}.yaml`,
      outDir: out,
      formats: ['pdf', 'docx'],
      only: FORMS,
      singleThread: true,
    });
    const { packet } = await renderedExample(example);
    for (const d of packet.documents.filter((d) => FORMS.includes(d.template.meta.id))) {
      expected.push({
        id: d.template.meta.id,
        sheet: counselSheetId(d.template.meta.id),
        lastWords: lastWords(d.document.blocks),
        notes: notesOf(d.counselSheet!.blocks),
        openLabels: d.openItems.map((o) => o.label),
      });
    }
    expect(expected.map((e) => e.id)).toContain('consent-to-release');
  });

  it('writes each form and its counsel sheet as two files, both in the manifest under the form’s template', () => {
    for (const { id, sheet } of expected) {
      for (const extension of ['pdf', 'docx']) {
        const entries = result.manifest.outputs.filter(
          (o) => o.file.endsWith(`-${id}.${extension}`) || o.file.endsWith(`-${sheet}.${extension}`),
        );
        expect(
          entries.map((o) => o.template),
          `${id}.${extension}`,
        ).toEqual([id, id]);
        for (const entry of entries) expect(existsSync(join(out, entry.file)), entry.file).toBe(true);
      }
    }
  });

  it.skipIf(!readers)(
    'keeps the draft notice, drafter’s notes and open items off the form, and puts them on the sheet',
    async () => {
      for (const { id, sheet, notes, openLabels } of expected) {
        for (const [extension, read] of [
          ['pdf', async (f: string) => pdfText(f)],
          ['docx', wordText],
        ] as const) {
          const form = squash(await read(file(id, extension)));
          const counsel = squash(await read(file(sheet, extension)));
          expect(form, `${id}.${extension}`).not.toContain('DRAFTFORREVIEW');
          expect(counsel, `${sheet}.${extension}`).toContain('DRAFTFORREVIEW');
          expect(notes.length, id).toBeGreaterThan(0);
          for (const note of notes) {
            // The note's opening words, past its "Drafter's note:" label.
            const words = squash(note).slice(0, 60);
            expect(form, `${id}.${extension}: a drafter's note`).not.toContain(words);
            expect(counsel, `${sheet}.${extension}: a drafter's note`).toContain(words);
          }
          expect(form, `${id}.${extension}`).not.toContain('OpenItems');
          expect(counsel.includes('OpenItems'), `${sheet}.${extension}`).toBe(openLabels.length > 0);
          for (const label of openLabels) {
            expect(form, `${id}.${extension}: open item ${label}`).not.toContain(squash(label));
            expect(counsel, `${sheet}.${extension}: open item ${label}`).toContain(squash(label));
          }
        }
      }
    },
  );

  it.skipIf(!readers)('numbers the form’s pages by the form alone, and the sheet’s from 1', () => {
    for (const { id, sheet, lastWords } of expected) {
      const form = file(id, 'pdf');
      const pages = pdfPages(form);
      // The last page counted is the form's own last page, not a sheet after it.
      expect(squash(pdfPage(form, pages)), id).toContain(lastWords);
      expect(pdfPage(form, 1), id).toContain(`Page 1 of ${pages}`);
      expect(pdfPage(form, pages), id).toContain(`Page ${pages} of ${pages}`);
      const counsel = file(sheet, 'pdf');
      expect(pdfPage(counsel, 1), sheet).toContain(`Page 1 of ${pdfPages(counsel)}`);
      // In Word the numbers are fields Word fills in: the form holds no forced page break before
      // a sheet, and its footer counts NUMPAGES of its own file.
      const body = docxPart(file(id, 'docx'), 'word/document.xml');
      expect(body, `${id}.docx`).not.toContain('w:type="page"');
      expect(docxPart(file(id, 'docx'), 'word/footer1.xml'), `${id}.docx`).toContain('NUMPAGES');
    }
  });

  it.skipIf(!readers)('marks every page of the form DRAFT while an open item remains', () => {
    const open = expected.filter((e) => e.openLabels.length > 0);
    expect(open.length).toBeGreaterThan(0);
    for (const { id } of open) {
      const form = file(id, 'pdf');
      for (let page = 1; page <= pdfPages(form); page++)
        expect(pdfPage(form, page).split('\n').slice(0, 3).join(' '), `${id} page ${page}`).toContain(
          'DRAFT',
        );
      expect(docxPart(file(id, 'docx'), 'word/header1.xml'), `${id}.docx`).toContain('>DRAFT<');
    }
  });
});

describe('a counsel sheet under hand-edit protection', () => {
  const build = (answersFile: string, outDir: string) =>
    buildPacket({ answersFile, outDir, formats: ['md'], only: FORMS, singleThread: true });

  it('refuses to overwrite a counsel sheet edited by hand, naming it', async () => {
    const out = tempDir();
    await build('examples/harlan-county-rural.yaml', out);
    const sheet = join(out, 'harlan-county-consent-to-release-counsel-sheet.md');
    appendFileSync(sheet, '\nCounsel: checked with the program.\n');
    const error = await build('examples/harlan-county-rural.yaml', out).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserError);
    expect((error as UserError).exitCode).toBe(ExitCode.conflict);
    expect((error as UserError).diagnostics.map((d) => d.file)).toEqual([sheet]);
    expect(readFileSync(sheet, 'utf8')).toContain('Counsel: checked with the program.');
  });

  it('removes both the form and its sheet when the form no longer applies', async () => {
    const dir = tempDir();
    const answersFile = join(dir, 'harlan-county-rural.yaml');
    copyFileSync('examples/harlan-county-rural.yaml', answersFile);
    const out = join(dir, 'drafts');
    await build(answersFile, out);
    const spanish = ['consent-to-release-es', 'consent-to-release-es-counsel-sheet'].map((id) =>
      join(out, `harlan-county-${id}.md`),
    );
    for (const f of spanish) expect(existsSync(f), f).toBe(true);
    const input = parseDocument(readFileSync(answersFile, 'utf8')).toJS() as {
      consent?: Record<string, unknown>;
    };
    input.consent = { ...input.consent, languages: [] };
    writeFileSync(answersFile, stringify(input));
    const again = await build(answersFile, out);
    expect(again.removed.sort()).toEqual(spanish.map((f) => f.slice(out.length + 1)).sort());
    for (const f of spanish) expect(existsSync(f), f).toBe(false);
  });
});
