import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// Each architecture rule of eslint.architecture.js, shown a deliberate violation (it must object)
// and the allowed form beside it (it must not), through the project's own eslint config.
const eslint = new ESLint({ cwd: process.cwd() });

async function problemsOf(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: file });
  return (result?.messages ?? []).map((m) => m.message);
}

const REGISTRY = /only the writer registry|through the registry/;
const PROCESS = /read only in src\/cli\//;
const CLOCK = /writers read no clock/;
const AST = /src\/ast imports nothing/;

describe('architecture lint rules', () => {
  it('src/ast imports nothing from the rest of src/', async () => {
    expect(
      await problemsOf('src/ast/x.ts', "export { formatPath } from '../diagnostics/diagnostic.js';\n"),
    ).toEqual([expect.stringMatching(AST)]);
    expect(await problemsOf('src/ast/x.ts', "export { plainText } from './plain-text.js';\n")).toEqual([]);
  });

  it('only the writer registry reaches a writer, statically or by import()', async () => {
    expect(
      await problemsOf('src/diff/x.ts', "export { writeDocx } from '../writers/docx/write-docx.js';\n"),
    ).toEqual([expect.stringMatching(REGISTRY)]);
    const loaded = "export const f = () => import('../writers/pdf/font-file.js');\n";
    expect(await problemsOf('src/cli/x.ts', loaded)).toEqual([expect.stringMatching(REGISTRY)]);
    expect(await problemsOf('src/diff/x.ts', "export { loadWriter } from '../writers/index.js';\n")).toEqual(
      [],
    );
  });

  it('only the writer registry names formats', async () => {
    const code = "export const hasPdf = (formats: string[]) => formats.includes('pdf');\n";
    expect(await problemsOf('src/build/x.ts', code)).toEqual([expect.stringMatching(REGISTRY)]);
    expect(await problemsOf('src/cli/x.ts', "export const f = 'docx';\n")).toEqual([
      expect.stringMatching(REGISTRY),
    ]);
    expect(await problemsOf('src/writers/index.ts', "export const f = 'docx';\n")).toEqual([]);
  });

  it('process.exit, process.env and process.cwd() only in src/cli/', async () => {
    for (const line of [
      'process.exit(1);',
      'export const e = process.env.HOME;',
      'export const c = process.cwd();',
    ]) {
      expect(await problemsOf('src/build/x.ts', `${line}\n`)).toEqual([expect.stringMatching(PROCESS)]);
      expect(await problemsOf('src/writers/pdf/x.ts', `${line}\n`)).toEqual([expect.stringMatching(PROCESS)]);
      expect(await problemsOf('src/cli/x.ts', `${line}\n`)).toEqual([]);
    }
  });

  it('writers read no clock', async () => {
    for (const code of [
      'export const d = new Date();',
      'export const d = Date();',
      'export const d = Date.now();',
      'export const d = performance.now();',
    ]) {
      const messages = await problemsOf('src/writers/docx/x.ts', `${code}\n`);
      expect(messages.length, code).toBeGreaterThan(0);
      expect(
        messages.every((m) => CLOCK.test(m)),
        code,
      ).toBe(true);
    }
    expect(
      await problemsOf(
        'src/writers/pdf/x.ts',
        "import { performance as p } from 'node:perf_hooks';\nexport const t = p;\n",
      ),
    ).toEqual([expect.stringMatching(CLOCK)]);
    // Parsing the document's own timestamp is not reading a clock.
    expect(
      await problemsOf('src/writers/pdf/x.ts', 'export const d = (t: string) => new Date(t);\n'),
    ).toEqual([]);
    // Outside the writers the CLI may read the clock (today's date for a warning).
    expect(await problemsOf('src/cli/x.ts', 'export const d = new Date();\n')).toEqual([]);
  });
});
