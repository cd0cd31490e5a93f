// Typesetting figures of every example document, from the PDF layout: loose lines, words broken
// inside table cells, signature blocks cut from their lead-in or split, and (with --lo) the page
// count of the PDF against the .docx rendered by LibreOffice. Run: npx tsx scripts/typeset-figures.ts [--lo] [--only NAME]
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { libreOfficePages } from '../tests/support/libreoffice-pages.js';
import { EXAMPLES, renderExample } from '../tests/support/render.js';
import { loadFonts } from '../src/writers/pdf/fonts.js';
import { layoutDocument } from '../src/writers/pdf/layout.js';
import { createMeasurer } from '../src/writers/pdf/measure.js';
import { analyseLayout } from '../tests/pdf/typeset-checks.js';
import { writeDocx } from '../src/writers/docx/write-docx.js';
import { writePdf } from '../src/writers/pdf/write-pdf.js';
import { defaultWriteOptions } from '../src/writers/types.js';

const withLibreOffice = process.argv.includes('--lo');
// --only SUBSTRING: just the documents whose example--template name contains it.
const only = process.argv[process.argv.indexOf('--only') + 1];
const wanted = (name: string) => !process.argv.includes('--only') || name.includes(only ?? '');
const fonts = loadFonts([]);
const measurer = createMeasurer(fonts);
const dir = mkdtempSync(join(tmpdir(), 'pmhc-figures-'));
const totals = {
  documents: 0,
  lines: 0,
  loose: 0,
  veryLoose: 0,
  brokenInTables: 0,
  signed: 0,
  orphaned: 0,
  split: 0,
  hyphenatedPageEnds: 0,
  nearlyEmptyPages: 0,
};
const pdfPages = new Map<string, number>();
for (const example of EXAMPLES) {
  const { packet } = await renderExample(example);
  for (const { template, document } of packet.documents) {
    const name = `${example}--${template.meta.id}`;
    if (!wanted(name)) continue;
    const layout = layoutDocument(document, defaultWriteOptions, measurer);
    const figures = analyseLayout(document, layout, measurer);
    totals.documents++;
    totals.lines += figures.lines;
    totals.loose += figures.loose.length;
    totals.veryLoose += figures.veryLoose;
    totals.brokenInTables += figures.broken.length;
    if (figures.signatureBlocks > 0) totals.signed++;
    totals.orphaned += figures.orphanedSignatures;
    totals.split += figures.splitSignatures;
    totals.hyphenatedPageEnds += figures.hyphenatedPageEnds;
    totals.nearlyEmptyPages += figures.nearlyEmptyPages;
    if (figures.nearlyEmptyPages > 0)
      console.log(`  nearly empty page: ${name} p. ${figures.nearlyEmptyAt.join(', ')}`);
    if (figures.hyphenatedPageEnds > 0) console.log(`  hyphenated page end: ${name}`);
    pdfPages.set(name, layout.pages.length);
    for (const word of figures.broken) console.log(`  broken in table: ${name}: ${word}`);
    if (withLibreOffice) {
      writeFileSync(join(dir, `${name}.docx`), (await writeDocx(document, defaultWriteOptions)).bytes);
      if (process.argv.includes('--keep-pdf'))
        writeFileSync(join(dir, `${name}.pdf.pdf`), (await writePdf(document, defaultWriteOptions)).bytes);
    }
  }
}
console.log(JSON.stringify(totals, null, 1));
if (withLibreOffice) {
  const wordPages = libreOfficePages(dir, [...pdfPages.keys()]);
  let worst = 0;
  for (const [name, pages] of pdfPages) {
    const word = wordPages.get(name) as number;
    const ratio = pages / word;
    worst = Math.max(worst, Math.abs(ratio - 1));
    console.log(
      `${name.padEnd(60)} pdf ${String(pages).padStart(3)}  docx/LO ${String(word).padStart(3)}  ${ratio.toFixed(2)}`,
    );
  }
  console.log(`worst page-count difference: ${(worst * 100).toFixed(0)}%`);
}
if (process.argv.includes('--keep')) console.log(dir);
else rmSync(dir, { recursive: true, force: true });
