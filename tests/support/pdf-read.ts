import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** The text of every page as pdf.js extracts it (an independent reader). */
export async function pdfText(bytes: Uint8Array): Promise<string> {
  const pdf = await getDocument({ data: bytes.slice(), verbosity: 0 }).promise;
  let text = '';
  for (let n = 1; n <= pdf.numPages; n++) {
    const content = await (await pdf.getPage(n)).getTextContent();
    for (const item of content.items) if ('str' in item) text += item.str;
  }
  return text;
}

/**
 * Pixels of every page, rasterized in colour by poppler's pdftoppm, for which `test(r, g, b)`
 * holds: e.g. the red of the box the PDF writer draws for a character no font has.
 */
export function countPixels(
  pdf: Uint8Array,
  test: (r: number, g: number, b: number) => boolean,
  dpi = 72,
): number {
  const dir = mkdtempSync(join(tmpdir(), 'pmhc-raster-'));
  try {
    writeFileSync(join(dir, 'in.pdf'), pdf);
    execFileSync('pdftoppm', ['-r', String(dpi), join(dir, 'in.pdf'), join(dir, 'page')]);
    let count = 0;
    for (const name of readdirSync(dir).filter((f) => f.endsWith('.ppm'))) {
      const bytes = readFileSync(join(dir, name));
      // A binary PPM: "P6\n<width> <height>\n255\n" then RGB triples.
      const header = /^P6\s+\d+\s+\d+\s+255\s/.exec(bytes.subarray(0, 40).toString('latin1'));
      if (!header) throw new Error(`cannot read pdftoppm output ${name}, expected a binary PPM`);
      for (let i = header[0].length; i + 2 < bytes.length; i += 3)
        if (test(bytes[i]!, bytes[i + 1]!, bytes[i + 2]!)) count++;
    }
    return count;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
