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
  type PDFPage,
  type PDFRef,
} from 'pdf-lib';
import type { GlyphEncoder, TextOperands } from './glyph-runs.js';
import type { Layout, Line, Page, Rect, Rgb, Run, TextRun } from './layout-types.js';
import { layoutStyle } from './layout-style.js';
import { draftMarkKey, signaturePageFollowsPath, type StructNode } from './structure.js';
import type { Mark, Tagger } from './tagging.js';

type Operators = PDFOperator[];

/** Where a font's dictionary will be: the painter names it before the font is embedded. */
export interface FontSlot {
  name: string;
  ref: PDFRef;
}

function rectOps(rect: Rect, pageHeight: number): Operators {
  const ops: Operators = [pushGraphicsState()];
  if (rect.fill) ops.push(setFillingRgbColor(...rect.fill));
  if (rect.stroke) ops.push(setStrokingRgbColor(...rect.stroke), setLineWidth(rect.lineWidth ?? 0.5));
  ops.push(rectangle(rect.x, pageHeight - rect.y - rect.height, rect.width, rect.height));
  ops.push(rect.fill && rect.stroke ? fillAndStroke() : rect.fill ? fill() : stroke(), popGraphicsState());
  return ops;
}

const furniture: Record<string, Mark> = {
  header: { artifact: 'Header' },
  footer: { artifact: 'Footer' },
  lineNumber: { artifact: 'Layout' },
  [signaturePageFollowsPath]: { artifact: 'Pagination' },
};

/** What a run of a line is in the structure: its leaf, its label, or an artifact. */
function markOf(line: Line, run: Run, pageIndex: number): Mark {
  if (run.kind === 'text' && run.role === 'draft' && pageIndex === 0) return { key: draftMarkKey };
  const fixed = furniture[line.path];
  if (fixed) return fixed;
  if (line.artifact) return { artifact: 'Pagination' };
  if (run.kind === 'text' && run.role === 'hyphen') return { artifact: null };
  if (run.kind === 'text' && run.role === 'label') return { key: `${line.path}#label` };
  return run.kind === 'text' && run.link ? { key: line.path, link: run.link } : { key: line.path };
}

const sameMark = (a: Mark, b: Mark) =>
  'key' in a
    ? 'key' in b && a.key === b.key && a.link?.id === b.link?.id
    : 'artifact' in b && a.artifact === b.artifact;

/** What painting a page needs besides the page. */
interface Painter {
  pdf: PDFDocument;
  height: number;
  encoder: GlyphEncoder;
  slotOf: (font: string) => FontSlot;
  tagger: Tagger;
  /** Where each painted link run is, for its annotation. */
  links: PaintedLink[];
}

/** A link run as painted: its Link element, target, text and box (PDF coordinates). */
export interface PaintedLink {
  element: StructNode;
  target: string;
  text: string;
  page: number;
  rect: [number, number, number, number];
}

/**
 * Paints one page: shading first, then text, each run one TJ with the justification gaps; each
 * line's text in marked content of its structure element, furniture and shading as artifacts.
 */
function paintPage(painter: Painter, page: PDFPage, layoutPage: Page, pageIndex: number) {
  const { pdf, height, encoder, slotOf, tagger } = painter;
  const ops: Operators = [];
  const artifact = () => tagger.begin({ artifact: null }, pageIndex);
  if (layoutPage.rects.length > 0) {
    ops.push(...artifact());
    for (const rect of layoutPage.rects) ops.push(...rectOps(rect, height));
    ops.push(...tagger.end());
  }
  const keys = new Map<string, PDFName>();
  const fontKey = (font: string) => {
    let key = keys.get(font);
    if (!key) {
      const slot = slotOf(font);
      key = page.node.newFontDictionary(slot.name, slot.ref);
      keys.set(font, key);
    }
    return key;
  };
  const missing: Rect[] = [];
  ops.push(beginText());
  let font = '';
  let size = 0;
  let color: Rgb | null = null;
  let open: Mark | null = null;
  for (const line of layoutPage.lines) {
    for (const run of line.runs) {
      const mark = markOf(line, run, pageIndex);
      if (!open || !sameMark(open, mark)) {
        if (open) ops.push(...tagger.end());
        ops.push(...tagger.begin(mark, pageIndex));
        open = mark;
      }
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
      const element = 'key' in mark && mark.link ? tagger.linkElement(mark.key, mark.link) : undefined;
      if (element && run.link) {
        const bottom = height - line.y - run.size * 0.25;
        const rect: PaintedLink['rect'] = [run.x, bottom, run.x + run.width, bottom + run.size * 1.1];
        painter.links.push({ element, target: run.link.target, text: run.text, page: pageIndex, rect });
      }
      ops.push(
        PDFOperator.of(PDFOperatorNames.ShowTextAdjusted, [pdf.context.obj(textOperands(run, encoder))]),
      );
    }
    // One sequence per line, so that a reader sees the line ends.
    if (open) ops.push(...tagger.end());
    open = null;
  }
  ops.push(endText());
  if (missing.length > 0) {
    ops.push(...artifact());
    for (const rect of missing) ops.push(...rectOps(rect, height));
    ops.push(...tagger.end());
  }
  page.pushOperators(...ops);
}

/** TJ operands: the run's glyphs, each space followed by the justification gap (1/1000 em). */
function textOperands(run: TextRun, encoder: GlyphEncoder): TextOperands {
  const gap = run.wordSpace === 0 ? 0 : -Math.round((run.wordSpace * 1000 * 100) / run.size) / 100;
  return encoder.run(run.font, run.text, gap);
}

/**
 * Adds the layout's pages to `pdf`, tagged; fonts are referred to by slot and embedded
 * afterwards.
 */
export function paintLayout(
  pdf: PDFDocument,
  layout: Layout,
  encoder: GlyphEncoder,
  slotOf: (font: string) => FontSlot,
  tagger: Tagger,
): { pages: PDFPage[]; links: PaintedLink[] } {
  const painter: Painter = { pdf, height: layout.height, encoder, slotOf, tagger, links: [] };
  const pages = layout.pages.map((layoutPage, index) => {
    const page = pdf.addPage([layout.width, layout.height]);
    paintPage(painter, page, layoutPage, index);
    return page;
  });
  return { pages, links: painter.links };
}
