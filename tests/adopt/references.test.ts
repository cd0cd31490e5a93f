import { describe, expect, it } from 'vitest';
import type { Inline } from '../../src/ast/types.js';
import { numbersOf, sameButReferences, withReferences } from '../../src/adopt/references.js';
import { textOfDocx } from '../../src/init/text-of-docx.js';
import { strToU8, zipSync } from 'fflate';

const reference: Inline = { type: 'crossReference', label: 'routing', number: '4.9' };
const draft: Inline[] = [
  { type: 'text', value: 'within 20 minutes, as Section ' },
  reference,
  { type: 'text', value: ' says' },
];

describe('cross-references in the parties text', () => {
  it('finds which numbers of a line are references', () => {
    expect(numbersOf(draft)).toEqual([null, reference]);
  });

  it('takes a reference Word renumbered as no edit, and objects to any other change', () => {
    const mask = [false, true];
    expect(
      sameButReferences(
        'within 20 minutes, as Section 4.9 says',
        'within 20 minutes, as Section 4.8 says',
        mask,
      ),
    ).toBe(true);
    expect(
      sameButReferences(
        'within 20 minutes, as Section 4.9 says',
        'within 15 minutes, as Section 4.9 says',
        mask,
      ),
    ).toBe(false);
    expect(
      sameButReferences(
        'within 20 minutes, as Section 4.9 says',
        'within 20 minutes, as Section 4.8 says.',
        mask,
      ),
    ).toBe(false);
    expect(sameButReferences('as Section 4.9 says', 'as Section 4.8 says', [false])).toBe(false);
  });

  it('keeps a reference live in a changed line, and the rest plain', () => {
    expect(withReferences('within 15 minutes, as Section 4.8 holds', draft)).toEqual([
      { type: 'text', value: 'within 15 minutes, as Section ' },
      reference,
      { type: 'text', value: ' holds' },
    ]);
    // A number added or removed: positions no longer match, so the line stays as typed.
    expect(withReferences('within 15 or 25 minutes, as Section 4.8 holds', draft)).toEqual([
      { type: 'text', value: 'within 15 or 25 minutes, as Section 4.8 holds' },
    ]);
  });
});

describe('tracked changes in an edited Word file', () => {
  const docx = zipSync({
    'word/document.xml': strToU8(
      '<w:document><w:body><w:p><w:r><w:t xml:space="preserve">within </w:t></w:r>' +
        '<w:del w:id="1" w:author="A"><w:r><w:delText>20</w:delText></w:r></w:del>' +
        '<w:ins w:id="2" w:author="A"><w:r><w:t>15</w:t></w:r></w:ins>' +
        '<w:r><w:t xml:space="preserve"> minutes</w:t></w:r></w:p></w:body></w:document>',
    ),
  });

  it('reads them accepted by default, and rejected when asked', () => {
    expect(textOfDocx(docx)).toBe('within 15 minutes\n');
    expect(textOfDocx(docx, 'reject')).toBe('within 20 minutes\n');
  });
});
