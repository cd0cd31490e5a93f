import type { Block, Document, Table } from '../../ast/types.js';
import { keepsTableWhole } from '../keep-table.js';
import type { Layout } from '../pdf/layout-types.js';
import { nodeAtPath } from '../layout-path.js';

/** The block a layout path (`blocks[3].children[0]`) names, if any. */
function blockAt(doc: Document, path: string): Block | undefined {
  return nodeAtPath(doc, path) as Block | undefined;
}

/**
 * The short tables the PDF keeps whole everywhere but where that would leave a page nearly empty,
 * and so breaks between rows (paginate's soft keep): Word cannot know its page breaks, so it lets
 * the same tables break, following the PDF's layout, which sets the same face and sizes. The
 * layout is asked for only when the document has such a table.
 */
export function tablesSplitByPdf(doc: Document, layout: () => Layout): Set<Table> {
  const split = new Set<Table>();
  const short = (block: Block): boolean =>
    (block.type === 'table' && keepsTableWhole(block) && !block.chart) ||
    (block.type === 'clause' && block.children.some(short)) ||
    (block.type === 'notice' && block.content.some(short)) ||
    (block.type === 'list' && block.items.some((item) => item.some(short)));
  if (!doc.blocks.some(short)) return split;
  const pages = new Map<string, Set<number>>();
  layout().pages.forEach((page, index) => {
    for (const line of page.lines) {
      const table = line.artifact ? undefined : /^(.*)\.rows\[\d+\]\[\d+\]$/.exec(line.path)?.[1];
      if (table !== undefined) pages.set(table, (pages.get(table) ?? new Set()).add(index));
    }
  });
  for (const [path, on] of pages) {
    const block = blockAt(doc, path);
    if (on.size > 1 && block?.type === 'table' && keepsTableWhole(block)) split.add(block);
  }
  return split;
}
