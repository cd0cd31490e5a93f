// npm run bench: medians over several runs, and ratios against peers on the same document.
// Cold numbers spawn a fresh `node bin/pmhc.js` each time, as a user's shell does.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

const RUNS = Number(process.env.BENCH_RUNS ?? 9);
const example = 'examples/riverbend-city.yaml';
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const ms = (x) => `${x.toFixed(1)} ms`;
const has = (cmd) => spawnSync('sh', ['-c', `command -v ${cmd}`]).status === 0;

function timeCommand(cmd, args, runs = RUNS) {
  const times = [];
  for (let i = 0; i < runs + 1; i++) {
    const start = performance.now();
    const result = spawnSync(cmd, args, { stdio: 'ignore' });
    if (result.status !== 0) throw new Error(`${cmd} ${args.join(' ')} exited ${result.status}`);
    if (i > 0) times.push(performance.now() - start); // the first run warms the disk cache
  }
  return median(times);
}

async function timeAsync(fn, runs = RUNS) {
  await fn();
  const times = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn();
    times.push(performance.now() - start);
  }
  return median(times);
}

const rows = [];
const report = (what, value, target = '') => {
  rows.push([what, value, target]);
  console.log(`${what.padEnd(58)} ${value.padStart(12)}  ${target}`);
};

console.log(`pmhc-docs bench: medians of ${RUNS} runs on ${process.version}\n`);
const nodeAlone = timeCommand('node', ['-e', '0']);
report('node -e 0 (the floor: Node.js starting and exiting)', ms(nodeAlone));
const help = timeCommand('node', ['bin/pmhc.js', '--help']);
report(
  'pmhc --help, cold',
  ms(help),
  `target < 150 ms ${help < 150 ? '✓' : '✗'} (${ms(help - nodeAlone)} over node)`,
);

const out = mkdtempSync(join(tmpdir(), 'pmhc-bench-'));
const coldBuild = timeCommand('node', [
  'bin/pmhc.js',
  'build',
  example,
  '--out',
  out,
  '--format',
  'md,docx',
  '--force',
]);
report(
  `pmhc build ${example} (md+docx), cold`,
  ms(coldBuild),
  `target < 400 ms ${coldBuild < 400 ? '✓' : '✗'}`,
);
const coldAll = timeCommand('node', ['bin/pmhc.js', 'build', example, '--out', out, '--force']);
report(`pmhc build ${example} (md+docx+pdf), cold`, ms(coldAll));

const api = await import('../dist/index.js');
const packet = await api.renderPacketFromFile(example, { only: [] });
const docs = packet.documents;
const writeDocx = await api.loadWriter('docx');
const writeMd = await api.loadWriter('md');
const opts = { paper: 'letter', lineNumbers: false, fallbackFonts: [] };
const render = await timeAsync(() => api.renderPacketFromFile(example, { only: [] }));
report(`in-process render, ${docs.length} documents (answers -> AST)`, ms(render));
report(
  'in-process render, per document',
  ms(render / docs.length),
  `target < 30 ms ${render / docs.length < 30 ? '✓' : '✗'}`,
);
const docxAll = await timeAsync(async () => {
  for (const d of docs) await writeDocx(d.document, opts);
});
report('in-process docx writing, per document', ms(docxAll / docs.length));
const mdAll = await timeAsync(async () => {
  for (const d of docs) await writeMd(d.document, opts);
});
report('in-process md writing, per document', ms(mdAll / docs.length));
const longest = docs.reduce((a, b) => (b.markdown.length > a.markdown.length ? b : a));
// Same input pandoc gets: the document's Markdown, parsed to our AST and written as Word.
const oursOne = await timeAsync(async () => {
  const blocks = api.blocksFromMarkdown(longest.markdown);
  await writeDocx({ meta: longest.document.meta, blocks }, opts);
});
report(`in-process md -> docx, longest (${longest.template.meta.id})`, ms(oursOne));

if (has('pandoc')) {
  const md = join(out, 'longest.md');
  writeFileSync(md, (await writeMd(longest.document, opts)).bytes);
  const pandoc = timeCommand('pandoc', [md, '-o', join(out, 'pandoc.docx')]);
  report(
    'pandoc md -> docx, same document (process)',
    ms(pandoc),
    `ours in-process is ${(pandoc / oursOne).toFixed(1)}x faster`,
  );
  const perDoc = coldBuild / docs.length;
  report(
    'pmhc build cold (md+docx), per document of the packet',
    ms(perDoc),
    `pandoc takes ${(pandoc / perDoc).toFixed(1)}x as long for one document`,
  );
} else {
  report('pandoc md -> docx', 'not installed', '(apt-get install pandoc to compare)');
}

if (existsSync('scripts/bench-pdf.mjs')) {
  console.log('');
  execFileSync('node', ['scripts/bench-pdf.mjs'], { stdio: 'inherit' });
}
rmSync(out, { recursive: true, force: true });
