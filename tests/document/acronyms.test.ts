import { describe, expect, it } from 'vitest';
import { blocksFromMarkdown } from '../../src/ast/from-markdown.js';
import { expandAcronyms, packetAcronyms, unexpandedAcronyms } from '../../src/document/expand-acronyms.js';
import { markdownOf } from '../../src/writers/markdown/write-markdown.js';
import { EXAMPLES, renderedExample } from '../support/render.js';
import { testMeta } from '../support/document-meta.js';

const meta = testMeta();

describe('acronyms', () => {
  it('objects to an acronym whose first use is not expanded', () => {
    const blocks = blocksFromMarkdown('# T\n\n## A\n\n1. Enter it in CAD. Then CAD again.\n');
    expect(unexpandedAcronyms(blocks)).toEqual(['CAD']);
  });

  it('expands the first use only, and accepts a first use already written out', () => {
    const blocks = blocksFromMarkdown('# T\n\n## A\n\n1. Enter it in CAD. Then CAD again; call EMS.\n');
    expandAcronyms(blocks);
    const text = markdownOf({ meta, blocks });
    expect(text).toContain(
      'Enter it in computer-aided dispatch (CAD). Then CAD again; call emergency medical services (EMS).',
    );
    expect(unexpandedAcronyms(blocks)).toEqual([]);
    const written = blocksFromMarkdown(
      '# T\n\n## A\n\n1. The 911 center (PSAP) and the Health Insurance Portability and Accountability Act (HIPAA).\n',
    );
    expandAcronyms(written);
    expect(markdownOf({ meta, blocks: written })).toContain(
      'The 911 center (public safety answering point, PSAP) and the Health Insurance Portability and Accountability Act (HIPAA).',
    );
  });

  it('expands every listed acronym at its first use in every document of every example', async () => {
    for (const example of EXAMPLES) {
      const { packet } = await renderedExample(example);
      for (const doc of packet.documents) {
        expect({ doc: doc.template.meta.id, left: unexpandedAcronyms(doc.document.blocks) }).toEqual({
          doc: doc.template.meta.id,
          left: [],
        });
      }
    }
    expect(Object.keys(packetAcronyms())).toEqual(
      expect.arrayContaining(['CAD', 'RMS', 'PSAP', 'EMS', 'HIPAA']),
    );
  });
});
