// N generated jurisdictions built one after another in one process (all formats): time per
// packet and memory as the run goes, to show the cost is linear and memory flat. For the bench.
// Usage: node scripts/bench/scale.mjs N
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { generateJurisdictions } from '../generate-jurisdictions.mjs';

const n = Number(process.argv[2] ?? 100);
const api = await import('../../dist/index.js');
const dir = mkdtempSync(join(tmpdir(), 'pmhc-scale-'));
const rows = [];
let documents = 0;
try {
  for (const { name, text } of generateJurisdictions(n)) {
    const answersFile = join(dir, `${name}.yaml`);
    writeFileSync(answersFile, text);
    const outDir = join(dir, name);
    const start = performance.now();
    const result = await api.buildPacket({ answersFile, outDir, formats: ['md', 'docx', 'pdf'] });
    const ms = performance.now() - start;
    rmSync(outDir, { recursive: true, force: true });
    documents += result.written.length / 3;
    rows.push({ ms, documents, rss: process.memoryUsage().rss });
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
const peakRss = process.resourceUsage().maxRSS * 1024;
console.log(JSON.stringify({ rows, peakRss }));
