import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../support/cli.js';
import {
  fillInFaults,
  FEWEST_LINES,
  pageFaults,
  pagesOfLayoutText,
  placedTexts,
  type PlacedText,
} from './form-checks.js';
import { hasCommand } from './helpers.js';
import { writePdf } from '../../src/writers/pdf/write-pdf.js';
import { defaultWriteOptions } from '../../src/writers/types.js';
import { EXAMPLES, renderExample } from '../support/render.js';

interface Word {
  text: string;
  x: number;
  y: number;
  page: number;
}

/** The consent form's text runs as pdf.js reads them, with their positions (y up from the page foot). */
async function formWords(example: string): Promise<{ words: Word[]; pages: number }> {
  const { packet } = await renderExample(example, () => {}, ['consent-to-release']);
  const doc = packet.documents.find((d) => d.template.meta.id === 'consent-to-release')!.document;
  const bytes = (await writePdf(doc, defaultWriteOptions)).bytes;
  const pdf = await getDocument({ data: bytes.slice(), verbosity: 0 }).promise;
  const words: Word[] = [];
  for (let n = 1; n <= pdf.numPages; n++) {
    const content = await (await pdf.getPage(n)).getTextContent();
    for (const item of content.items)
      if ('str' in item && item.str.trim())
        words.push({
          text: item.str,
          x: item.transform[4] as number,
          y: item.transform[5] as number,
          page: n,
        });
  }
  return { words, pages: pdf.numPages };
}

const find = (words: Word[], start: string) => {
  const found = words.find((w) => w.text.startsWith(start));
  if (!found) throw new Error(`no text run starting “${start}”`);
  return found;
};

describe('the consent form’s layout, read back by pdf.js', () => {
  it('fits the Harlan form on two pages, its notes for counsel in a file of their own', async () => {
    const { words, pages } = await formWords('harlan-county-rural');
    expect(pages).toBe(2);
    // Nothing of the draft's notices or open blanks is on the pages the person reads.
    const form = words.map((w) => w.text).join(' ');
    expect(form).toContain('Page 2 of 2');
    for (const drafting of ['DRAFT FOR REVIEW', 'Drafter’s note', 'Open Items', 'For Counsel', '['])
      expect(form).not.toContain(drafting);
  });

  it('sets short checkbox choices in two columns, read across', async () => {
    const { words } = await formWords('harlan-county-rural');
    const first = find(words, 'that I am or was a patient');
    const second = find(words, 'my diagnosis');
    expect(Math.abs(first.y - second.y)).toBeLessThan(1);
    expect(second.x).toBeGreaterThan(first.x + 150);
  });

  it('hangs a long choice under its text, not under its box', async () => {
    const { words } = await formWords('harlan-county-rural');
    const opening = find(words, 'Yes. High Desert');
    const box = words.filter(
      (w) => w.page === opening.page && Math.abs(w.y - opening.y) < 1 && w.x < opening.x,
    );
    const next = words
      .filter((w) => w.page === opening.page && w.y < opening.y - 1)
      .sort((a, b) => b.y - a.y || a.x - b.x)[0]!;
    expect(box.map((w) => w.text.trim())).toContain('\u2610');
    expect(Math.abs(next.x - opening.x)).toBeLessThan(1);
  });

  it('keeps each label on the line of the one beside it, and leaves no page with a single line', async () => {
    const { words, pages } = await formWords('harlan-county-rural');
    const name = find(words, 'Your name:');
    const birth = find(words, 'Date of birth:');
    expect([birth.page, Math.round(birth.y)]).toEqual([name.page, Math.round(name.y)]);
    for (let page = 1; page <= pages; page++) {
      // Header and footer are page furniture: the body lies between them.
      const lines = new Set(
        words.filter((w) => w.page === page && w.y > 50 && w.y < 750).map((w) => Math.round(w.y)),
      );
      expect(lines.size, `page ${page}`).toBeGreaterThan(3);
    }
  });

  it('sets the California form in type of at least 14 points (Civ. Code § 56.11)', async () => {
    const { packet } = await renderExample('riverbend-city', () => {}, ['consent-to-release']);
    const doc = packet.documents.find((d) => d.template.meta.id === 'consent-to-release')!.document;
    const bytes = (await writePdf(doc, defaultWriteOptions)).bytes;
    const pdf = await getDocument({ data: bytes.slice(), verbosity: 0 }).promise;
    const content = await (await pdf.getPage(1)).getTextContent();
    const sizeOf = (start: string) => {
      const item = content.items.find((i) => 'str' in i && i.str.startsWith(start));
      return item && 'transform' in item
        ? Math.hypot(item.transform[2] as number, item.transform[3] as number)
        : 0;
    };
    expect(sizeOf('You choose who may share')).toBeGreaterThanOrEqual(14);
  });
});

/** Each consent form of an example (English, Spanish) as `pdftotext -layout` reads its PDF. */
async function formTexts(example: string): Promise<Map<string, string>> {
  const ids = ['consent-to-release', 'consent-to-release-es'];
  const { packet } = await renderExample(example, () => {}, ids);
  const dir = tempDir();
  const texts = new Map<string, string>();
  for (const { document } of packet.documents.filter((d) => ids.includes(d.template.meta.id))) {
    const file = join(dir, `${document.meta.id}.pdf`);
    writeFileSync(file, (await writePdf(document, defaultWriteOptions)).bytes);
    texts.set(document.meta.id, execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }));
  }
  return texts;
}

