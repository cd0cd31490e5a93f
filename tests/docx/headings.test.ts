import { describe, expect, it } from 'vitest';
import { sampleDocument } from '../fixtures/sample-document.js';
import { paragraphs, part, textOf, write } from './read-docx.js';

describe('headings in the .docx', () => {
  it('should tie the last two words of the title and of each article heading, so Word leaves no word alone', async () => {
    const doc = sampleDocument();
    doc.blocks.push({
      type: 'clause',
      level: 1,
      number: '3',
      content: [{ type: 'text', value: 'Confidentiality and Records' }],
      children: [],
    });
    const body = part((await write(doc)).bytes, 'word/document.xml');
    const styled = (style: string) =>
      paragraphs(body)
        .filter((p) => p.includes(`<w:pStyle w:val="${style}"/>`))
        .map(textOf);
    expect(styled('Title')).toEqual(['Sample Memorandum of\u00a0Understanding']);
    expect(styled('Heading1')).toContain('Confidentiality and\u00a0Records');
  });
});
