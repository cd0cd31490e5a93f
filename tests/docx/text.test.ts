import { describe, expect, it } from 'vitest';
import { sampleDocument } from '../fixtures/sample-document.js';
import { rawText, write } from './read-docx.js';

describe('docx text, read back with mammoth', () => {
  it('should keep every block in document order', async () => {
    const text = await rawText((await write(sampleDocument())).bytes);
    const expected = [
      // The title's last two words tied, so Word never leaves one alone on a line.
      'Sample Memorandum of\u00a0Understanding',
      'DRAFT. Generated on March 1, 2026. Not legal advice.',
      'Recitals',
      'The parties agree as follows.',
      'Definitions',
      'means the co-responder program',
      'The Program operates [HOURS OF OPERATION].',
      'A continuation paragraph of clause 1.1.1.',
      'first bullet',
      'second bullet',
      'Drafter\u2019s note',
      'Legal basis',
      // Tied with no-break spaces, so that Word never ends a line inside the citation.
      '45\u00a0CFR\u00a0164.512(j)(1)(i)',
      'not PHI',
      'Signatures',
      'Riverbend Police Department',
      'Name: Dana Whitfield',
      'Title: Chief of Police',
      'Lane County Behavioral Health',
      'Name: [SIGNATORY NAME]',
      'Title: Director',
    ];
    let from = 0;
    for (const piece of expected) {
      const at = text.indexOf(piece, from);
      expect(at, `"${piece}" after offset ${from}`).toBeGreaterThanOrEqual(0);
      from = at + piece.length;
    }
  });

  it('should pass names with diacritics and markup characters through literally', async () => {
    const text = await rawText((await write(sampleDocument())).bytes);
    expect(text).toContain(
      '\u201CProgram\u201D means the co-responder program of Nguy\u1EC5n Pe\u00F1a & \u00D3 Briain <b>*x*</b> {{y}}.',
    );
  });

  it('should not type clause numbers into the text, because Word numbers the clauses', async () => {
    const text = await rawText((await write(sampleDocument())).bytes);
    expect(text).not.toMatch(/^1\.1(\.1)?\s/m);
    expect(text).not.toContain('1. Definitions');
  });
});
