import type { Document } from '../../ast/types.js';
import type { WriteOptions } from '../types.js';
import { hyphenatorFor } from './hyphenate.js';
import { layoutFlow } from './layout-blocks.js';
import { pageFurniture } from './page-furniture.js';
import type { Anchor, BoxSpec, FlowItem, Layout, Line, Page, Rect } from './layout-types.js';
import { signaturePageFollowsPath } from './structure.js';
import { formSignatureSection } from '../signature-section.js';
import { keepBlocksTogether } from './keep-section.js';
import { layoutStyle, layoutStyleFor } from './layout-style.js';
import type { Measurer } from './measure.js';
import { paginate, type Placed } from './paginate.js';

/** Pure layout: the document and options in, pages of positioned runs out. */
export function layoutDocument(
  doc: Document,
  options: Pick<WriteOptions, 'paper' | 'lineNumbers'>,
  measurer: Measurer,
): Layout {
  const { width, height } = layoutStyle.paper[options.paper];
  const style = layoutStyleFor(doc.meta);
  const margin = style.margin;
  const bodyWidth = width - 2 * margin;
  // By word: "नेपाली" is one warning, not one per letter.
  const missing = new Map<string, { around: string; chars: Set<string> }>();
  const context = {
    measurer,
    hyphenate: hyphenatorFor(doc.meta.language),
    justify: doc.meta.kind !== 'form',
    style,
    form: doc.meta.kind === 'form',
    missing(char: string, around: string, _path: string, word: string) {
      const seen = missing.get(word);
      if (seen) seen.chars.add(char);
      else missing.set(word, { around, chars: new Set([char]) });
    },
  };
  const flow = layoutFlow(doc.blocks, { path: 'blocks', x: 0, width: bodyWidth, clauseX: 0 }, context);
  // A table binds to the paragraph that introduces it ("as follows:"), across the gaps between
  // them: all its lines, as Word and LibreOffice move a keep-with-next paragraph whole.
  flow.forEach((item, index) => {
    if (!item.keepWithPrevious) return;
    let introduction: string | undefined;
    for (let back = index - 1; back >= 0; back--) {
      const previous = flow[back] as FlowItem;
      const path = previous.lines[0]?.path;
      if (introduction !== undefined && (previous.discardable || path !== introduction)) break;
      previous.keepWithNext = true;
      if (!previous.discardable) introduction = path;
    }
    if (item.signatures && introduction !== undefined) bindWholeList(flow, index, introduction);
  });
  // A form's signature section, with its heading, stays on one page.
  const section = formSignatureSection(doc);
  if (section) keepBlocksTogether(flow, section, height - 2 * margin);
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
  const captionY = height - margin + 14;
  placedPages.forEach((placed, index) => {
    if (!signaturesPushed(placed)) return;
    const previous = pages[index - 1];
    const before = placedPages[index - 1] ?? [];
    // Not under signatures: a page of them followed by more (approved as to form) needs no caption.
    if (previous && !before.some(({ item }) => item.signatures))
      previous.lines.push(
        signaturePageCaption(
          doc.meta.kind === 'agreement' ? '[Signature page follows]' : '[Signatures follow on the next page]',
          measurer,
          width,
          captionY,
        ),
      );
    // A page the signatures moved to says what it belongs to, as a law office's does, unless
    // other text (the revision history) follows them there.
    if (index > 0 && endsWithSignatures(placed))
      (pages[index] as Page).lines.push(
        signaturePageCaption(
          `[Signature page to ${doc.meta.shortTitle ?? doc.meta.title}]`,
          measurer,
          width - 2 * margin,
          captionY,
          margin,
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
  return { width, height, pages, anchors, warnings, movedPageStarts: movedPageStarts(flow, placedPages) };
}

/**
 * Signatures introduced by the last item of a list (an authority list with no "IN WITNESS
 * WHEREOF" line after it) take the whole list with them: moved alone, that item would open the
 * signature page under a "[Signature page follows]" that is not true, and split the list.
 */
function bindWholeList(flow: FlowItem[], signatures: number, introduction: string): void {
  const list = /^(.*)\.items\[\d+\]/.exec(introduction)?.[1];
  if (list === undefined) return;
  for (let back = signatures - 1; back >= 0; back--) {
    const previous = flow[back] as FlowItem;
    if (!previous.discardable && !previous.lines[0]?.path.startsWith(`${list}.items[`)) return;
    previous.keepWithNext = true;
  }
}

/**
 * The page opens with a signature block and the text that introduces it, kept together and so
 * moved off the page before (or with more blocks of a signature section that runs on): that page
 * ends "[Signature page follows]", and this one "[Signature page to <title>]".
 */
function signaturesPushed(placed: readonly Placed[]): boolean {
  for (const { item } of placed) {
    if (item.signatures) return true;
    if (!item.keepWithNext && !item.discardable) return false;
  }
  return false;
}

/** Nothing but space follows the last signature block on the page. */
function endsWithSignatures(placed: readonly Placed[]): boolean {
  const last = placed.map(({ item }) => item.signatures === true).lastIndexOf(true);
  return last >= 0 && placed.slice(last + 1).every(({ item }) => item.discardable);
}

/** A caption line centred above the footer, in italic, smaller if it would not fit `width`. */
function signaturePageCaption(text: string, measurer: Measurer, width: number, y: number, left = 0): Line {
  const fits = measurer.width(text, 'italic', layoutStyle.body.size) <= width;
  const size = fits ? layoutStyle.body.size : layoutStyle.small.size;
  const textWidth = measurer.width(text, 'italic', size);
  const run = {
    kind: 'text' as const,
    x: left + Math.max(0, (width - textWidth) / 2),
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

/**
 * The blocks that open a page pagination started early (see FlowItem.movedToPageTop), by their
 * layout path: only where the page opens at the block's first line, as Word can follow.
 */
function movedPageStarts(flow: readonly FlowItem[], pages: readonly (readonly Placed[])[]): string[] {
  const starts: string[] = [];
  for (const page of pages.slice(1)) {
    const first = page.find(({ item }) => item.lines.length > 0)?.item;
    if (!first?.movedToPageTop) continue;
    const path = first.lines[0]?.path ?? '';
    const index = flow.indexOf(first);
    const previous = flow
      .slice(0, index)
      .filter((item) => item.lines.length > 0)
      .at(-1);
    if (previous?.lines[0]?.path !== path) starts.push(path.replace(/\.content$/, ''));
  }
  return starts;
}
