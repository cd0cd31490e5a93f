import {
  beginText,
  endText,
  fill,
  fillAndStroke,
  PDFName,
  PDFOperator,
  PDFOperatorNames,
  popGraphicsState,
  pushGraphicsState,
  rectangle,
  setFillingRgbColor,
  setFontAndSize,
  setLineWidth,
  setStrokingRgbColor,
  setTextMatrix,
  stroke,
  type PDFDocument,
  type PDFFont,
  type PDFHexString,
  type PDFPage,
} from 'pdf-lib';
import type { Layout, Page, Rect, Rgb, TextRun } from './layout-types.js';
import { layoutStyle } from './layout-style.js';

type Operators = PDFOperator[];

/** Encodes words once per font: pdf-lib shapes the text on every `encodeText` call. */
function encoder(fonts: ReadonlyMap<string, PDFFont>) {
  const cache = new Map<string, Map<string, PDFHexString>>();
  return (font: string, text: string): PDFHexString => {
    let byText = cache.get(font);
    if (!byText) cache.set(font, (byText = new Map()));
    let hex = byText.get(text);
    if (!hex) {
      const pdfFont = fonts.get(font);
      if (!pdfFont)
        throw new Error(`cannot paint with font \`${font}\`: it was not embedded (please report)`);
      hex = pdfFont.encodeText(text) as PDFHexString;
      byText.set(text, hex);
    }
    return hex;
  };
}

function rectOps(rect: Rect, pageHeight: number): Operators {
  const ops: Operators = [pushGraphicsState()];
  if (rect.fill) ops.push(setFillingRgbColor(...rect.fill));
  if (rect.stroke) ops.push(setStrokingRgbColor(...rect.stroke), setLineWidth(rect.lineWidth ?? 0.5));
  ops.push(rectangle(rect.x, pageHeight - rect.y - rect.height, rect.width, rect.height));
  ops.push(rect.fill && rect.stroke ? fillAndStroke() : rect.fill ? fill() : stroke(), popGraphicsState());
  return ops;
}

/** Paints one page: shading first, then text, each run one TJ with the justification gaps. */
function paintPage(
  pdf: PDFDocument,
  page: PDFPage,
  layoutPage: Page,
  height: number,
  encode: ReturnType<typeof encoder>,
  fonts: ReadonlyMap<string, PDFFont>,
) {
  const ops: Operators = [];
  for (const rect of layoutPage.rects) ops.push(...rectOps(rect, height));
  const keys = new Map<string, PDFName>();
  const fontKey = (font: string) => {
    let key = keys.get(font);
    if (!key) {
      const pdfFont = fonts.get(font) as PDFFont;
      key = page.node.newFontDictionary(pdfFont.name, pdfFont.ref);
      keys.set(font, key);
    }
    return key;
  };
  const missing: Rect[] = [];
  ops.push(beginText());
  let font = '';
  let size = 0;
  let color: Rgb | null = null;
  for (const line of layoutPage.lines) {
    for (const run of line.runs) {
      if (run.kind === 'missing') {
        missing.push({
          x: run.x + 0.1 * run.width,
          y: line.y - run.size * 0.72,
          width: run.width * 0.8,
          height: run.size * 0.72,
          stroke: layoutStyle.colors.missing,
          lineWidth: 0.7,
        });
        continue;
      }
      if (run.font !== font || run.size !== size) {
        ops.push(setFontAndSize(fontKey(run.font), run.size));
        font = run.font;
        size = run.size;
      }
      const runColor = run.color ?? layoutStyle.colors.text;
      if (runColor !== color) {
        ops.push(setFillingRgbColor(...runColor));
        color = runColor;
      }
      ops.push(setTextMatrix(1, 0, 0, 1, run.x, height - line.y));
      ops.push(PDFOperator.of(PDFOperatorNames.ShowTextAdjusted, [pdf.context.obj(textArray(run, encode))]));
    }
  }
  ops.push(endText());
  for (const rect of missing) ops.push(...rectOps(rect, height));
  page.pushOperators(...ops);
}

/** TJ operands: the words (memoized), each space followed by the justification gap (1/1000 em). */
function textArray(run: TextRun, encode: ReturnType<typeof encoder>): (PDFHexString | number)[] {
  const gap = run.wordSpace === 0 ? 0 : -Math.round((run.wordSpace * 1000 * 100) / run.size) / 100;
  const out: (PDFHexString | number)[] = [];
  const words = run.text.split(' ');
  words.forEach((word, index) => {
    const last = index === words.length - 1;
    const piece = last ? word : `${word} `;
    if (piece) out.push(encode(run.font, piece));
    if (!last && gap !== 0) out.push(gap);
  });
  return out;
}

/** Adds the layout's pages to `pdf`, drawing with the embedded fonts keyed as in the layout. */
export function paintLayout(
  pdf: PDFDocument,
  layout: Layout,
  fonts: ReadonlyMap<string, PDFFont>,
): PDFPage[] {
  const encode = encoder(fonts);
  return layout.pages.map((layoutPage) => {
    const page = pdf.addPage([layout.width, layout.height]);
    paintPage(pdf, page, layoutPage, layout.height, encode, fonts);
    return page;
  });
}
