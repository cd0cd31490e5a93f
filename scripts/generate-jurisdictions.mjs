// Writes N answers files for made-up jurisdictions, derived from the three examples by renaming
// their places, so a bench (or the portfolio work) can build many packets that differ in text.
// Usage: node scripts/generate-jurisdictions.mjs N OUTDIR
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const examples = {
  'riverbend-city': ['Riverbend', 'Rio Verde'],
  'harlan-county-rural': ['Harlan'],
  'tri-county-cit-consortium': ['Tres Ríos', 'Caldera', 'Pecan Ridge', 'San Ysidro'],
};
const first = ['Oak', 'Maple', 'Cedar', 'Willow', 'Pine', 'Aspen', 'Birch', 'Elm', 'Juniper', 'Sage'];
const second = ['ford', 'field', 'haven', 'brook', 'ridge', 'dale', 'wood', 'port', 'mont', 'view'];

/** The i-th made-up place name: `Oakford`, `Oakfield`, ... then with a number past 100. */
export function placeName(i) {
  const base = `${first[i % first.length]}${second[Math.floor(i / first.length) % second.length]}`;
  return i < first.length * second.length ? base : `${base} ${Math.floor(i / 100) + 1}`;
}

// Some sites are moved to a state with no verified law (their orders then show blanks for counsel)
// and their dates shifted, so a portfolio holds packets that differ in more than their names.
const otherStates = ['WA', 'OH', 'FL', 'NM'];

/** Example i mod 3 with its place names replaced; every fourth site in another state; dates shifted. */
export function generateJurisdictions(n, root = new URL('..', import.meta.url)) {
  const names = Object.keys(examples);
  return Array.from({ length: n }, (_, i) => {
    const example = names[i % names.length];
    let text = readFileSync(new URL(`examples/${example}.yaml`, root), 'utf8');
    examples[example].forEach((place, k) => {
      text = text.replaceAll(place, placeName(i * 4 + k));
    });
    if (i % 4 === 3)
      text = text.replace(/^( {2}state: )[A-Z]{2}\b/m, `$1${otherStates[(i >> 2) % otherStates.length]}`);
    const month = String((i % 12) + 1).padStart(2, '0');
    text = text.replace(
      /^( {2}effective_date: ')(\d{4})-\d\d-(\d\d)'/m,
      (_, lead, year) => `${lead}${Number(year) + (i % 3)}-${month}-01'`,
    );
    return { name: `${String(i + 1).padStart(3, '0')}-${example}`, text };
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [n, outDir] = [Number(process.argv[2]), process.argv[3]];
  if (!Number.isInteger(n) || n < 1 || !outDir) {
    console.error('usage: node scripts/generate-jurisdictions.mjs N OUTDIR');
    process.exit(2);
  }
  mkdirSync(outDir, { recursive: true });
  for (const { name, text } of generateJurisdictions(n)) writeFileSync(join(outDir, `${name}.yaml`), text);
  console.log(`wrote ${n} answers files to ${outDir}`);
}
