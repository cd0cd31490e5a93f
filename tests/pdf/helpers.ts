import { execFileSync } from 'node:child_process';
import type { Block, Document } from '../../src/ast/types.js';
import { loadFonts } from '../../src/writers/pdf/fonts.js';
import { layoutDocument } from '../../src/writers/pdf/layout.js';
import type { Layout } from '../../src/writers/pdf/layout-types.js';
import { createMeasurer } from '../../src/writers/pdf/measure.js';
import { sampleDocument } from '../fixtures/sample-document.js';

export const dejavuSans = '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf';

export function layoutOf(
  doc: Document,
  options: { paper?: 'letter' | 'a4'; lineNumbers?: boolean; fallbackFonts?: string[] } = {},
): Layout {
  const fonts = loadFonts(options.fallbackFonts ?? []);
  return layoutDocument(
    doc,
    { paper: options.paper ?? 'letter', lineNumbers: options.lineNumbers ?? false },
    createMeasurer(fonts),
  );
}

export const text = (value: string) => ({ type: 'text' as const, value });

export const filler = (words = 60): Block => ({
  type: 'paragraph',
  content: [
    text(
      Array.from(
        { length: words },
        (_, i) => ['party', 'shall', 'refer', 'the', 'person', 'to', 'crisis', 'care'][i % 8],
      ).join(' ') + '.',
    ),
  ],
});

export const oneLiner: Block = { type: 'paragraph', content: [text('A short paragraph of one line.')] };

/** The sample's metadata around other blocks. */
export function docWith(blocks: Block[]): Document {
  return { meta: sampleDocument().meta, blocks };
}

/** Pages (0-based) holding a line whose path starts with `prefix`, with the count of such lines. */
export function linesByPage(layout: Layout, prefix: string): Map<number, number> {
  const pages = new Map<number, number>();
  layout.pages.forEach((page, index) => {
    const count = page.lines.filter((line) => line.path.startsWith(prefix)).length;
    if (count > 0) pages.set(index, count);
  });
  return pages;
}

export interface Gray {
  width: number;
  height: number;
  pixels: Uint8Array;
}

/** Rasterizes one page with poppler's pdftoppm to 8-bit gray. */
export function rasterize(pdf: Uint8Array, page = 1, dpi = 100): Gray {
  const out = execFileSync(
    'pdftoppm',
    ['-gray', '-r', String(dpi), '-f', String(page), '-l', String(page), '-'],
    {
      input: pdf,
      maxBuffer: 64 * 1024 * 1024,
    },
  );
  const header = /^P5\s+(\d+)\s+(\d+)\s+255\s/.exec(out.subarray(0, 40).toString('latin1'));
  if (!header) throw new Error('cannot read pdftoppm output, expected a binary PGM');
  const width = Number(header[1]);
  const height = Number(header[2]);
  return { width, height, pixels: new Uint8Array(out.subarray(header[0].length)) };
}

/** Dark pixels in a band of rows (points from the page top, at `dpi`). */
export function inkIn(gray: Gray, fromPt: number, toPt: number, dpi = 100): number {
  let ink = 0;
  const from = Math.floor((fromPt * dpi) / 72);
  const to = Math.ceil((toPt * dpi) / 72);
  for (let y = from; y < to; y++)
    for (let x = 0; x < gray.width; x++) if ((gray.pixels[y * gray.width + x] as number) < 128) ink++;
  return ink;
}

export function hasCommand(command: string): boolean {
  try {
    execFileSync('which', [command], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}
