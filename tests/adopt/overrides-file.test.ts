import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { UserError } from '../../src/diagnostics/errors.js';
import { parseOverrides, readOverridesFolder, serializeOverrides } from '../../src/adopt/overrides-file.js';
import { tempDir } from '../support/cli.js';

const valid = {
  document: 'co-responder-mou',
  adopted: [{ file: 'x.docx', sha256: 'a'.repeat(64) }],
  clauses: [{ id: 'scope/hours', section: '4.2', generated: ['Hours. 10 to 10.'], text: ['Hours. 9 to 9.'] }],
};

function diagnosticsOf(source: string) {
  try {
    parseOverrides(source, 'overrides/co-responder-mou.yaml');
  } catch (error) {
    if (error instanceof UserError) return error.diagnostics;
    throw error;
  }
  throw new Error('expected the file to be refused');
}

describe('overrides files', () => {
  it('reads back what it writes', () => {
    expect(parseOverrides(serializeOverrides(valid, 'Memorandum'), 'f.yaml')).toEqual(valid);
  });

  it('refuses a misspelt field with its line and column', () => {
    const source = serializeOverrides(valid, 'Memorandum').replace('    text:', '    txet:');
    const [d] = diagnosticsOf(source);
    const line = source.split('\n').findIndex((l) => l.includes('txet')) + 1;
    expect(d).toMatchObject({ severity: 'error', file: 'overrides/co-responder-mou.yaml', line });
    expect(d!.message).toMatch(/txet/);
    expect(d!.hint).toContain('edit only the `text` lines');
  });

  it('refuses YAML that does not parse, with its position', () => {
    const [d] = diagnosticsOf('document: x\nclauses: [\n');
    expect(d).toMatchObject({ severity: 'error', line: expect.any(Number), column: expect.any(Number) });
  });

  it('refuses a clause both deleted and holding text', () => {
    const source = serializeOverrides(
      { ...valid, clauses: [{ ...valid.clauses[0]!, deleted: true as const }] },
      'Memorandum',
    );
    expect(diagnosticsOf(source)[0]!.message).toMatch(/both `deleted: true` and has `text`/);
  });

  it('refuses a file named for another document than the one it holds', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'overrides'));
    writeFileSync(join(dir, 'overrides', 'crisis-response-policy.yaml'), serializeOverrides(valid, 'M'));
    await expect(readOverridesFolder(join(dir, 'answers.yaml'))).rejects.toThrow(UserError);
    const none = tempDir();
    expect((await readOverridesFolder(join(none, 'answers.yaml'))).size).toBe(0);
  });
});
