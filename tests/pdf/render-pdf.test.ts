import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { describe, expect, it } from 'vitest';
import { loadFonts } from '../../src/writers/pdf/fonts.js';
import { layoutDocument } from '../../src/writers/pdf/layout.js';
import { createMeasurer } from '../../src/writers/pdf/measure.js';
import { renderPdf } from '../../src/writers/pdf/render-pdf.js';
import { defaultWriteOptions } from '../../src/writers/types.js';
import { sampleDocument } from '../fixtures/sample-document.js';
import { tempDir } from '../support/cli.js';

// The PDF painter's own promises, read back by pdf.js, poppler and the raw file: the title shown
// in the window (PDF/UA), the trailer /ID, the subset fonts' names, and its two internal checks
// (a font it was not given, text the structure tree has no place for) objecting aloud.
const fonts = loadFonts(defaultWriteOptions.fallbackFonts);
const layoutOf = (doc = sampleDocument()) => layoutDocument(doc, defaultWriteOptions, createMeasurer(fonts));

describe('renderPdf', () => {
  it('should show the title in the window, name subset fonts by their PostScript names, and write one /ID twice', async () => {
    const doc = sampleDocument();
    const layout = layoutOf(doc);
    const bytes = await renderPdf(doc, layout, fonts);
    expect(layout.warnings).toEqual([]);
    const pdf = await getDocument({ data: new Uint8Array(bytes), verbosity: 0 }).promise;
    // PDF/UA-1 (ISO 14289-1, 7.1): the viewer shows dc:title, not the file name.
    expect(await pdf.getViewerPreferences()).toMatchObject({ DisplayDocTitle: true });
    const ids = Buffer.from(bytes)
      .toString('latin1')
      .match(/\/ID \[ <([0-9a-f]{32})> <([0-9a-f]{32})> \]/);
    expect(ids?.[1]).toBe(pdf.fingerprints[0]);
    expect(ids?.[2]).toBe(ids?.[1]);
    const file = join(tempDir(), 'x.pdf');
    writeFileSync(file, bytes);
    const names = execFileSync('pdffonts', [file], { encoding: 'utf8' }).match(/^[A-Z]{6}\+\S+/gm) ?? [];
    const postscript = new Set(
      [...Object.values(fonts.faces), ...fonts.fallbacks].map((f) => f.info.postscriptName),
    );
    expect(names.length).toBeGreaterThan(0);
    for (const name of names) expect(postscript).toContain(name.slice(7));
  });

  it('should refuse to paint with a font it was not given', async () => {
    const doc = sampleDocument();
    const layout = layoutOf(doc);
    const run = layout.pages[0]!.lines[0]!.runs.find((r) => r.kind === 'text')!;
    (run as { font: string }).font = 'no-such-face';
    await expect(renderPdf(doc, layout, fonts)).rejects.toThrow(
      'cannot paint with font `no-such-face`: it was not loaded (please report)',
    );
  });

  it('should warn, naming each path, when text has no place in the structure tree', async () => {
    const doc = sampleDocument();
    const layout = layoutOf(doc);
    await renderPdf({ ...doc, blocks: [] }, layout, fonts);
    expect(layout.warnings).toHaveLength(1);
    expect(layout.warnings[0]).toMatch(
      /^pdf: text at blocks\[0\]\.content, blocks\[1\]\.content\[0\]\.content, .* has no place in the structure tree, so it is tagged at the end \(please report\)$/,
    );
  });
});
