import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// Each architecture rule of eslint.architecture.js, shown a deliberate violation (it must object)
// and the allowed form beside it (it must not), through the project's own eslint config.
const eslint = new ESLint({ cwd: process.cwd() });

async function problemsOf(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: file });
  return (result?.messages ?? []).map((m) => m.message);
}

const FORMATS = /only the writer registry \(src\/writers\/index.ts\) names formats: ask it/;
const IMPORTED = /reach the writers through the registry/;
const LOADED = /load the writers through the registry/;
const PROCESS = /read only in src\/cli\//;
const DATE = /writers read no clock: the date is doc.meta.timestamp/;
const PERF_HOOKS = /writers read no clock \(timing belongs in scripts\/bench\)/;
const PERFORMANCE = /writers read no clock \(performance/;
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
    ).toEqual([expect.stringMatching(IMPORTED)]);
    const loaded = "export const f = () => import('../writers/pdf/font-file.js');\n";
    expect(await problemsOf('src/cli/x.ts', loaded)).toEqual([expect.stringMatching(LOADED)]);
    expect(await problemsOf('src/build/x.ts', loaded)).toEqual([expect.stringMatching(LOADED)]);
    expect(await problemsOf('src/diff/x.ts', "export { loadWriter } from '../writers/index.js';\n")).toEqual(
      [],
    );
  });

  it('only the writer registry names formats', async () => {
    const code = "export const hasPdf = (formats: string[]) => formats.includes('pdf');\n";
    expect(await problemsOf('src/build/x.ts', code)).toEqual([expect.stringMatching(FORMATS)]);
    expect(await problemsOf('src/cli/x.ts', "export const f = 'docx';\n")).toEqual([
      expect.stringMatching(FORMATS),
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

  it('writers read no clock: no Date of now', async () => {
    for (const code of [
      'export const d = new Date();',
      'export const d = Date();',
      'export const d = Date.now();',
    ]) {
      expect(await problemsOf('src/writers/docx/x.ts', `${code}\n`), code).toEqual([
        expect.stringMatching(DATE),
      ]);
    }
    // Parsing the document's own timestamp is not reading a clock.
    expect(
      await problemsOf('src/writers/pdf/x.ts', 'export const d = (t: string) => new Date(t);\n'),
    ).toEqual([]);
    // Outside the writers the CLI may read the clock (today's date for a warning).
    expect(await problemsOf('src/cli/x.ts', 'export const d = new Date();\n')).toEqual([]);
  });

  it('writers read no clock: no perf_hooks, by either name', async () => {
    for (const name of ['node:perf_hooks', 'perf_hooks']) {
      const code = `import { performance as p } from '${name}';\nexport const t = p;\n`;
      expect(await problemsOf('src/writers/pdf/x.ts', code), name).toEqual([
        expect.stringMatching(PERF_HOOKS),
      ]);
    }
    const code = "import { performance as p } from 'node:perf_hooks';\nexport const t = p;\n";
    expect(await problemsOf('src/build/x.ts', code)).toEqual([]);
  });

  it('writers read no clock: no performance global, called or passed on', async () => {
    for (const code of ['export const d = performance.now();', 'export const p = performance;']) {
      expect(await problemsOf('src/writers/docx/x.ts', `${code}\n`), code).toEqual([
        expect.stringMatching(PERFORMANCE),
      ]);
    }
    expect(await problemsOf('src/cli/x.ts', 'export const d = performance.now();\n')).toEqual([]);
  });
});
