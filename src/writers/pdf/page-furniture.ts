import type { Document } from '../../ast/types.js';
import type { Page, Rgb, TextRun } from './layout-types.js';
import { layoutStyle } from './layout-style.js';
import type { Measurer } from './measure.js';
import { runningHeader } from '../running-header.js';

export interface FurnitureOptions {
  doc: Document;
  width: number;
  height: number;
  margin: number;
  index: number;
  count: number;
  lineNumbers: boolean;
}

const size = 8.5;
const { colors } = layoutStyle;

/** Adds the running header (title, version, DRAFT), the "Page X of Y" footer and line numbers. */
export function pageFurniture(page: Page, options: FurnitureOptions, measurer: Measurer): void {
  const { doc, width, height, margin, index, count } = options;
  const run = (
    text: string,
    font: string,
    x: number,
    color: Rgb = colors.muted,
    runSize = size,
  ): TextRun => ({
    kind: 'text',
    x,
    text,
    font,
    size: runSize,
    width: measurer.width(text, font, runSize),
    wordSpace: 0,
    color,
  });
  const headerY = margin - 26;
  const right = width - margin;
  const draft: TextRun = { ...run('DRAFT', 'bold', 0, colors.draft), role: 'draft' };
  draft.x = right - draft.width;
  const separator = '  \u00b7  ';
  const fitted = runningHeader(
    doc.meta,
    (text, italic) => measurer.width(text, italic ? 'italic' : 'regular', size),
    draft.x - margin - measurer.width(separator, 'regular', size),
  );
  const versionRun = run(`${fitted.version}${separator}`, 'regular', 0);
  versionRun.x = draft.x - versionRun.width;
  const title = run(fitted.title, 'italic', margin);
  // First in the content stream, so text extraction reads the header before the body.
  page.lines.unshift({ path: 'header', y: headerY, runs: [title, versionRun, draft], numbered: false });
  page.rects.push({ x: margin, y: headerY + 6, width: width - 2 * margin, height: 0.5, fill: colors.rule });

  const footer = run(`Page ${index + 1} of ${count}`, 'regular', 0);
  footer.x = (width - footer.width) / 2;
  page.lines.push({ path: 'footer', y: height - margin + 34, runs: [footer], numbered: false });

  if (options.lineNumbers) {
    const baselines = [...new Set(page.lines.filter((line) => line.numbered).map((line) => line.y))].sort(
      (a, b) => a - b,
    );
    baselines.forEach((y, n) => {
      const number = run(String(n + 1), 'regular', 0, colors.muted, 7.5);
      number.x = margin - 14 - number.width;
      page.lines.push({ path: 'lineNumber', y, runs: [number], numbered: false });
    });
  }
}
