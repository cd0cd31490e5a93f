// Times the pdf writer on a ~12-page document (median of 7 after a warm-up) and, where
// LibreOffice and the built docx writer exist, LibreOffice converting the same document's .docx.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { tsImport } from 'tsx/esm/api';

const { benchPdf } = await tsImport('../src/writers/pdf/bench-pdf.ts', import.meta.url);
const { sampleDocument } = await tsImport('../tests/fixtures/sample-document.ts', import.meta.url);

/** The sample's body repeated `times`, clause numbers made unique, as one long Document. */
export function longDocument(times) {
  const sample = sampleDocument();
  const [title, ...body] = sample.blocks;
  const blocks = [title];
  for (let copy = 1; copy <= times; copy++) {
    const renumber = (block) =>
      block.type === 'clause'
        ? {
            ...block,
            number: block.number.replace(/^\d+/, (n) => String((copy - 1) * 2 + Number(n))),
            children: block.children.map(renumber),
          }
        : block;
    const filler = {
      type: 'paragraph',
      content: [
        {
          type: 'text',
          value:
            'Each party shall designate a liaison who meets with the other parties at least quarterly to review referrals, response times, outcomes for the people served, and any complaint, and who reports the review in writing to the governing body of each party within thirty days after the meeting. ',
        },
      ],
    };
    blocks.push(...body.filter((block) => block.type !== 'pageBreak').map(renumber), filler, filler);
  }
  return { ...sample, blocks };
}

function seconds(fn) {
  const start = performance.now();
  fn();
  return performance.now() - start;
}

const doc = longDocument(11);
const result = await benchPdf(doc, 7);
console.log(
  `pdf writer: ${result.pages} pages, layout ${result.layoutMs.toFixed(1)} ms + paint ${result.paintMs.toFixed(1)} ms = ${result.totalMs.toFixed(1)} ms (median of 7), ${result.pagesPerSecond.toFixed(0)} pages/s, ${(result.bytes / 1024).toFixed(0)} KiB`,
);

const soffice = ['/usr/bin/soffice', '/usr/bin/libreoffice'].find((path) => existsSync(path));
const docxWriter = new URL('../src/writers/docx/write-docx.ts', import.meta.url);
if (!soffice || !existsSync(docxWriter)) {
  console.log('LibreOffice comparison skipped: soffice or the docx writer is missing');
} else {
  const { writeDocx } = await tsImport('../src/writers/docx/write-docx.ts', import.meta.url);
  const dir = mkdtempSync(join(tmpdir(), 'pmhc-bench-'));
  try {
    const { bytes } = await writeDocx(doc, { paper: 'letter', lineNumbers: false, fallbackFonts: [] });
    writeFileSync(join(dir, 'long.docx'), bytes);
    const convert = () =>
      execFileSync(
        soffice,
        [
          '--headless',
          `-env:UserInstallation=file://${dir}/profile`,
          '--convert-to',
          'pdf',
          '--outdir',
          dir,
          join(dir, 'long.docx'),
        ],
        {
          stdio: 'ignore',
        },
      );
    convert(); // first run creates the profile
    const times = [0, 1, 2].map(() => seconds(convert)).sort((a, b) => a - b);
    const ms = times[1];
    console.log(
      `LibreOffice docx->pdf: ${ms.toFixed(0)} ms (median of 3, process start included): ${(ms / result.totalMs).toFixed(1)}x the pdf writer`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
