import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { diffTexts, partsOf, riverbend, tempDir, trackedTexts } from './helpers.js';

const templates = fileURLToPath(new URL('../../templates', import.meta.url));

describe('pmhc diff of a template upgrade', () => {
  it('diffs the same answers rendered with two template versions like any other change', async () => {
    const old = join(tempDir('pmhc-templates-'), 'templates');
    cpSync(templates, old, { recursive: true });
    const file = join(old, 'information-sharing-agreement', 'template.md.hbs');
    const source = readFileSync(file, 'utf8');
    // The "old" template: one word more in clause 11.3, and an older version number.
    const edited = source
      .replace('and shall then destroy it.', 'and shall then securely destroy it.')
      .replace(/^version: .*$/m, 'version: 0.9.0');
    expect(edited).not.toBe(source);
    writeFileSync(file, edited);
    const answers = riverbend();
    const result = await diffTexts(answers, answers, {
      only: ['information-sharing-agreement'],
      beforeTemplatesDir: old,
    });
    const docx = join(result.outDir, 'city-of-riverbend-information-sharing-agreement.redline.docx');
    expect(trackedTexts(partsOf(docx)['word/document.xml']!)).toEqual({
      ins: ['1.0.0'],
      del: ['0.9.0', 'securely '],
    });
    expect(result.summary).toMatch(
      /`information-sharing-agreement`\): changed \(template 0\.9\.0 -> 1\.0\.0\) in the draft notice, clause 11\.3\./,
    );
    expect(result.summary).toContain('No answer changed');
  });
});
