import type { Document } from '../../ast/types.js';
import type { WriteOptions } from '../types.js';
import { hyphenatorFor } from './hyphenate.js';
import { layoutFlow } from './layout-blocks.js';
import { pageFurniture } from './page-furniture.js';
import type { Anchor, BoxSpec, FlowItem, Layout, Line, Page, Rect } from './layout-types.js';
import { signaturePageFollowsPath } from './structure.js';
import { layoutStyle } from './layout-style.js';
import type { Measurer } from './measure.js';
import { paginate, type Placed } from './paginate.js';

/** Pure layout: the document and options in, pages of positioned runs out. */
export function layoutDocument(
  doc: Document,
  options: Pick<WriteOptions, 'paper' | 'lineNumbers'>,
  measurer: Measurer,
): Layout {
  const { width, height } = layoutStyle.paper[options.paper];
  const margin = layoutStyle.margin;
  const bodyWidth = width - 2 * margin;
  // By word: "नेपाली" is one warning, not one per letter.
  const missing = new Map<string, { around: string; chars: Set<string> }>();
  const context = {
    measurer,
    hyphenate: hyphenatorFor(doc.meta.language),
    justify: doc.meta.kind !== 'form',
    missing(char: string, around: string, _path: string, word: string) {
      const seen = missing.get(word);
      if (seen) seen.chars.add(char);
      else missing.set(word, { around, chars: new Set([char]) });
    },
  };
  const flow = layoutFlow(doc.blocks, { path: 'blocks', x: 0, width: bodyWidth, clauseX: 0 }, context);
  // A table binds to the line that introduces it ("as follows:"), across the gaps between them.
  flow.forEach((item, index) => {
    if (!item.keepWithPrevious) return;
    for (let back = index - 1; back >= 0; back--) {
      const previous = flow[back] as FlowItem;
      previous.keepWithNext = true;
      if (!previous.discardable) break;
    }
  });
  // A gap binds like the item before it, so a heading and its gap stay with what follows.
  flow.forEach((item, index) => {
    if (item.discardable && index > 0) item.keepWithNext ||= (flow[index - 1] as FlowItem).keepWithNext;
  });

  const anchors: Anchor[] = [];
  const placedPages = paginate(flow, height - 2 * margin);
  const pages = placedPages.map((placed, index): Page => {
    const page: Page = { lines: [], rects: [] };
    page.rects.push(...boxFragments(placed, margin));
    for (const { item, y } of placed) {
      const top = margin + y;
      if (item.anchor) anchors.push({ ...item.anchor, page: index, y: top });
      for (const rect of item.rects) page.rects.push({ ...rect, x: rect.x + margin, y: rect.y + top });
      for (const line of item.lines) {
        page.lines.push({
          ...line,
          ...(item.repeated ? { artifact: true } : {}),
          y: line.y + top,
          runs: line.runs.map((run) => ({ ...run, x: run.x + margin })),
        });
      }
    }
    return page;
  });
  placedPages.forEach((placed, index) => {
    const previous = pages[index - 1];
    const before = placedPages[index - 1] ?? [];
    // Not under signatures: a page of them followed by more (approved as to form) needs no caption.
    if (previous && signaturesPushed(placed) && !before.some(({ item }) => item.signatures))
      previous.lines.push(
        signaturePageFollows(
          doc.meta.kind === 'agreement' ? '[Signature page follows]' : '[Signatures follow on the next page]',
          measurer,
          width,
          height - margin + 14,
        ),
      );
  });
  pages.forEach((page, index) =>
    pageFurniture(
      page,
      { doc, width, height, margin, index, count: pages.length, lineNumbers: options.lineNumbers },
      measurer,
    ),
  );
  const warnings = [...missing].map(([word, { around, chars }]) => {
    const codes = [...chars].map(
      (c) => `U+${(c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`,
    );
    const shown = word === around ? `"${word}"` : `"${word}" (in "${around}")`;
    return (
      `cannot draw ${shown} in the PDF: the fonts have no ${codes.length === 1 ? 'character' : 'characters'} ${codes.join(' ')}, ` +
      'so they are drawn as boxes; build with `--font FILE`, a TTF or OTF font that has them (e.g. a Noto font for the script)'
    );
  });
  return { width, height, pages, anchors, warnings };
}

/**
 * The page opens with a signature block and the text that introduces it, kept together and so
 * moved off the page before: that page ends "[Signature page follows]", as agreements do.
 */
function signaturesPushed(placed: readonly Placed[]): boolean {
  for (const { item } of placed) {
    if (item.signatures) return true;
    if (!item.keepWithNext && !item.discardable) return false;
  }
  return false;
}

function signaturePageFollows(text: string, measurer: Measurer, width: number, y: number): Line {
  const { size } = layoutStyle.body;
  const textWidth = measurer.width(text, 'italic', size);
  const run = {
    kind: 'text' as const,
    x: (width - textWidth) / 2,
    text,
    font: 'italic',
    size,
    width: textWidth,
    wordSpace: 0,
  };
  // Page furniture, like the footer: the text is not in the document.
  return { path: signaturePageFollowsPath, y, runs: [run], numbered: false };
}

/** One shaded rectangle per run of consecutive items in the same box on a page. */
function boxFragments(placed: readonly Placed[], margin: number): Rect[] {
  const rects: Rect[] = [];
  let open: { box: BoxSpec; top: number; bottom: number } | null = null;
  const flush = () => {
    if (!open) return;
    const { box, top, bottom } = open;
    const x = box.x + margin;
    rects.push({
      x,
      y: top,
      width: box.width,
      height: bottom - top,
      fill: box.fill,
      ...(box.stroke ? { stroke: box.stroke, lineWidth: 0.6 } : {}),
    });
    if (box.bar) rects.push({ x, y: top, width: 2.5, height: bottom - top, fill: box.bar });
    open = null;
  };
  for (const { item, y } of placed) {
    if (open && open.box !== item.box) flush();
    if (!item.box) continue;
    if (open) open.bottom = margin + y + item.height;
    else open = { box: item.box, top: margin + y, bottom: margin + y + item.height };
  }
  flush();
  return rects;
}
