import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { diffTexts, partsOf, riverbend, trackedTexts } from './helpers.js';

// A form and its counsel sheet are two files of a build (src/document/assemble-document.ts): a
// diff of two builds pairs each form's sheet too, so counsel sees what changed in the notes and
// open items they review, not only on the form the person signs.

const form = 'city-of-riverbend-consent-to-release';
const sheet = `${form}-counsel-sheet`;

describe('pmhc diff of a form’s counsel sheet', () => {
  it('redlines the sheet when only its notes and open items change, and leaves the unchanged form alone', async () => {
    const result = await diffTexts(
      riverbend(),
      riverbend((a) => void (a.consent = { languages: ['es', 'vi', 'hmn', 'tl'] })),
      { only: ['consent-to-release'] },
    );
    const parts = partsOf(join(result.outDir, `${sheet}.redline.docx`));
    const { ins, del } = trackedTexts(parts['word/document.xml']!);
    // A language asked for without a translation: a drafter's note and an open item, on the sheet only.
    expect(ins.join(' ')).toContain('TAGALOG TRANSLATION OF THE CONSENT FORM');
    expect(del.join(' ')).not.toContain('TAGALOG');
    expect(existsSync(join(result.outDir, `${sheet}.md.diff`))).toBe(true);
    expect(existsSync(join(result.outDir, `${form}.redline.docx`))).toBe(false);
    const pairs = result.documents.map((d) => [d.pair.id, d.pair.status]);
    expect(pairs).toEqual([
      ['consent-to-release', 'unchanged'],
      ['consent-to-release-counsel-sheet', 'changed'],
    ]);
    expect(result.summary).toContain('(`consent-to-release-counsel-sheet`)');
  });

  it('deletes a form and its sheet together when the form no longer applies, each with the form’s reason', async () => {
    const result = await diffTexts(
      riverbend(),
      riverbend((a) => void (a.consent = { languages: [] })),
      {
        only: ['consent-to-release-es'],
      },
    );
    const removed = result.documents.filter((d) => d.pair.status === 'removed');
    expect(removed.map((d) => d.pair.id)).toEqual([
      'consent-to-release-es',
      'consent-to-release-es-counsel-sheet',
    ]);
    expect(new Set(removed.map((d) => d.pair.reason)).size).toBe(1);
    expect(removed[0]!.pair.reason).toBeTruthy();
    for (const id of ['consent-to-release-es', 'consent-to-release-es-counsel-sheet'])
      expect(existsSync(join(result.outDir, `city-of-riverbend-${id}.redline.docx`)), id).toBe(true);
  });
});
