import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Block, Document } from '../../src/ast/types.js';
import type { Page } from '../../src/writers/pdf/layout-types.js';
import { writePdf } from '../../src/writers/pdf/write-pdf.js';
import { defaultWriteOptions } from '../../src/writers/types.js';
import { docWith, hasCommand, layoutOf, oneLiner, text } from './helpers.js';
import { popplerTaggedText, walkMarkedContent } from './tagged-readers.js';

const dir = mkdtempSync(join(tmpdir(), 'pmhc-sigpage-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const party = {
  organization: [text('Riverbend Police Department')],
  name: [text('Dana Whitfield')],
  title: [text('Chief')],
};
const signatures: Block = { type: 'signatureBlock', parties: [party, party, party, party] };
const leadIn: Block = { type: 'paragraph', content: [text('The Parties sign below.')] };

/** `count` one-line paragraphs, the lead-in and the signatures. */
const agreement = (count: number) => docWith([...Array<Block>(count).fill(oneLiner), leadIn, signatures]);
const caption = (page: Page) => page.lines.flatMap((line) => line.runs.map((run) => run.text)).join(' ');
/** The fewest filler paragraphs (from 20) at which `make`'s signatures move to a page of their own. */
const firstPushed = (make: (count: number) => Document) => {
  let count = 20;
  while (!layoutOf(make(count)).pages.some((page) => caption(page).includes('[Signature page follows]')))
    count++;
  return make(count);
};

describe('a signature page of its own', () => {
  it('should end the page before it "[Signature page follows]" when the block and its lead-in move on', () => {
    let pushed = 0;
    let together = 0;
    for (let count = 20; count < 36; count++) {
      const layout = layoutOf(agreement(count));
      const body = (page: (typeof layout.pages)[0]) =>
        page.lines.filter((line) => line.path.startsWith('blocks['));
      const signing = layout.pages.findIndex((page) =>
        page.lines.some((line) => line.path.startsWith(`blocks[${count + 1}].`)),
      );
      // The page of the signatures opens with their lead-in: the two moved there together.
      const movedOn = signing > 0 && body(layout.pages[signing]!)[0]?.path === `blocks[${count}].content`;
      const captioned = layout.pages.map((page) => caption(page).includes('[Signature page follows]'));
      if (movedOn) {
        pushed++;
        expect(captioned, `${count} paragraphs`).toEqual(layout.pages.map((_, i) => i === signing - 1));
      } else {
        together++;
        expect(captioned.some(Boolean), `${count} paragraphs`).toBe(false);
      }
    }
    // Both cases were seen.
    expect(pushed).toBeGreaterThan(0);
    expect(together).toBeGreaterThan(0);
  });

  it('should caption the page the signatures moved to "[Signature page to <title>]", and no other', () => {
    const title = `[Signature page to ${docWith([]).meta.shortTitle ?? docWith([]).meta.title}]`;
    let seen = 0;
    let followed = 0;
    for (let count = 20; count < 36; count++) {
      const layout = layoutOf(agreement(count));
      const moved = layout.pages.map(
        (page, i) => i > 0 && caption(layout.pages[i - 1]!).includes('[Signature page follows]'),
      );
      const captioned = layout.pages.map((page) => caption(page).includes(title));
      expect(captioned, `${count} paragraphs`).toEqual(moved);
      if (moved.some(Boolean)) seen++;
      // Text after the signatures (a revision history) makes it a page of the document again.
      const after = layoutOf(docWith([...agreement(count).blocks, oneLiner]));
      const last = after.pages.findIndex((page) =>
        page.lines.some((l) => l.path.startsWith(`blocks[${count + 2}]`)),
      );
      if (after.pages[last]?.lines.some((l) => l.path.startsWith(`blocks[${count + 1}]`))) {
        followed++;
        expect(caption(after.pages[last]!), `${count} paragraphs and one after`).not.toContain(title);
      }
    }
    expect(seen).toBeGreaterThan(0);
    expect(followed).toBeGreaterThan(0);
  });

  it.skipIf(!hasCommand('pdftotext'))(
    'should move a whole authority list with the signatures it introduces, not its last item alone',
    async () => {
      const authority: Block = {
        type: 'paragraph',
        content: [text('Each person signing represents their authority, as follows:')],
      };
      const item = (name: string): Block[] => [
        { type: 'paragraph', content: [text(`${name}: by resolution.`)] },
      ];
      const list: Block = { type: 'list', ordered: false, items: ['Alder', 'Birch', 'Cedar'].map(item) };
      const listed = (count: number) =>
        docWith([...Array<Block>(count).fill(oneLiner), authority, list, signatures]);
      const file = join(dir, 'listed.pdf');
      writeFileSync(file, (await writePdf(firstPushed(listed), defaultWriteOptions)).bytes);
      const pages = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).split('\f');
      const signing = pages.findIndex((page) => page.includes('Dana Whitfield'));
      expect(pages[signing - 1]).toContain('[Signature page follows]');
      // The page that says the signatures follow holds none of the list; theirs holds all of it.
      for (const name of ['Alder', 'Birch', 'Cedar']) {
        expect(pages[signing - 1], name).not.toContain(`${name}: by resolution.`);
        expect(pages[signing], name).toContain(`${name}: by resolution.`);
      }
      expect(pages[signing]).toContain('as follows:');
    },
  );

  it.skipIf(!hasCommand('pdfinfo') || !hasCommand('qpdf'))(
    'should print the caption as page furniture (an artifact), not as text of the agreement',
    async () => {
      const file = join(dir, 'agreement.pdf');
      writeFileSync(file, (await writePdf(firstPushed(agreement), defaultWriteOptions)).bytes);
      expect(popplerTaggedText(file).text).not.toContain('Signature page follows');
      expect(popplerTaggedText(file).text).not.toContain('Signature page to');
      expect(execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' })).toContain('[Signature page to');
      expect(await walkMarkedContent(file)).toEqual([]);
    },
  );
});
