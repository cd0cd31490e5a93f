import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { buildPacket } from '../../src/build.js';
import { UserError } from '../../src/diagnostics/errors.js';
import { tempDir } from '../support/cli.js';

// Attack class 10 (reviews/attack.md): right-to-left words came out in the wrong order in PDF.
// The PDF writer does not apply the bidi algorithm, so a PDF of such answers is refused by name;
// Word and Markdown keep the text in logical order, which their readers display correctly.
const hebrew = 'מרכז חוסן';

function answersWithHebrew() {
  const dir = tempDir();
  const file = join(dir, 'answers.yaml');
  const text = readFileSync(new URL('../../examples/harlan-county-rural.yaml', import.meta.url), 'utf8');
  writeFileSync(file, text.replace('name: Harlan County Emergency Communications', `name: "${hebrew}"`));
  return { dir, file };
}

describe('right-to-left text', () => {
  it('should refuse a PDF, naming the field and the letter, before rendering', async () => {
    const { dir, file } = answersWithHebrew();
    const error = await buildPacket({
      answersFile: file,
      outDir: join(dir, 'out'),
      formats: ['md', 'pdf'],
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserError);
    const [problem] = (error as UserError).diagnostics;
    expect(problem?.path).toMatch(/^partners\[1\]\.name$/);
    expect(problem?.message).toMatch(/right-to-left letters \(U\+05DE `מ`\)/);
  });

  it('should write Word with the words in logical order', async () => {
    const { dir, file } = answersWithHebrew();
    const out = join(dir, 'out');
    const result = await buildPacket({
      answersFile: file,
      outDir: out,
      formats: ['docx'],
      only: ['co-responder-mou'],
    });
    const docx = result.written.find((f) => f.endsWith('.docx'))!;
    const text = (await mammoth.extractRawText({ path: join(out, docx) })).value;
    expect(text).toContain(hebrew);
  });
});
