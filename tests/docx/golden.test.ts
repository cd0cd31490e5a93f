import { describe, expect, it } from 'vitest';
import { sampleDocument } from '../fixtures/sample-document.js';
import { part, write } from './read-docx.js';

/** document.xml with the namespace list dropped and one block or row a line, to review as a diff. */
function canonical(xml: string): string {
  return xml
    .replace(/<w:document [^>]*>/, '<w:document>')
    .replace(/(<w:(?:p|tbl|tr|tc|sectPr)\b)/g, '\n$1')
    .trim();
}

describe('docx golden', () => {
  // Refresh with `npx vitest run tests/docx -u`, then open the .docx before accepting the diff.
  it('should write the sample document’s body as reviewed', async () => {
    const xml = part((await write(sampleDocument())).bytes, 'word/document.xml');
    await expect(canonical(xml) + '\n').toMatchFileSnapshot('./golden/sample-document.xml');
  });
});