describe.runIf(hasCommand('pdftotext'))('fill-in rows, read back by pdftotext', () => {
  it.each(EXAMPLES)(
    'keeps every row of fill-in lines whole and each label with its line (%s)',
    async (example) => {
      const texts = await formTexts(example);
      expect([...texts.keys()].length).toBeGreaterThan(0);
      for (const [id, text] of texts) {
        expect(fillInFaults(pagesOfLayoutText(text)), id).toEqual([]);
        // The staff row is one line, its last label on it.
        expect(text, id).toMatch(/(Staff name|Nombre del empleado):\s+(Date|Fecha):/);
      }
    },
  );

  it('objects to the rows as the forms were set before: "Date:" alone, "…date or / event:", "☐ health / care agent"', () => {
    const before = (name: string) =>
      fillInFaults(
        pagesOfLayoutText(
          readFileSync(new URL(`fixtures/forms-before/${name}.txt`, import.meta.url), 'utf8'),
        ),
      );
    expect(before('riverbend-consent')).toEqual([
      expect.objectContaining({
        page: 2,
        fault: 'a label split from its fill-in line',
        line: expect.stringContaining('date or / event:'),
      }),
      expect.objectContaining({
        page: 3,
        fault: 'a checkbox choice split across lines',
        line: expect.stringContaining('health / care agent'),
      }),
      expect.objectContaining({
        page: 3,
        fault: 'a checkbox choice split across lines',
        line: expect.stringContaining('seemed / able'),
      }),
      expect.objectContaining({
        page: 3,
        fault: 'a field wrapped alone below its row',
        line: expect.stringMatching(/Staff name: \/ Date:$/),
      }),
    ]);
    expect(before('harlan-consent-es').map((f) => f.fault)).toContain('a field wrapped alone below its row');
    expect(before('riverbend-consent-es').some((f) => f.line.includes('Nombre del / empleado:'))).toBe(true);
  });
});

describe.runIf(hasCommand('pdftotext'))('every form of every example, page by page', () => {
  it.each(EXAMPLES)(
    'holds no page of a stray line or two, no label split from its line, every choice hung under its text (%s)',
    async (example) => {
      const { packet } = await renderExample(example);
      const forms = packet.documents.filter((d) => d.document.meta.kind === 'form');
      expect(forms.length).toBeGreaterThanOrEqual(2);
      const dir = tempDir();
      const seen = { runOnChoices: 0 };
      for (const { document } of forms) {
        const bytes = (await writePdf(document, defaultWriteOptions)).bytes;
        const file = join(dir, `${document.meta.id}.pdf`);
        writeFileSync(file, bytes);
        const layoutText = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
        const faults = [
          ...pageFaults(await placedTexts(bytes), seen),
          ...fillInFaults(pagesOfLayoutText(layoutText)),
        ];
        expect(faults, document.meta.id).toEqual([]);
      }
      // Some choice runs on to a second line in each example's forms: the indent check had work to do.
      expect(seen.runOnChoices).toBeGreaterThan(0);
    },
  );

  const at = (text: string, x: number, y: number, width = 8): PlacedText => ({ text, x, y, width, size: 10 });
  const fullPage = (from: number) =>
    Array.from({ length: FEWEST_LINES }, (_, i) => at('Some words', 36, from - 12 * i, 60));

  it('objects to a page holding one line, and to a checkbox choice that runs on under its box', () => {
    expect(pageFaults([fullPage(700), [at('Form version 2026.2.', 36, 740, 90)]])).toEqual([
      { page: 2, line: 'Form version 2026.2.', fault: 'a page holding 1 line' },
    ]);
    const choice = [
      at('\u2610', 38, 600),
      at('High Desert Recovery & Wellness Center, but not its', 52, 600, 400),
    ];
    const runOn = [...fullPage(700), ...choice, at('records of help for alcohol or drug use', 36, 588, 200)];
    expect(pageFaults([runOn])).toEqual([
      expect.objectContaining({ page: 1, fault: 'a checkbox choice not hung under its text' }),
    ]);
    // Hung under its text, or the next choice or paragraph after a gap: no fault.
    const hung = [...fullPage(700), ...choice, at('records of help for alcohol or drug use', 52, 588, 200)];
    const nextChoice = [...fullPage(700), ...choice, at('\u2610', 38, 587), at('Harlan County', 52, 587, 60)];
    const paragraph = [...fullPage(700), ...choice, at('They may share them with:', 36, 584, 100)];
    for (const page of [hung, nextChoice, paragraph]) expect(pageFaults([page])).toEqual([]);
    // A box inside a sentence ("…: ☐ parent ☐ guardian") is no list: only a space follows it.
    const inline = [
      ...fullPage(700),
      at('\u2610', 38, 600),
      at('parent', 49, 600, 30),
      at('care agent', 36, 588, 50),
    ];
    expect(pageFaults([inline])).toEqual([]);
  });
});
