import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { acronymError } from '../../src/build/drafting-checks.js';
import { formatDiagnostic } from '../../src/diagnostics/diagnostic.js';
import { loadTemplates } from '../../src/templating/load-templates.js';
import { tempDir } from '../support/cli.js';
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

  // A build expands every first use before it checks, so the build error is a backstop: shown here
  // from the check's finding to the diagnostic, at the template line (or the partial) that writes it.
  it('makes an acronym left unexpanded an error at the template line of its first use', async () => {
    const dir = join(tempDir(), 'templates');
    mkdirSync(join(dir, 'doc'), { recursive: true });
    mkdirSync(join(dir, 'partials'));
    writeFileSync(join(dir, 'partials', 'records.md.hbs'), 'Write it in the RMS.\n');
    writeFileSync(
      join(dir, 'doc', 'template.md.hbs'),
      '---\nid: doc\ntitle: Doc\nkind: agreement\nversion: 1.0.0\nsources: [test]\n---\n# Doc\n\n## A\n\n1. Enter it in CAD.\n1. {{> records}}\n',
    );
    const set = await loadTemplates(dir);
    const blocks = blocksFromMarkdown('# Doc\n\n## A\n\n1. Enter it in CAD.\n1. Write it in the RMS.\n');
    expect(
      unexpandedAcronyms(blocks).map((a) => formatDiagnostic(acronymError(a, set.templates[0]!, set))),
    ).toEqual([
      'templates/doc/template.md.hbs:12  acronym `CAD` is used before it is expanded, expected its first use written as in data/glossary.json',
      'templates/doc/template.md.hbs:13  acronym `RMS` is used before it is expanded, expected its first use written as in data/glossary.json (written in templates/partials/records.md.hbs)',
    ]);
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
