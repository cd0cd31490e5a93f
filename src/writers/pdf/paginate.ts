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
 * A page does not end on a word the typesetter hyphenated where it can end a line earlier. Where
 * the last allowed break would leave the page nearly empty, it ends at a soft keep after it
 * instead (between the rows of a short table kept whole), the header row repeated overleaf.
 */
export function paginate(items: readonly FlowItem[], bodyHeight: number): Placed[][] {
  const pages: Placed[][] = [];
  let page: { item: FlowItem; index: number; y: number }[] = [];
  let y = 0;
  // Where the page may end: after these items (keepWithNext false), in order.
  let breaks: number[] = [];
  // Where it may end if it must not be left nearly empty: after these (softKeep).
  let soft: number[] = [];
  // Pages that end at an explicit page break: nothing moves across it.
  const forced = new Set<number>();
  const close = () => {
    pages.push(page.map(({ item, y }) => ({ item, y })));
    page = [];
    y = 0;
    breaks = [];
    soft = [];
  };
  const place = (item: FlowItem, index: number) => {
    page.push({ item, index, y });
    y += item.height;
    if (!item.keepWithNext) breaks.push(page.length - 1);
    else if (item.softKeep) soft.push(page.length - 1);
  };
  const epsilon = 0.001;
  for (let i = 0; i < items.length;) {
    const item = items[i] as FlowItem;
    if (item.pageBreak) {
      if (page.some((p) => !p.item.discardable)) {
        forced.add(pages.length);
        close();
      }
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
      const lastBreak = softEnd(page, soft, pageEnd(page, breaks), bodyHeight);
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
  for (let k = 1; k < pages.length; k++) {
    // A short page the text after it cannot join: the last, or the one before a signature page.
    const next = pages[k + 1];
    const beforeSignatures = next?.some(({ item }) => item.signatures) ?? false;
    const ends = next === undefined || forced.has(k) || beforeSignatures;
    if (ends && !forced.has(k - 1)) fillShortPage(pages, k, bodyHeight);
    const signing = beforeSignatures || (pages[k] as Placed[]).some(({ item }) => item.signatures);
    if (signing && !forced.has(k - 1)) joinSplitList(pages, k, bodyHeight);
  }
  return pages;
}

const heightOf = (placed: readonly Placed[]) => placed.reduce((sum, { item }) => sum + item.height, 0);

/** Replaces page `k` by `moved` (from the page before) and its own items, placed from the top. */
function startPageWith(pages: Placed[][], k: number, moved: Placed[]): void {
  while (moved[0]?.item.discardable) moved.shift();
  const first = moved[0];
  if (first) first.item.movedToPageTop = true;
  let top = 0;
  const page = [...moved, ...(pages[k] as Placed[])].map(({ item }) => {
    const placed = { item, y: top };
    top += item.height;
    return placed;
  });
  pages.splice(k, 1, page);
}

/** The list a flow item is a line of (its path up to `.items[n]`), if any. */
const listOf = (item: FlowItem | undefined) => /^(.*)\.items\[\d+\]/.exec(item?.lines[0]?.path ?? '')?.[1];

/**
 * Page `k`, a signature page or the page before one, opens inside a list that began on the page before (an
 * authority list, "Each person signing below…:" then a bullet per Party): the list moves to page
 * `k` whole, with its lead-in, heading and note, where page `k` has room for it and the page
 * before stays at least half full, so the list is read in one place above the signatures.
 */
function joinSplitList(pages: Placed[][], k: number, bodyHeight: number): void {
  const page = pages[k] as Placed[];
  const before = pages[k - 1] as Placed[];
  const list = listOf(page.find(({ item }) => !item.discardable)?.item);
  if (list === undefined) return;
  let at = before.length;
  while (at > 0) {
    const { item } = before[at - 1] as Placed;
    if (!item.discardable && listOf(item) !== list) break;
    at--;
  }
  // With what is kept with the list's start: its lead-in, and a heading and its note above that
  // (a drafter's note leads into what follows it).
  const kept = ({ item }: Placed) => item.keepWithNext || item.discardable || item.box !== undefined;
  while (at > 0 && kept(before[at - 1] as Placed)) at--;
  if (at <= 0 || at === before.length) return;
  const { item, y } = before[at] as Placed;
  if (y < bodyHeight / 2 || heightOf(before.slice(at)) + heightOf(page) > bodyHeight) return;
  if (!item.lines[0] && !before.slice(at).some(({ item }) => item.lines.length > 0)) return;
  startPageWith(pages, k, before.splice(at));
}

/** A page holds at least this share of the body height where the page before can give it lines. */
export const lastPageAtLeast = 0.2;

/**
 * Page `k` of a few lines (the last two Open Items alone, the tail of an authority list before
 * the signature page) takes lines from the page before: that page ends at an earlier allowed
 * break, as long as it stays at least half full. Table rows (whose header would have to repeat)
 * and signatures do not move.
 */
function fillShortPage(pages: Placed[][], k: number, bodyHeight: number): void {
  const last = pages[k];
  const before = pages[k - 1];
  if (!last || !before || last.some(({ item }) => item.repeated || item.signatures)) return;
  const height = heightOf;
  const want = lastPageAtLeast * bodyHeight;
  const lastHeight = height(last);
  if (lastHeight >= want) return;
  // Allowed breaks that leave the page before at least half full and give this page enough;
  // the latest not inside a list nor after a note if there is one (a list moves whole with its
  // lead-in, a heading and its note with their text).
  let chosen: number | undefined;
  let fallback: number | undefined;
  for (let at = before.length - 2; at >= 0; at--) {
    const { item, y } = before[at] as Placed;
    if (item.keepWithNext || item.discardable) continue;
    if (y + item.height < bodyHeight / 2) break;
    const moved = before.slice(at + 1);
    if (moved.some(({ item }) => item.repeatHeader || item.signatures)) break;
    if (height(moved) + lastHeight < want) continue;
    const next = moved.find(({ item }) => !item.discardable)?.item;
    // Nor right after a drafter's note, which leads into what follows (a heading's note).
    if (!insideList(item, next) && !item.box) {
      chosen = at;
      break;
    }
    fallback ??= at;
  }
  const at = chosen ?? fallback;
  if (at === undefined) return;
  startPageWith(pages, k, before.splice(at + 1));
}

/** Whether a break between these two items falls between two items of one list. */
function insideList(item: FlowItem, next: FlowItem | undefined): boolean {
  const list = (flow: FlowItem | undefined) => /^(.*)\.items\[\d+\]/.exec(flow?.lines[0]?.path ?? '')?.[1];
  const a = list(item);
  return a !== undefined && a === list(next);
}

/** A page filled to less than this share of its body height is nearly empty. */
export const nearlyEmpty = 0.25;

/**
 * The page's end `at`, or the last soft keep after it when ending at `at` would leave the page
 * filled to less than `nearlyEmpty` of its height (a short table moved whole off the page).
 */
function softEnd(
  page: readonly { item: FlowItem; y: number }[],
  soft: readonly number[],
  at: number,
  bodyHeight: number,
): number {
  const later = soft.at(-1);
  if (later === undefined || later <= at) return at;
  const filled =
    at < 0 ? 0 : (page[at] as { item: FlowItem; y: number }).y + (page[at] as { item: FlowItem }).item.height;
  return filled < nearlyEmpty * bodyHeight ? later : at;
}

/** How many lines a page may give up so as not to end on a hyphenated word. */
const hyphenRetreat = 3;

/**
 * The item after which the full page ends: its last allowed break, or an earlier one (at most
 * `hyphenRetreat` back) when the last would leave a hyphenated word's first part at the foot of
 * the page ("re- / quires").
 */
function pageEnd(page: readonly { item: FlowItem }[], breaks: readonly number[]): number {
  const last = breaks.at(-1) ?? -1;
  for (let back = 1; back <= hyphenRetreat && back <= breaks.length; back++) {
    const at = breaks[breaks.length - back] as number;
    if (!endsHyphenated(page[at]?.item)) return at;
    const before = breaks[breaks.length - back - 1];
    if (before === undefined || !page.slice(0, before + 1).some(({ item }) => !item.discardable)) break;
  }
  return last;
}

function endsHyphenated(item: FlowItem | undefined): boolean {
  const run = item?.lines.at(-1)?.runs.at(-1);
  return run?.kind === 'text' && run.role === 'hyphen';
}
