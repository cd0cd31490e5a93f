// The typst peer, run as its own process: compiles every .typ file in DIR to PDF beside it.
// With --warm it compiles them twice and prints the second pass's milliseconds (caches full).
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { NodeCompiler } from '@myriaddreamin/typst-ts-node-compiler';

const [dir, flag] = process.argv.slice(2);
const require = createRequire(import.meta.url);
const fontPaths = [dirname(require.resolve('@expo-google-fonts/source-serif-4/package.json'))];
const compiler = NodeCompiler.create({ fontArgs: [{ fontPaths }] });
const files = readdirSync(dir).filter((f) => f.endsWith('.typ'));
const pass = () => {
  for (const file of files) {
    const pdf = compiler.pdf({ mainFileContent: readFileSync(join(dir, file), 'utf8') });
    writeFileSync(join(dir, file.replace(/\.typ$/, '.pdf')), pdf);
  }
};
pass();
if (flag === '--warm') {
  const start = performance.now();
  pass();
  console.log(JSON.stringify({ warmMs: performance.now() - start }));
}
