import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../support/cli.js';

// The libraries a draft needs and a short command does not: each one's code, bundled, carries
// esbuild's `// node_modules/<package>/` comments; harfbuzzjs stays outside the bundle.
const heavy = ['docx', 'pdf-lib', '@pdf-lib', 'fontkit', 'pako', 'handlebars', 'harfbuzzjs'];

/** The heavy packages whose code `pmhc ARGS` loads, read from the modules it loaded. */
function heavyLoadedBy(args: string[]): string[] {
  const log = join(tempDir(), 'modules.txt');
  const result = spawnSync('node', ['--import', './tests/support/module-log.mjs', 'bin/pmhc.js', ...args], {
    encoding: 'utf8',
    env: { ...process.env, PMHC_MODULE_LOG: log },
  });
  expect(result.error).toBeUndefined();
  const loaded = readFileSync(log, 'utf8')
    .split('\n')
    .filter((url) => url.startsWith('file:'));
  const found = new Set<string>();
  for (const url of loaded) {
    const file = fileURLToPath(url);
    const code = file.includes('/dist/') ? readFileSync(file, 'utf8') : '';
    for (const name of heavy)
      if (file.includes(`/node_modules/${name}/`) || code.includes(`// node_modules/${name}/`))
        found.add(name);
  }
  return [...found].sort();
}

describe('start-up', () => {
  it('should load none of the drafting libraries for --help, a command help or a usage error', () => {
    expect(existsSync('dist/cli/main.js'), 'run npm run build first').toBe(true);
    expect(heavyLoadedBy(['--help'])).toEqual([]);
    expect(heavyLoadedBy(['build', '--help'])).toEqual([]);
    expect(heavyLoadedBy(['build', '--bogus'])).toEqual([]);
    expect(heavyLoadedBy(['biuld'])).toEqual([]);
  });

  it('should see them loaded by a build that writes Word and PDF (the log can find them)', () => {
    const out = tempDir();
    const loaded = heavyLoadedBy([
      'build',
      'examples/riverbend-city.yaml',
      '--out',
      out,
      '--only',
      'training-plan',
    ]);
    expect(loaded).toEqual(expect.arrayContaining(['docx', 'handlebars', 'harfbuzzjs', 'pako', 'pdf-lib']));
  });
});
