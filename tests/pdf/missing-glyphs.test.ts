import { describe, expect, it } from 'vitest';
import { writePdf } from '../../src/writers/pdf/write-pdf.js';
import { sampleDocument } from '../fixtures/sample-document.js';

const options = { paper: 'letter' as const, lineNumbers: false, fallbackFonts: [] };

describe('characters no font can draw', () => {
  it('are reported once per word, in the user’s words (--font FILE), without internal paths', async () => {
    const doc = sampleDocument();
    doc.blocks.push(
      {
        type: 'paragraph',
        content: [{ type: 'text', value: 'Languages: Nepali (नेपाली) and Nepali again: नेपाली.' }],
      },
      { type: 'paragraph', content: [{ type: 'text', value: 'Call ☎ now' }] },
    );
    const { warnings } = await writePdf(doc, options);
    expect(warnings).toHaveLength(2);
    expect(warnings[0]).toMatch(
      /^cannot draw "नेपाली" \(in "[^"]*नेपाली[^"]*"\) in the PDF: the fonts have no characters U\+0928 /,
    );
    expect(warnings[1]).toMatch(
      /^cannot draw "☎" \(in "Call ☎ now"\) in the PDF: the fonts have no character U\+260E,/,
    );
    for (const warning of warnings) {
      expect(warning).toContain('build with `--font FILE`');
      expect(warning).not.toMatch(/fallbackFonts|blocks\[/);
    }
  });
});
