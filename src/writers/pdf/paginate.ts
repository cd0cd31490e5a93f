import type { FlowItem } from './layout-types.js';

/** A flow item placed on a page, `y` from the top of the body area. */
export interface Placed {
  item: FlowItem;
  y: number;
}

/**
 * Cuts the flow into pages of `bodyHeight`. A page ends at the last item after which a break is
 * allowed (`keepWithNext` false); only a run of kept items taller than a page is cut anywhere.
 * Gaps are dropped at a page top, and a table row that starts a page gets its header repeated.
 */
export function paginate(items: readonly FlowItem[], bodyHeight: number): Placed[][] {
  const pages: Placed[][] = [];
  let page: { item: FlowItem; index: number; y: number }[] = [];
  let y = 0;
  let lastBreak = -1;
  const close = () => {
    pages.push(page.map(({ item, y }) => ({ item, y })));
    page = [];
    y = 0;
    lastBreak = -1;
  };
  const place = (item: FlowItem, index: number) => {
    page.push({ item, index, y });
    y += item.height;
    if (!item.keepWithNext) lastBreak = page.length - 1;
  };
  const epsilon = 0.001;
  for (let i = 0; i < items.length;) {
    const item = items[i] as FlowItem;
    if (item.pageBreak) {
      if (page.some((p) => !p.item.discardable)) close();
      i++;
      continue;
    }
    if (page.length === 0 && item.discardable) {
      i++;
      continue;
    }
    const header = page.length === 0 ? item.repeatHeader : undefined;
    const height = item.height + (header?.height ?? 0);
    if (page.length > 0 && y + height > bodyHeight + epsilon && !item.discardable) {
      if (lastBreak >= 0 && lastBreak < page.length - 1) {
        const moved = page.splice(lastBreak + 1);
        i = (moved[0] as { index: number }).index;
      }
      close();
      continue;
    }
    if (header) place({ ...header, keepWithNext: true, repeated: true }, -1);
    place(item, i);
    i++;
  }
  if (page.length > 0 || pages.length === 0) close();
  return pages;
}
