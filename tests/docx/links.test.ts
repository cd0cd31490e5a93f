import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { sampleDocument } from '../fixtures/sample-document.js';
import { part, write } from './read-docx.js';

function linkedDocument() {
  const doc = sampleDocument();
  doc.blocks.push({
    type: 'paragraph',
    content: [
      {
        type: 'text',
        value: 'Write to liaison@riverbend.example.org or privacy@rvcbh.example.org; see Section ',
      },
      { type: 'crossReference', label: 'definitions', number: '1' },
      { type: 'text', value: '.' },
    ],
  });
  return doc;
}

describe('links in the .docx', () => {
  it('should make each e-mail address a mailto hyperlink, read by mammoth', async () => {
    const { bytes } = await write(linkedDocument());
    const html = (await mammoth.convertToHtml({ buffer: Buffer.from(bytes) })).value;
    expect(html.match(/<a href="mailto:[^"]*">[^<]*<\/a>/g)).toEqual([
      '<a href="mailto:liaison@riverbend.example.org">liaison@riverbend.example.org</a>',
      '<a href="mailto:privacy@rvcbh.example.org">privacy@rvcbh.example.org</a>',
    ]);
  });

  it('should name the hyperlinks by their order, not at random, and tie "Section" to its number', async () => {
    const first = await write(linkedDocument());
    const second = await write(linkedDocument());
    expect(Buffer.from(second.bytes).equals(Buffer.from(first.bytes))).toBe(true);
    const rels = part(first.bytes, 'word/_rels/document.xml.rels');
    expect(rels).toMatch(/Id="rIdLink1"[^>]*Target="mailto:liaison@riverbend\.example\.org"/);
    expect(rels).toMatch(/Id="rIdLink2"[^>]*Target="mailto:privacy@rvcbh\.example\.org"/);
    const body = part(first.bytes, 'word/document.xml');
    expect(body).toContain('<w:hyperlink w:history="1" r:id="rIdLink1">');
    expect(body).toContain('see Section\u00a0</w:t>');
  });
});
