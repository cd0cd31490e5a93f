import type { FlowItem } from './layout-types.js';

/** The top-level block (`blocks[N]…`) each flow item comes from; a gap belongs to the block before it. */
function topBlocks(flow: readonly FlowItem[]): number[] {
  let current = -1;
  return flow.map((item) => {
    const match = /^blocks\[(\d+)\]/.exec(item.lines[0]?.path ?? '');
    if (match) current = Number(match[1]);
    return current;
  });
}

/**
 * Keeps the flow items of top-level blocks `from`..`to` on one page (a form's signature section,
 * with the heading that leads into it): no page may end between them. A section taller than
 * `bodyHeight` is left to the ordinary keeps, since a page must end inside it somewhere.
 */
export function keepBlocksTogether(
  flow: readonly FlowItem[],
  range: { from: number; to: number },
  bodyHeight: number,
): void {
  const blocks = topBlocks(flow);
  const inside = (i: number) => (blocks[i] as number) >= range.from && (blocks[i] as number) <= range.to;
  const held = flow.flatMap((item, i) => (inside(i) && item.lines.length > 0 ? [i] : []));
  const first = held[0] ?? -1;
  const last = held.at(-1) ?? -1;
  if (first < 0) return;
  const height = flow.slice(first, last + 1).reduce((sum, item) => sum + item.height, 0);
  if (height > bodyHeight) return;
  for (let i = first; i < last; i++) (flow[i] as FlowItem).keepWithNext = true;
}
