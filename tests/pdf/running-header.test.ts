import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Document } from '../../src/ast/types.js';
import { writeDocx } from '../../src/writers/docx/write-docx.js';
import { runningHeader } from '../../src/writers/running-header.js';
import { defaultWriteOptions } from '../../src/writers/types.js';
import { sampleDocument } from '../fixtures/sample-document.js';
import { libreOfficePages } from '../support/libreoffice-pages.js';
import { hasCommand, layoutOf, oneLiner } from './helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'pmhc-header-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const longTitle =
  'General Order: Call-Taking and Dispatch Protocol for Behavioral-Health Calls Received through 911 and 988 Alike';
// The attack review's label: 102 characters.
const longRevision = `2026.2-${'amended-after-the-steering-committee-review-'.repeat(3)}`.slice(0, 102);

function docWithMeta(meta: Partial<Document['meta']>): Document {
  const sample = sampleDocument();
  return { meta: { ...sample.meta, ...meta }, blocks: [oneLiner] };
}

/** The running header's runs on page 1: text, left and right edges. */
function headerRuns(doc: Document) {
  const layout = layoutOf(doc);
  const header = layout.pages[0]?.lines.find((line) => line.path === 'header');
  return {
    width: layout.width,
    runs: (header?.runs ?? []).map((run) => ({ text: run.text, left: run.x, right: run.x + run.width })),
  };
}

describe('the running header', () => {
  it('should keep a long title and a 102-character revision label on one line, apart, inside the margins', () => {
    expect(longRevision).toHaveLength(102);
    const { width, runs } = headerRuns(docWithMeta({ title: longTitle, revision: longRevision }));
    const [title, version, draft] = runs;
    expect(runs.map((r) => r.text.trim().slice(-5))).toContain('DRAFT');
    expect(title!.left).toBeGreaterThanOrEqual(72);
    expect(title!.right + 12).toBeLessThanOrEqual(version!.left);
    expect(version!.right).toBeLessThanOrEqual(draft!.left + 0.01);
    expect(draft!.right).toBeLessThanOrEqual(width - 72 + 0.01);
    // Cut at a word, and the label cut visibly.
    const shown = title!.text.replace(/\u2026$/, '');
    expect(title!.text.endsWith('\u2026')).toBe(true);
    expect(longTitle.startsWith(shown) && /[\s,:;(–-]/.test(longTitle[shown.length] ?? ' ')).toBe(true);
    expect(version!.text).toMatch(/^Template \S+ · Rev\. 2026\.2-amended.*…/);
  });

  it('should print the template’s short title instead of a long one', () => {
    const { runs } = headerRuns(docWithMeta({ title: longTitle, shortTitle: 'Call-Taking and Dispatch' }));
    expect(runs[0]?.text).toBe('Call-Taking and Dispatch');
    expect(headerRuns(docWithMeta({ title: 'Packet Overview' })).runs[0]?.text).toBe('Packet Overview');
  });

  it('should cut only the part that does not fit', () => {
    const measure = (text: string) => text.length * 4;
    expect(runningHeader({ title: 'A B C', templateVersion: '1.0.0', revision: null }, measure, 400)).toEqual(
      {
        title: 'A B C',
        version: 'Template 1.0.0',
      },
    );
    const cut = runningHeader(
      { title: 'Alpha Beta Gamma', templateVersion: '1.0.0', revision: 'r'.repeat(80) },
      measure,
      250,
    );
    // The label takes at most 40% of the line (100 points), the title what is left (138).
    expect(cut.version).toBe(`Template 1.0.0 · Rev. ${'r'.repeat(2)}\u2026`);
    expect(cut.title).toBe('Alpha Beta Gamma');
    expect(
      runningHeader(
        { title: 'Alpha Beta Gamma Delta Epsilon Zeta', templateVersion: '1.0.0', revision: null },
        measure,
        150,
      ).title,
    ).toBe('Alpha Beta Gamma\u2026');
  });

  it.skipIf(!hasCommand('soffice') || !hasCommand('pdftotext'))(
    'should set the Word header on one line too (read by LibreOffice)',
    async () => {
      const doc = docWithMeta({ title: longTitle, revision: longRevision });
      writeFileSync(join(dir, 'long.docx'), (await writeDocx(doc, defaultWriteOptions)).bytes);
      libreOfficePages(dir, ['long']);
      const first = execFileSync('pdftotext', ['-layout', '-l', '1', join(dir, 'long.pdf'), '-'], {
        encoding: 'utf8',
      })
        .split('\n')
        .find((line) => line.trim() !== '');
      expect(first).toMatch(
        /^\s*General Order: Call-Taking.*…\s+Template \S+ · Rev\. 2026\.2-amended.*…\s+·\s+DRAFT\s*$/,
      );
    },
    600_000,
  );
});
